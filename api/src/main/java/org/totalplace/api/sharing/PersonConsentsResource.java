package org.totalplace.api.sharing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.totalplace.api.platform.Idempotent;
import org.totalplace.api.platform.ScopeCheck;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.sharing.boundary.Consents;
import org.totalplace.sharing.entity.NewBasis;

/**
 * Records the person's consent (or refusal), or another lawful basis, for some agencies to see
 * their record. Only an agency that may see the record can record this.
 */
@Path("persons/{id}/consents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE_WORKER, Roles.TEAM_LEAD})
public class PersonConsentsResource {

  @Inject Consents consents;
  @Inject Caller caller;

  /** 204; the record's consents list then shows it, with the id to withdraw it by. */
  @Idempotent
  @Transactional
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "persons.write")
  @POST
  @APIResponse(responseCode = "204", description = "Done; nothing to return")
  public void record(@PathParam("id") long id, NewBasis basis) {
    consents.record(caller, id, basis);
  }
}

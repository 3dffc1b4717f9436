package org.totalplace.api.sharing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.totalplace.api.platform.Idempotent;
import org.totalplace.api.platform.IfMatch;
import org.totalplace.api.platform.ScopeCheck;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.sharing.boundary.Consents;

/** A recorded consent or basis, by the id shown in the record's consents. */
@Path("consents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE_WORKER, Roles.TEAM_LEAD})
public class ConsentsResource {

  @Inject Consents consents;
  @Inject Caller caller;

  /** Ends it now: 204. If-Match (its version) is optional; a stale one is 412. */
  @Idempotent
  @Transactional
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "persons.write")
  @POST
  @Path("{id}/withdraw")
  @APIResponse(responseCode = "204", description = "Done; nothing to return")
  public void withdraw(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    consents.withdraw(caller, id, IfMatch.version(ifMatch));
  }
}

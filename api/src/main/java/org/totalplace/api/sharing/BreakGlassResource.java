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
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.totalplace.api.platform.Idempotent;
import org.totalplace.api.platform.Reason;
import org.totalplace.api.platform.ScopeCheck;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.sharing.boundary.BreakGlasses;
import org.totalplace.sharing.entity.BreakGlass;

/**
 * Emergency access for the calling worker (or system account) to the whole record, for a few hours;
 * the data-protection officer reviews every use.
 */
@Path("persons/{id}/break-glass")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE_WORKER, Roles.TEAM_LEAD})
public class BreakGlassResource {

  @Inject BreakGlasses glasses;
  @Inject Caller caller;

  /** 201 with when the access ends; 400 without a reason of at least 10 characters. */
  @Idempotent
  @Transactional
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "persons.write")
  @POST
  public Response breakGlass(@PathParam("id") long id, Reason body) {
    BreakGlass glass = glasses.breakGlass(caller, id, Reason.of(body));
    return Response.status(Response.Status.CREATED)
        .entity(Map.of("endsAt", glass.endsAt().toString()))
        .build();
  }
}

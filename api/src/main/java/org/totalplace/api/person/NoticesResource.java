package org.totalplace.api.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.totalplace.api.platform.Idempotent;
import org.totalplace.api.platform.ScopeCheck;
import org.totalplace.person.boundary.TellUsOnce;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;

/** What the caller's agency has been told about people it works with and not yet read. */
@Path("notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE_WORKER, Roles.TEAM_LEAD})
public class NoticesResource {

  @Inject TellUsOnce tellUsOnce;
  @Inject Caller caller;

  /** Unread notices of the caller's agency, newest first. */
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "referrals.read")
  @GET
  public List<NoticeView> unread() {
    return tellUsOnce.unread(caller).stream().map(NoticeView::of).toList();
  }

  /** 204; 404 if it is not an unread notice of the caller's agency. */
  @Idempotent
  @Transactional
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "referrals.write")
  @POST
  @Path("{id}/read")
  @APIResponse(responseCode = "204", description = "Done; nothing to return")
  public void markRead(@PathParam("id") long id) {
    tellUsOnce.markRead(caller, id);
  }
}

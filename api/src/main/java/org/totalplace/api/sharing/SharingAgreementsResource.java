package org.totalplace.api.sharing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.totalplace.api.platform.ScopeCheck;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.sharing.boundary.SharingAgreements;

/** The place's information sharing agreements, for anyone with a job in the place to read. */
@Path("sharing-agreements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  Roles.FRONTLINE_WORKER,
  Roles.TEAM_LEAD,
  Roles.AGENCY_ADMIN,
  Roles.DATA_PROTECTION_OFFICER
})
public class SharingAgreementsResource {

  @Inject SharingAgreements agreements;
  @Inject Caller caller;

  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "directory.read")
  @GET
  public List<SharingAgreementView> all() {
    return agreements.all(caller).stream().map(SharingAgreementView::of).toList();
  }
}

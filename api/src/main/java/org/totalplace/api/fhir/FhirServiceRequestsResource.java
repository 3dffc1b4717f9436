package org.totalplace.api.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.totalplace.api.platform.IfMatch;
import org.totalplace.api.platform.ScopeCheck;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.referral.boundary.Referrals;
import org.totalplace.referral.entity.Referral;

/** What a referral asks for, as a FHIR ServiceRequest; visible as its Task is. */
@Path("fhir/ServiceRequest")
@RequestScoped
@Produces({FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@RolesAllowed({Roles.FRONTLINE_WORKER, Roles.TEAM_LEAD})
public class FhirServiceRequestsResource {

  @Inject FhirJson json;
  @Inject Referrals referrals;
  @Inject Caller caller;

  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "referrals.read")
  @GET
  @Path("{id}")
  public Response read(@PathParam("id") long id) {
    Referral referral = referrals.find(caller, id);
    return Response.ok(json.write(ReferralResources.serviceRequest(referral)))
        .tag(IfMatch.tag(referral.getVersion()))
        .build();
  }
}

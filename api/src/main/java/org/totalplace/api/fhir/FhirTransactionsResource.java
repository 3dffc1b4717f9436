package org.totalplace.api.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.totalplace.api.platform.Idempotent;
import org.totalplace.api.platform.ScopeCheck;
import org.totalplace.directory.boundary.Services;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.referral.boundary.Referrals;
import org.totalplace.referral.entity.NewReferral;
import org.totalplace.referral.entity.Referral;

/**
 * A referral sent as a FHIR transaction Bundle (a Task and its ServiceRequest). It is sent through
 * the same boundary as POST /referrals, so the same rules hold: the sender must see the person's
 * record and the receiving agency must have consent or another lawful basis.
 */
@Path("fhir")
@RequestScoped
@Consumes({FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@Produces({FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@RolesAllowed({Roles.FRONTLINE_WORKER, Roles.TEAM_LEAD})
public class FhirTransactionsResource {

  /** Core's names for what the client sent as FHIR elements. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "personId", "ServiceRequest.subject",
          "serviceId", "ServiceRequest.performer",
          "urgency", "ServiceRequest.priority",
          "reason", "ServiceRequest.reasonCode");

  @Inject FhirJson json;
  @Inject PatientMatch patients;
  @Inject Services services;
  @Inject Referrals referrals;
  @Inject Caller caller;

  @Idempotent
  @Transactional
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "referrals.write")
  @POST
  public Response transaction(String body, @Context UriInfo uri) {
    ReferralOrder order =
        TaskBundle.read(json.read(body), uri.getBaseUriBuilder().path("fhir").build().toString());
    long person =
        order.personId() != null ? order.personId() : patients.withNhsNumber(order.nhsNumber());
    try {
      services.find(caller, order.serviceId());
    } catch (NotFound e) {
      throw InvalidInput.of(
          "ServiceRequest.performer",
          "There is no HealthcareService/" + order.serviceId() + " in the directory");
    }
    Referral made;
    try {
      made =
          referrals.send(
              caller, new NewReferral(person, order.serviceId(), order.urgency(), order.reason()));
    } catch (InvalidInput e) {
      throw Renamed.fields(e, FIELDS);
    }
    return Response.ok(json.write(ReferralResources.transactionResponse(order, made))).build();
  }
}

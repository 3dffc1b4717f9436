package org.totalplace.api.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.totalplace.api.platform.Idempotent;
import org.totalplace.api.platform.IfMatch;
import org.totalplace.api.platform.Problem;
import org.totalplace.api.platform.ScopeCheck;
import org.totalplace.operations.boundary.RequestLog;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.referral.boundary.ReferralSteps;
import org.totalplace.referral.boundary.Referrals;
import org.totalplace.referral.entity.Referral;

/**
 * A referral's progress as a FHIR Task, for the sending or the receiving agency; anyone else gets
 * 404, as on /referrals/{id}. Each read is audited by the boundary. A PUT moves the referral on by
 * one step, the same steps as POST /referrals/{id}/accept and the rest, with the same If-Match.
 */
@Path("fhir/Task")
@RequestScoped
@Produces({FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@RolesAllowed({Roles.FRONTLINE_WORKER, Roles.TEAM_LEAD})
public class FhirTasksResource {

  @Inject FhirJson json;
  @Inject Referrals referrals;
  @Inject ReferralSteps steps;
  @Inject Caller caller;

  /** Core's names for the details of a step, as the Task carries them. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "code", "Task.statusReason.coding",
          "reason", "Task.statusReason.text",
          "question", "Task.statusReason.text",
          "outcome", "Task.output");

  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "referrals.read")
  @GET
  @Path("{id}")
  public Response read(@PathParam("id") long id) {
    return answer(referrals.find(caller, id));
  }

  /**
   * The Task with a new status: received, accepted, in-progress, on-hold (statusReason.text is the
   * question), rejected (statusReason: a decline-reason coding and text), completed or failed (an
   * output with the outcome), cancelled by the sender (statusReason.text says why).
   */
  @Idempotent
  @Transactional
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "referrals.write")
  @PUT
  @Path("{id}")
  @Consumes({FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  public Response update(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
    if (ifMatch == null || ifMatch.isBlank()) {
      // As the contract says: an update names the version it changes (the ETag of a read).
      return new Problem(
              "if-match-required",
              "Send If-Match with the ETag of the version you changed",
              428,
              "Read the Task first and send its ETag (W/\"3\") as If-Match. Nothing was changed.",
              RequestLog.correlationId(),
              null)
          .response();
    }
    Referral current = referrals.find(caller, id);
    Integer v = IfMatch.version(ifMatch);
    if (v != null && v != current.getVersion()) {
      // Before comparing the copy with ours: a stale copy differs everywhere, and is a 412.
      throw Conflict.staleVersion(
          "The Task has changed since you read it (now version "
              + current.getVersion()
              + "). Read it again and send your change with its ETag.");
    }
    TaskChange change = TaskChange.read(json.read(body), current);
    try {
      return answer(
          switch (change.status()) {
            case RECEIVED -> steps.acknowledge(caller, id, v);
            case ACCEPTED -> steps.accept(caller, id, v);
            case INPROGRESS -> steps.start(caller, id, v);
            case ONHOLD -> steps.askForInformation(caller, id, change.reason(), v);
            case REJECTED -> steps.decline(caller, id, change.code(), change.reason(), v);
            case COMPLETED -> steps.complete(caller, id, true, change.outcome(), v);
            case FAILED -> steps.complete(caller, id, false, change.outcome(), v);
            case CANCELLED -> steps.withdraw(caller, id, change.reason(), v);
            default ->
                throw InvalidInput.of(
                    "Task.status",
                    "A Task can move to received, accepted, in-progress, on-hold, rejected,"
                        + " completed, failed or cancelled; answer a question through /referrals");
          });
    } catch (InvalidInput e) {
      throw Renamed.fields(e, FIELDS);
    }
  }

  private Response answer(Referral referral) {
    return Response.ok(json.write(ReferralResources.task(referral)))
        .tag(IfMatch.tag(referral.getVersion()))
        .build();
  }
}

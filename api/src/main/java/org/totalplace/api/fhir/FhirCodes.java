package org.totalplace.api.fhir;

import java.util.Locale;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.referral.entity.ReferralStatus;
import org.totalplace.referral.entity.Urgency;

/**
 * Our codes in FHIR terms and back. The Task status and the request priority are kept on the enums
 * themselves (ReferralStatus, Urgency), so the pages, /api/v1 and this facade cannot drift apart.
 */
final class FhirCodes {

  static final String BASE = "https://totalplace.org/fhir/";

  /** Our own finer status, in Task.businessStatus. */
  static final String REFERRAL_STATUS = BASE + "CodeSystem/referral-status";

  static final String DECLINE_REASON = BASE + "CodeSystem/decline-reason";
  static final String TASK_OUTPUT = BASE + "CodeSystem/task-output";

  /** The agency that sent a referral, in Task.requester and ServiceRequest.requester. */
  static final String AGENCY = BASE + "Id/agency";

  private FhirCodes() {}

  static Task.TaskStatus taskStatus(ReferralStatus status) {
    return Task.TaskStatus.fromCode(status.getFhirTaskStatus());
  }

  /**
   * The request as a whole: active while either agency has work on it, on hold while the sender is
   * asked for more, completed when the work was done, revoked when it ended any other way.
   */
  static ServiceRequest.ServiceRequestStatus requestStatus(ReferralStatus status) {
    return switch (status) {
      case DRAFT -> ServiceRequest.ServiceRequestStatus.DRAFT;
      case SENT, RECEIVED, ACCEPTED, IN_PROGRESS -> ServiceRequest.ServiceRequestStatus.ACTIVE;
      case INFORMATION_REQUESTED -> ServiceRequest.ServiceRequestStatus.ONHOLD;
      case COMPLETED -> ServiceRequest.ServiceRequestStatus.COMPLETED;
      case DECLINED, NOT_COMPLETED, WITHDRAWN -> ServiceRequest.ServiceRequestStatus.REVOKED;
    };
  }

  static ServiceRequest.ServiceRequestPriority priority(Urgency urgency) {
    return ServiceRequest.ServiceRequestPriority.fromCode(urgency.getFhirPriority());
  }

  /** FHIR has four priorities, we have three: asap joins stat, so nothing is answered later. */
  static Urgency urgency(String priority) {
    return switch (priority.toLowerCase(Locale.ROOT)) {
      case "routine" -> Urgency.ROUTINE;
      case "urgent" -> Urgency.URGENT;
      case "asap", "stat" -> Urgency.EMERGENCY;
      default ->
          throw InvalidInput.of(
              "ServiceRequest.priority", "Use a priority of routine, urgent, asap or stat");
    };
  }
}

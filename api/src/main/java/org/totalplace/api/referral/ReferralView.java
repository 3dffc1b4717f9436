package org.totalplace.api.referral;

import java.time.Instant;
import org.totalplace.referral.entity.Referral;

/**
 * A referral as the API shows it to either agency involved; fhirTaskStatus gives the state in FHIR
 * R4 Task terms for health systems.
 */
public record ReferralView(
    long id,
    long personId,
    String personName,
    long serviceId,
    String serviceName,
    String fromAgency,
    String toAgency,
    String urgency,
    String reason,
    String status,
    String fhirTaskStatus,
    String declineCode,
    String declineReason,
    String informationRequest,
    String outcome,
    String assignee,
    Instant createdAt,
    Instant sentAt,
    String sentBy,
    Instant dueAt,
    Instant statusChangedAt,
    String statusChangedBy,
    Long reroutedFrom,
    int version) {

  static ReferralView of(Referral r) {
    return new ReferralView(
        r.getId(),
        r.getPerson().getId(),
        r.getPerson().getFullName(),
        r.getService().getId(),
        r.getService().getName(),
        r.getFromAgency(),
        r.getToAgency(),
        r.getUrgency().name(),
        r.getReason(),
        r.getStatus().name(),
        r.getStatus().getFhirTaskStatus(),
        r.getDeclineCode() == null ? null : r.getDeclineCode().name(),
        r.getDeclineReason(),
        r.getInformationRequest(),
        r.getOutcome(),
        r.getAssignee(),
        r.getCreatedAt(),
        r.getSentAt(),
        r.getSentBy(),
        r.getDueAt(),
        r.getStatusChangedAt(),
        r.getStatusChangedBy(),
        r.getReroutedFrom(),
        r.getVersion());
  }
}

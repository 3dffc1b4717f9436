package org.totalplace.api.referral;

import java.time.Instant;
import org.totalplace.referral.entity.Referral;

/** A referral as the API shows it to either agency involved. */
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
    String declineReason,
    Instant sentAt,
    String sentBy,
    Instant statusChangedAt,
    String statusChangedBy,
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
        r.getDeclineReason(),
        r.getSentAt(),
        r.getSentBy(),
        r.getStatusChangedAt(),
        r.getStatusChangedBy(),
        r.getVersion());
  }
}

package org.totalplace.generator.place;

import java.time.Instant;
import java.util.List;

/**
 * One generated referral as its row holds it (nulls where the column is null), and the history
 * events written for it (only for open referrals, to keep the load small).
 */
public record SyntheticReferral(
    long id,
    long personId,
    long serviceId,
    String fromAgency,
    String toAgency,
    String urgency,
    String reason,
    String status,
    Instant createdAt,
    Instant sentAt,
    String sentBy,
    Instant acknowledgeDueAt,
    Instant receivedAt,
    Instant decideDueAt,
    Instant acceptedAt,
    Instant startedAt,
    Instant closedAt,
    Instant statusChangedAt,
    String statusChangedBy,
    Instant lastActivityAt,
    String assignee,
    String assigneeName,
    String declineCode,
    String declineReason,
    String informationRequest,
    String outcome,
    String bounce,
    Instant unownedSince,
    int unownedMinutes,
    List<Event> events) {

  static final List<String> OPEN =
      List.of("SENT", "RECEIVED", "INFORMATION_REQUESTED", "ACCEPTED", "IN_PROGRESS");

  public boolean open() {
    return OPEN.contains(status);
  }

  /** A referral_event row. */
  public record Event(
      Instant at,
      String username,
      String displayName,
      String agency,
      String action,
      String fromStatus,
      String toStatus) {}
}

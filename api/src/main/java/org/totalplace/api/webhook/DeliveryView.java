package org.totalplace.api.webhook;

import java.time.Instant;
import java.util.List;
import org.totalplace.webhook.entity.Attempt;
import org.totalplace.webhook.entity.Delivery;
import org.totalplace.webhook.entity.DeliveryStatus;

/** One event on its way to one subscription, and (for one delivery) each attempt. */
public record DeliveryView(
    long id,
    String eventId,
    String eventType,
    Instant occurredAt,
    Long referralId,
    Long personId,
    long subscriptionId,
    String url,
    DeliveryStatus status,
    int attempts,
    Instant nextAttemptAt,
    Instant lastAttemptAt,
    Integer lastStatus,
    String lastError,
    Instant deliveredAt,
    int replays,
    List<AttemptView> history) {

  /** One attempt: when, what the receiver answered (or why nothing did), how long it took. */
  public record AttemptView(Instant at, Integer httpStatus, String error, int durationMs) {
    static AttemptView of(Attempt a) {
      return new AttemptView(a.getAt(), a.getHttpStatus(), a.getError(), a.getDurationMs());
    }
  }

  static DeliveryView of(Delivery d) {
    return new DeliveryView(
        d.getId(),
        d.getEventId(),
        d.getEventType(),
        d.getOccurredAt(),
        d.getReferralId(),
        d.getPersonId(),
        d.getSubscriptionId(),
        d.getUrl(),
        d.getStatus(),
        d.getAttempts(),
        d.getNextAttemptAt(),
        d.getLastAttemptAt(),
        d.getLastStatus(),
        d.getLastError(),
        d.getDeliveredAt(),
        d.getReplays(),
        d.getHistory().stream().map(AttemptView::of).toList());
  }
}

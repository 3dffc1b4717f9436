package org.totalplace.webhook.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One event on its way to one subscriber: where it stands and, when asked for, each attempt. */
public class Delivery implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long id;
  private final String eventId;
  private final String eventType;
  private final Instant occurredAt;
  private final Long referralId;
  private final Long personId;
  private final long subscriptionId;
  private final String url;
  private final DeliveryStatus status;
  private final int attempts;
  private final Instant nextAttemptAt;
  private final Instant lastAttemptAt;
  private final Integer lastStatus;
  private final String lastError;
  private final Instant deliveredAt;
  private final int replays;
  private final List<Attempt> history;

  public Delivery(
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
      List<Attempt> history) {
    this.id = id;
    this.eventId = eventId;
    this.eventType = eventType;
    this.occurredAt = occurredAt;
    this.referralId = referralId;
    this.personId = personId;
    this.subscriptionId = subscriptionId;
    this.url = url;
    this.status = status;
    this.attempts = attempts;
    this.nextAttemptAt = nextAttemptAt;
    this.lastAttemptAt = lastAttemptAt;
    this.lastStatus = lastStatus;
    this.lastError = lastError;
    this.deliveredAt = deliveredAt;
    this.replays = replays;
    this.history = history == null ? List.of() : List.copyOf(history);
  }

  /** The same delivery with each of its attempts. */
  public Delivery withHistory(List<Attempt> attempts) {
    return new Delivery(
        id,
        eventId,
        eventType,
        occurredAt,
        referralId,
        personId,
        subscriptionId,
        url,
        status,
        this.attempts,
        nextAttemptAt,
        lastAttemptAt,
        lastStatus,
        lastError,
        deliveredAt,
        replays,
        attempts);
  }

  public long getId() {
    return id;
  }

  public String getEventId() {
    return eventId;
  }

  public String getEventType() {
    return eventType;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public Long getReferralId() {
    return referralId;
  }

  public Long getPersonId() {
    return personId;
  }

  public long getSubscriptionId() {
    return subscriptionId;
  }

  public String getUrl() {
    return url;
  }

  public DeliveryStatus getStatus() {
    return status;
  }

  /** Every attempt so far, replays included. */
  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getLastAttemptAt() {
    return lastAttemptAt;
  }

  public Integer getLastStatus() {
    return lastStatus;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getDeliveredAt() {
    return deliveredAt;
  }

  public int getReplays() {
    return replays;
  }

  public List<Attempt> getHistory() {
    return history;
  }
}

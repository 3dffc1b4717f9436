package org.totalplace.flow.entity;

import java.io.Serializable;

/**
 * The handoffs from one agency to another in a period, for all their services or one: how many were
 * sent, how long acknowledging, accepting and first contact took, how many were declined or
 * bounced, and how long people waited with nobody working their referral.
 */
public final class Handoffs implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Fewer referrals than this, between two other agencies, are shown only as "fewer than 5". */
  public static final int SMALL = 5;

  private final String fromAgency;
  private final String toAgency;
  private final Long serviceId;
  private final String serviceName;
  private final long sent;
  private final Spread acknowledged;
  private final Spread accepted;
  private final Spread firstContact;
  private final Spread unowned;
  private final long declined;
  private final long bounced;
  private final boolean suppressed;

  @SuppressWarnings("java:S107") // one row of figures, column by column
  public Handoffs(
      String fromAgency,
      String toAgency,
      Long serviceId,
      String serviceName,
      long sent,
      Spread acknowledged,
      Spread accepted,
      Spread firstContact,
      Spread unowned,
      long declined,
      long bounced,
      boolean suppressed) {
    this.fromAgency = fromAgency;
    this.toAgency = toAgency;
    this.serviceId = serviceId;
    this.serviceName = serviceName;
    this.sent = sent;
    this.acknowledged = acknowledged;
    this.accepted = accepted;
    this.firstContact = firstContact;
    this.unowned = unowned;
    this.declined = declined;
    this.bounced = bounced;
    this.suppressed = suppressed;
  }

  /** The same figures hidden, for a small number between two agencies the viewer is not one of. */
  public Handoffs suppressed() {
    Spread none = new Spread(0, null, null);
    return new Handoffs(
        fromAgency, toAgency, serviceId, serviceName, 0, none, none, none, none, 0, 0, true);
  }

  public boolean involves(String agency) {
    return agency != null && (agency.equals(fromAgency) || agency.equals(toAgency));
  }

  public String getFromAgency() {
    return fromAgency;
  }

  public String getToAgency() {
    return toAgency;
  }

  public Long getServiceId() {
    return serviceId;
  }

  public String getServiceName() {
    return serviceName;
  }

  public long getSent() {
    return sent;
  }

  public Spread getAcknowledged() {
    return acknowledged;
  }

  public Spread getAccepted() {
    return accepted;
  }

  public Spread getFirstContact() {
    return firstContact;
  }

  public Spread getUnowned() {
    return unowned;
  }

  public long getDeclined() {
    return declined;
  }

  public long getBounced() {
    return bounced;
  }

  public boolean isSuppressed() {
    return suppressed;
  }
}

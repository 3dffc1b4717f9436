package org.totalplace.webhook.entity;

import java.util.Arrays;
import java.util.Optional;

/** What a system can subscribe to, by the name it has on the wire. */
public enum EventType {
  REFERRAL_RECEIVED("referral.received", "A referral was sent to the agency"),
  REFERRAL_ACCEPTED("referral.accepted", "A referral was accepted"),
  REFERRAL_DECLINED("referral.declined", "A referral was declined"),
  REFERRAL_COMPLETED("referral.completed", "A referral was completed or closed without completing"),
  REFERRAL_WITHDRAWN("referral.withdrawn", "A referral was withdrawn by its sender"),
  CIRCUMSTANCES_CHANGED(
      "person.circumstances-changed",
      "A person the agency is involved with had a change of circumstances");

  private final String wireName;
  private final String label;

  EventType(String wireName, String label) {
    this.wireName = wireName;
    this.label = label;
  }

  public String getWireName() {
    return wireName;
  }

  public String getLabel() {
    return label;
  }

  public static Optional<EventType> named(String wireName) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
  }

  /** Every wire name, for an error message that says what is allowed. */
  public static String allNames() {
    return String.join(", ", Arrays.stream(values()).map(EventType::getWireName).toList());
  }
}

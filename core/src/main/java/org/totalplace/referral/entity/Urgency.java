package org.totalplace.referral.entity;

/** How quickly the sender needs the receiving agency to respond. */
public enum Urgency {
  EMERGENCY("Emergency: respond today"),
  URGENT("Urgent: respond within 2 working days"),
  ROUTINE("Routine: respond within 10 working days");

  private final String label;

  Urgency(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}

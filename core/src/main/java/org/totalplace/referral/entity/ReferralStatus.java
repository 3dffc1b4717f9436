package org.totalplace.referral.entity;

/**
 * Where a referral stands, as both agencies see it. Each state maps onto a FHIR R4 Task status, so
 * health systems can follow a referral in their own terms.
 */
public enum ReferralStatus {
  DRAFT("Draft, not sent", "draft", false),
  SENT("Sent, waiting to be acknowledged", "requested", true),
  RECEIVED("Acknowledged, waiting for a decision", "received", true),
  INFORMATION_REQUESTED("More information asked for", "on-hold", true),
  ACCEPTED("Accepted, first contact to make", "accepted", true),
  IN_PROGRESS("In progress", "in-progress", true),
  DECLINED("Declined", "rejected", false),
  COMPLETED("Completed", "completed", false),
  NOT_COMPLETED("Not completed", "failed", false),
  WITHDRAWN("Withdrawn by the sender", "cancelled", false);

  private final String label;
  private final String fhirTaskStatus;
  private final boolean open;

  ReferralStatus(String label, String fhirTaskStatus, boolean open) {
    this.label = label;
    this.fhirTaskStatus = fhirTaskStatus;
    this.open = open;
  }

  public String getLabel() {
    return label;
  }

  /** The FHIR R4 Task.status code for this state. */
  public String getFhirTaskStatus() {
    return fhirTaskStatus;
  }

  /** Sent and not yet over: someone has work to do on it. */
  public boolean isOpen() {
    return open;
  }

  /** Over: no further step can be taken. */
  public boolean isFinished() {
    return this != DRAFT && !open;
  }
}

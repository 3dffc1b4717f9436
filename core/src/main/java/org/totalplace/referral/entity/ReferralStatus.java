package org.totalplace.referral.entity;

/** Where a referral stands, as both agencies see it. */
public enum ReferralStatus {
  SENT("Waiting for a decision"),
  ACCEPTED("Accepted"),
  DECLINED("Declined");

  private final String label;

  ReferralStatus(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}

package org.totalplace.api.referral;

/** The body of a decline: why the receiving agency will not take the referral on. */
public class Decline {
  private String reason;

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}

package org.totalplace.api.platform;

/** A body that only says why: for breaking the glass, or asking for access. */
public class Reason {
  private String reason;

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  /** The reason of a body that may be missing altogether. */
  public static String of(Reason body) {
    return body == null ? null : body.getReason();
  }
}

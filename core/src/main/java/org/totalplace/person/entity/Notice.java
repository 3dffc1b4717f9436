package org.totalplace.person.entity;

import java.io.Serializable;
import java.time.Instant;

/** Something an agency is told about a person it works with: a change, or a request for access. */
public record Notice(
    long id,
    long personId,
    String personName,
    String kind,
    String message,
    Instant createdAt,
    String createdBy,
    String fromAgency,
    Long referralId,
    Long accessRequestId)
    implements Serializable {

  /** What kind of notice it is, in words. */
  public String kindLabel() {
    return switch (kind) {
      case "ACCESS_REQUEST" -> "Request for access";
      case "CHANGE" -> "Change of circumstances";
      case "ESCALATION" -> "Escalation";
      case "PATHWAY" -> "Pathway";
      default -> "Referral";
    };
  }

  public boolean isAccessRequest() {
    return "ACCESS_REQUEST".equals(kind);
  }

  /** A request for access that the receiving agency is to answer (not the answer to one). */
  public boolean isAccessToDecide() {
    return accessRequestId != null;
  }
}

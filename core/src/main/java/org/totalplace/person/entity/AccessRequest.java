package org.totalplace.person.entity;

import java.io.Serializable;
import java.time.Instant;

/** One agency's request to see a person's record, and what the agencies working with them said. */
public record AccessRequest(
    long id,
    long personId,
    String agency,
    String askedByName,
    String reason,
    Instant askedAt,
    String status,
    String decidedByName,
    String decidedAgency,
    Instant decidedAt,
    String decisionNote,
    int version)
    implements Serializable {

  public boolean isPending() {
    return "PENDING".equals(status);
  }

  public boolean isGranted() {
    return "GRANTED".equals(status);
  }

  public boolean isRefused() {
    return "REFUSED".equals(status);
  }

  /** Getters for the pages: Jakarta EL reads properties through getters, not record parts. */
  public String getStatus() {
    return status;
  }

  public String getAskedByName() {
    return askedByName;
  }

  public String getReason() {
    return reason;
  }

  public Instant getAskedAt() {
    return askedAt;
  }

  public String getDecidedByName() {
    return decidedByName;
  }

  public String getDecidedAgency() {
    return decidedAgency;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionNote() {
    return decisionNote;
  }
}

package org.totalplace.webhook.entity;

import java.io.Serializable;
import java.time.Instant;

/** One try at sending an event to a subscriber, and what came back. */
public class Attempt implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Instant at;
  private final Integer httpStatus;
  private final String error;
  private final int durationMs;

  public Attempt(Instant at, Integer httpStatus, String error, int durationMs) {
    this.at = at;
    this.httpStatus = httpStatus;
    this.error = error;
    this.durationMs = durationMs;
  }

  public Instant getAt() {
    return at;
  }

  /** The receiver's HTTP status, or null when no answer came (refused, timed out). */
  public Integer getHttpStatus() {
    return httpStatus;
  }

  public String getError() {
    return error;
  }

  public int getDurationMs() {
    return durationMs;
  }
}

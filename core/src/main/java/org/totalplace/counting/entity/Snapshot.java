package org.totalplace.counting.entity;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** When the place-wide figures were last computed, with which mapping, at which prices. */
public record Snapshot(
    long id,
    Instant computedAt,
    int tookMs,
    int mappingVersion,
    int shownInYear,
    long events,
    long people)
    implements Serializable {

  /** Minutes since it was computed, for the age shown beside every place-wide figure. */
  public long ageMinutes(Instant now) {
    return Duration.between(computedAt, now).toMinutes();
  }
}

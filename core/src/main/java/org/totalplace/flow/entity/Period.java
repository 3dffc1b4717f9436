package org.totalplace.flow.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Referrals sent from the first day to the last, both whole days in UK time. */
public record Period(LocalDate from, LocalDate to) implements Serializable {

  public static final ZoneId UK = ZoneId.of("Europe/London");

  public Instant start() {
    return from.atStartOfDay(UK).toInstant();
  }

  /** The first moment after the period. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(UK).toInstant();
  }
}

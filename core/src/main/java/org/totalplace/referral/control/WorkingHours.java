package org.totalplace.referral.control;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Office hours, Monday to Friday 09:00 to 17:00 in UK time, for targets counted in working hours.
 * Bank holidays are not yet known to it: a target over one comes due a day early, never late.
 */
public final class WorkingHours {

  public static final ZoneId UK = ZoneId.of("Europe/London");
  static final LocalTime OPENS = LocalTime.of(9, 0);
  static final LocalTime CLOSES = LocalTime.of(17, 0);

  private WorkingHours() {}

  /** The instant when the given number of working hours after {@code from} have passed. */
  public static Instant after(Instant from, Duration working) {
    if (working.isNegative()) {
      throw new IllegalArgumentException("working time cannot be negative: " + working);
    }
    ZonedDateTime at = from.atZone(UK);
    Duration left = working;
    while (true) {
      at = nextOpenMoment(at);
      ZonedDateTime closing = at.toLocalDate().atTime(CLOSES).atZone(UK);
      Duration today = Duration.between(at, closing);
      if (left.compareTo(today) <= 0) {
        return at.plus(left).toInstant();
      }
      left = left.minus(today);
      at = closing.toLocalDate().plusDays(1).atTime(OPENS).atZone(UK);
    }
  }

  /** The first moment at or after {@code at} when the office is open. */
  static ZonedDateTime nextOpenMoment(ZonedDateTime at) {
    LocalDate day = at.toLocalDate();
    LocalTime time = at.toLocalTime();
    if (isWorkingDay(day) && !time.isBefore(OPENS) && time.isBefore(CLOSES)) {
      return at;
    }
    if (isWorkingDay(day) && time.isBefore(OPENS)) {
      return day.atTime(OPENS).atZone(UK);
    }
    LocalDate next = day.plusDays(1);
    while (!isWorkingDay(next)) {
      next = next.plusDays(1);
    }
    return next.atTime(OPENS).atZone(UK);
  }

  static boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
  }
}

package org.totalplace.platform.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How dates, values and changes read to people, in one place so that every page, notice, history
 * line and audit detail says them the same way: "3 Feb 2001", "Phone changed from 01632 960001 to
 * 07700 900123", "Moved from Hana Reid to Sam Patel", never an ISO timestamp or "a -> b".
 */
public final class Words {

  public static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

  private Words() {}

  public static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  /** A moment in UK local time, to the minute. */
  public static String moment(Instant instant) {
    return instant == null ? "" : MOMENT.format(instant.atZone(UK));
  }

  /** A value as shown in a change: dates in the UK form, yes or no, blank as nothing. */
  public static String value(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return day(date);
    }
    if (value instanceof Instant instant) {
      return moment(instant);
    }
    if (value instanceof Boolean yes) {
      return yes ? "yes" : "no";
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  /**
   * One field's change in a sentence: "Phone added: 07700 900123", "Phone changed from A to B",
   * "Phone removed (it was A)".
   */
  public static String change(String what, Object before, Object after) {
    String was = value(before);
    String now = value(after);
    if (was == null) {
      return what + " added: " + (now == null ? "nothing" : now);
    }
    if (now == null) {
      return what + " removed (it was " + was + ")";
    }
    return what + " changed from " + was + " to " + now;
  }

  /** Who holds a piece of work after it moved, by name: nobody is said as such, not as a name. */
  public static String holder(String before, String after) {
    if (before == null && after == null) {
      return "Nobody works it";
    }
    if (before == null) {
      return "Given to " + after;
    }
    if (after == null) {
      return "Taken from " + before + ": nobody in the team works it now";
    }
    return "Moved from " + before + " to " + after;
  }
}

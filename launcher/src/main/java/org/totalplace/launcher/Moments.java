package org.totalplace.launcher;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.totalplace.launcher.host.LaunchFailure;

/** A moment an operator types: UK local time ("2026-12-08 14:05[:30]") or an ISO instant. */
final class Moments {

  static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]");

  private Moments() {}

  static Instant parse(String text) {
    String given = text.trim();
    try {
      return Instant.parse(given);
    } catch (DateTimeParseException notAnInstant) {
      try {
        return LocalDateTime.parse(given, LOCAL).atZone(UK).toInstant();
      } catch (DateTimeParseException e) {
        throw new LaunchFailure(
            "Cannot read the time \""
                + text
                + "\": write it as 2026-12-08 14:05 (UK time) or 2026-12-08T14:05:00Z.");
      }
    }
  }
}

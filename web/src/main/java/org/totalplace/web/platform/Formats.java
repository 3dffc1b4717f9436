package org.totalplace.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.totalplace.directory.boundary.Directory;

/** Dates and agency names as people in the UK read them. */
@Named
@ApplicationScoped
public class Formats {

  static final ZoneId UK = ZoneId.of("Europe/London");
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

  @Inject Directory directory;

  public String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  public String moment(Instant instant) {
    return instant == null ? "" : MOMENT.format(instant.atZone(UK));
  }

  public String join(java.util.List<String> items) {
    return items == null ? "" : String.join(", ", items);
  }

  /** A value, or "Not recorded" so an empty field reads as known-empty, not as missing. */
  public String orNone(Object value) {
    return value == null || value.toString().isBlank() ? "Not recorded" : value.toString();
  }

  public String agency(String code) {
    return code == null ? "" : directory.agencyName(code);
  }
}

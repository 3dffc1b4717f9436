package org.totalplace.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.platform.entity.Words;

/** Dates and agency names as people in the UK read them. */
@Named
@ApplicationScoped
public class Formats {

  @Inject Directory directory;

  public String day(LocalDate date) {
    return Words.day(date);
  }

  public String moment(Instant instant) {
    return Words.moment(instant);
  }

  /** An amount as "£7,706.01"; "No figure" when there is none (a year without a deflator). */
  public String pounds(java.math.BigDecimal amount) {
    return amount == null
        ? "No figure"
        : "£" + new java.text.DecimalFormat("#,##0.00").format(amount);
  }

  /** A count as people read it: 1,993, not 1993. */
  public String count(long n) {
    return String.format(java.util.Locale.UK, "%,d", n);
  }

  public String join(java.util.List<String> items) {
    return items == null ? "" : String.join(", ", items);
  }

  /** A value, or "Not recorded" so an empty field reads as known-empty, not as missing. */
  public String orNone(Object value) {
    return value == null || value.toString().isBlank() ? "Not recorded" : value.toString();
  }

  static final java.util.Map<String, String> STEPS =
      java.util.Map.ofEntries(
          java.util.Map.entry("DRAFTED", "Drafted"),
          java.util.Map.entry("SENT", "Sent"),
          java.util.Map.entry("ACKNOWLEDGED", "Acknowledged"),
          java.util.Map.entry("ACCEPTED", "Accepted"),
          java.util.Map.entry("DECLINED", "Declined"),
          java.util.Map.entry("INFORMATION_REQUESTED", "Asked for more information"),
          java.util.Map.entry("INFORMATION_PROVIDED", "Sent the information"),
          java.util.Map.entry("STARTED", "Made first contact"),
          java.util.Map.entry("COMPLETED", "Completed"),
          java.util.Map.entry("NOT_COMPLETED", "Closed, not completed"),
          java.util.Map.entry("WITHDRAWN", "Withdrawn"),
          java.util.Map.entry("REROUTED", "Re-routed"),
          java.util.Map.entry("CLAIMED", "Taken on"),
          java.util.Map.entry("ASSIGNED", "Given to a worker"),
          java.util.Map.entry("HANDED_BACK", "Handed back to the team"),
          java.util.Map.entry("WARNED", "Reminder: target coming up"),
          java.util.Map.entry("OVERDUE", "Target missed: team leads told"),
          java.util.Map.entry("ESCALATED_TO_SENDER", "Still overdue: sending team leads told"),
          java.util.Map.entry("INACTIVE", "No recent activity: team leads told"));

  /** A step of a referral's history in words. */
  public String step(String action) {
    return STEPS.getOrDefault(action, action);
  }

  /** A code in words: PERSON_VIEWED reads "Person viewed", frontline-worker "Frontline worker". */
  public String words(String code) {
    if (code == null || code.isEmpty()) {
      return "";
    }
    String words = code.replace('_', ' ').replace('-', ' ').toLowerCase(java.util.Locale.UK);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** Hours to one decimal place, or a dash where nothing got that far. */
  public String hours(Double hours) {
    return hours == null ? "–" : String.valueOf(hours);
  }

  public String agency(String code) {
    return code == null ? "" : directory.agencyName(code);
  }
}

package org.totalplace.generator.place;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * The steps of a generated pathway, as its deployed model names them, and, for a release from
 * prison already past, what the platform would have recorded around it: the sentence before, the
 * licence after, and what followed. A plan with a step not in place on its day is more often
 * followed by bed and breakfast, an arrest or an A&amp;E visit than one with every step in place:
 * that is the association the pilots reported, built into this synthetic place so the counting
 * pages have something to show. It is not evidence of anything.
 */
final class PathwayHistory {

  /** A step of a model: its key, title and the agency that does it. */
  record Step(String key, String title, String agency) {}

  static final Step[] PRISON_RELEASE = {
    new Step("accommodation", "Secure accommodation for release day", "housing"),
    new Step("benefits", "Benefits claim ready for day one", "jobcentre"),
    new Step("gpRegistration", "Register with a GP", "health"),
    new Step("treatment", "Continue drug and alcohol treatment", "drug-alcohol"),
    new Step("supervision", "Book the first probation appointment", "probation")
  };

  static final Step[] LEAVING_CARE = {
    new Step("pathwayPlan", "Agree the pathway plan", "childrens-services"),
    new Step("accommodation", "Suitable accommodation from 18", "housing"),
    new Step("educationEmployment", "Education, training or employment (NEET risk)", "jobcentre"),
    new Step("benefits", "Benefits in place from 18", "jobcentre"),
    new Step("health", "Health assessment and GP", "health")
  };

  static final Step[] HOSPITAL_DISCHARGE = {
    new Step("adaptation", "Home adaptations in place", "housing"),
    new Step("carePackage", "Care package arranged", "health"),
    new Step("gpFollowUp", "GP and community health follow-up", "health"),
    new Step("checkIn", "Check in after discharge", "voluntary")
  };

  static Step[] steps(String kind) {
    return switch (kind) {
      case "PRISON_RELEASE" -> PRISON_RELEASE;
      case "LEAVING_CARE" -> LEAVING_CARE;
      default -> HOSPITAL_DISCHARGE;
    };
  }

  /**
   * The check-in after a hospital discharge is two days after it; every other step is due on the
   * day.
   */
  static LocalDate due(Step step, LocalDate keyDate) {
    return step.key().equals("checkIn") ? keyDate.plusDays(2) : keyDate;
  }

  private final CopyText spells;
  private final CopyText addresses;
  private final CopyText entries;
  private long rows;

  PathwayHistory(CopyText spells, CopyText addresses, CopyText entries) {
    this.spells = spells;
    this.addresses = addresses;
    this.entries = entries;
  }

  /** The rows written for the releases so far. */
  long rows() {
    return rows;
  }

  /** The sentence served before a release, the licence after it, and what followed it. */
  void release(
      SplittableRandom r, long person, LocalDate released, boolean allInPlace, LocalDate today) {
    LocalDate sentenced = released.minusMonths(3 + r.nextInt(22));
    spell(person, "SENTENCED", sentenced, released);
    LocalDate licenceEnds = released.plusMonths(6);
    spell(person, "ON_LICENCE", released, licenceEnds.isBefore(today) ? licenceEnds : null);
    if (!allInPlace && r.nextDouble() < 0.7) {
      LocalDate in = released.plusDays(1 + r.nextInt(10));
      LocalDate out = in.plusWeeks(2 + r.nextInt(13));
      if (out.isBefore(today)) {
        addresses
            .field(person)
            .field("Room " + (1 + r.nextInt(12)) + ", Station Road bed and breakfast")
            .field((String) null)
            .field(in.toString())
            .field(out.toString())
            .field(at(in))
            .field("housing.worker")
            .end();
        rows++;
      }
    }
    if (r.nextDouble() < (allInPlace ? 0.15 : 0.5)) {
      entry(
          person,
          "police",
          "CRIMINAL_JUSTICE",
          "Arrested for shoplifting",
          released.plusDays(30 + r.nextInt(300)),
          today);
    }
    if (r.nextDouble() < (allInPlace ? 0.1 : 0.3)) {
      entry(
          person,
          "health",
          "HEALTH",
          "A&E attendance after a fall",
          released.plusDays(20 + r.nextInt(300)),
          today);
    }
  }

  private void spell(long person, String status, LocalDate from, LocalDate to) {
    spells
        .field(person)
        .field(status)
        .field(at(from))
        .field(to == null ? null : at(to))
        .field("probation")
        .end();
    rows++;
  }

  private void entry(
      long person,
      String agency,
      String sensitivity,
      String summary,
      LocalDate on,
      LocalDate today) {
    if (!on.isBefore(today)) {
      return;
    }
    entries
        .field(person)
        .field(agency)
        .field("NOTE")
        .field(sensitivity)
        .field(summary)
        .field(at(on))
        .field(at(on))
        .field(agency + ".worker")
        .end();
    rows++;
  }

  private static Instant at(LocalDate day) {
    return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
  }
}

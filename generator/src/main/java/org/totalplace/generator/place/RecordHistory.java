package org.totalplace.generator.place;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.totalplace.generator.population.SyntheticPerson;

/**
 * What the agencies have recorded about one generated person, drawn from the seed and the person's
 * id alone: where they have lived, who they live with, which agencies work with them now or did, on
 * what basis each may share (consents given, refused and withdrawn, and the other lawful bases),
 * and the chronology, with entries in every sensitivity category from the agencies that would write
 * them.
 */
public final class RecordHistory {

  /** Agency, its share of people it works with, the basis it usually holds, entry kinds. */
  private record AgencyHabit(String agency, double share, String basis, Kind[] writes) {}

  /** An entry an agency writes: kind, sensitivity and what it says. */
  public record Kind(String kind, String sensitivity, String summary) {}

  private static final AgencyHabit[] HABITS = {
    new AgencyHabit(
        "housing",
        0.20,
        "CONSENT",
        new Kind[] {
          new Kind("NEED", "GENERAL", "Needs somewhere settled to live"),
          new Kind("CHANGE", "GENERAL", "Tenancy started"),
          new Kind("NOTE", "GENERAL", "Home visit made")
        }),
    new AgencyHabit(
        "jobcentre",
        0.18,
        "PUBLIC_TASK",
        new Kind[] {
          new Kind("CHANGE", "GENERAL", "Universal Credit claim made"),
          new Kind("NOTE", "GENERAL", "Work search review")
        }),
    new AgencyHabit(
        "health",
        0.22,
        "CONSENT",
        new Kind[] {
          new Kind("ASSESSMENT", "HEALTH", "Health check done"),
          new Kind("ASSESSMENT", "MENTAL_HEALTH", "Mental health assessment"),
          new Kind("NOTE", "SEXUAL_HEALTH", "Sexual health clinic attended")
        }),
    new AgencyHabit(
        "drug-alcohol",
        0.05,
        "CONSENT",
        new Kind[] {new Kind("ASSESSMENT", "SUBSTANCE_MISUSE", "Substance use assessment")}),
    new AgencyHabit(
        "probation",
        0.03,
        "LEGAL_OBLIGATION",
        new Kind[] {
          new Kind("RISK", "CRIMINAL_JUSTICE", "Risk of serious harm reviewed"),
          new Kind("ALERT", "CRIMINAL_JUSTICE", "Licence conditions: no contact with victim")
        }),
    new AgencyHabit(
        "police",
        0.02,
        "PUBLIC_TASK",
        new Kind[] {new Kind("NOTE", "CRIMINAL_JUSTICE", "Attended a call to the address")}),
    new AgencyHabit(
        "childrens-services",
        0.03,
        "SAFEGUARDING",
        new Kind[] {
          new Kind("RISK", "SAFEGUARDING", "Child protection plan"),
          new Kind("ALERT", "SAFEGUARDING", "Do not share the address with the father")
        }),
    new AgencyHabit(
        "voluntary",
        0.06,
        "CONSENT",
        new Kind[] {
          new Kind("NOTE", "GENERAL", "Food bank voucher given"),
          new Kind("REFERRAL", "GENERAL", "Signposted to debt advice")
        })
  };

  private static final String[] STREETS = {
    "Station Road", "Church Street", "Victoria Road", "Park Avenue", "Mill Lane", "High Street",
    "Queens Road", "Green Lane", "Manor Way", "School Lane", "Albert Street", "Elm Grove"
  };

  public record Address(String line, String postcode, LocalDate movedIn, LocalDate movedOut) {}

  public record Involvement(
      String agency, String leadWorker, LocalDate startedOn, LocalDate endedOn) {}

  public record Basis(
      String agency, String basis, String consent, LocalDate givenOn, Instant withdrawnAt) {}

  public record Entry(String agency, Kind kind, Instant occurredAt, String recordedBy) {}

  public record Relationship(long person, long related, String kind) {}

  private final long seed;
  private final Staffing staffing;
  private final Instant now;

  public RecordHistory(long seed, Staffing staffing, Instant now) {
    this.seed = seed;
    this.staffing = staffing;
    this.now = now;
  }

  /** Every sensitivity category and entry kind the generator writes, for the tests. */
  public static List<Kind> kinds() {
    List<Kind> kinds = new ArrayList<>();
    for (AgencyHabit habit : HABITS) {
      kinds.addAll(List.of(habit.writes()));
    }
    return kinds;
  }

  /** One person's history; the same seed and person give the same history. */
  public Record of(SyntheticPerson person) {
    SplittableRandom r = new SplittableRandom(seed ^ (person.id() * 0x9E3779B97F4A7C15L));
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    List<Address> addresses = new ArrayList<>();
    if (person.postcode() != null) {
      LocalDate movedIn = today.minusDays(30 + r.nextInt(3650));
      if (r.nextDouble() < 0.3) {
        LocalDate before = movedIn.minusDays(180 + r.nextInt(2000));
        addresses.add(
            new Address(
                line(r),
                person.postcode().substring(0, person.postcode().indexOf(' ') + 1)
                    + (1 + r.nextInt(9))
                    + "AB",
                before,
                movedIn));
      }
      addresses.add(new Address(line(r), person.postcode(), movedIn, null));
    }
    List<Involvement> involvements = new ArrayList<>();
    List<Basis> bases = new ArrayList<>();
    List<Entry> entries = new ArrayList<>();
    for (AgencyHabit habit : HABITS) {
      if (!staffing.agencies().contains(habit.agency())) {
        continue;
      }
      double u = r.nextDouble();
      if (u < habit.share()) {
        LocalDate started = today.minusDays(1 + r.nextInt(1500));
        boolean ended = r.nextDouble() < 0.2;
        // By name, as the platform records who wrote an entry and who leads the work; the login
        // is kept in the audit trail only.
        String worker = staffing.displayName(habit.agency(), 1 + r.nextInt(staffing.perAgency()));
        involvements.add(
            new Involvement(
                habit.agency(),
                worker,
                started,
                ended ? started.plusDays(30 + r.nextInt(300)) : null));
        bases.add(basis(r, habit, started));
        int count = 1 + r.nextInt(4);
        for (int i = 0; i < count; i++) {
          Kind kind = habit.writes()[r.nextInt(habit.writes().length)];
          Instant at =
              started
                  .atStartOfDay(ZoneOffset.UTC)
                  .toInstant()
                  .plusSeconds(
                      r.nextLong(
                          ChronoUnit.SECONDS.between(started.atStartOfDay(), today.atStartOfDay())
                              + 1));
          entries.add(new Entry(habit.agency(), kind, at.isAfter(now) ? now : at, worker));
        }
      } else if (u < habit.share() * 1.6 && habit.basis().equals("CONSENT")) {
        // Consent asked for ahead of any work: a referral to come, or one refused.
        bases.add(basis(r, habit, today.minusDays(r.nextInt(400))));
      }
    }
    return new Record(
        person.id(), addresses, involvements, bases, entries, household(person.id(), r));
  }

  private Basis basis(SplittableRandom r, AgencyHabit habit, LocalDate on) {
    if (!habit.basis().equals("CONSENT")) {
      return new Basis(habit.agency(), habit.basis(), null, on, null);
    }
    double c = r.nextDouble();
    String consent = c < 0.9 ? "GIVEN" : c < 0.95 ? "REFUSED" : "WITHDRAWN";
    Instant withdrawn =
        consent.equals("WITHDRAWN")
            ? on.plusDays(10).atStartOfDay(ZoneOffset.UTC).toInstant()
            : null;
    if (withdrawn != null && withdrawn.isAfter(now)) {
      withdrawn = now;
    }
    return new Basis(habit.agency(), "CONSENT", consent, on, withdrawn);
  }

  /**
   * Households of up to four neighbouring ids: the first of every four ids heads one; of the other
   * three, each joins in three cases of five, the second as a partner and the rest as members of
   * the household (ages are not matched, so no parent and child are made up).
   */
  private List<Relationship> household(long id, SplittableRandom r) {
    List<Relationship> relationships = new ArrayList<>();
    long head = id - ((id - 1) % 4);
    if (id == head || head < 1 || r.nextDouble() < 0.4) {
      return relationships;
    }
    String kind = id == head + 1 ? "PARTNER" : "HOUSEHOLD";
    relationships.add(new Relationship(id, head, kind));
    relationships.add(new Relationship(head, id, kind));
    return relationships;
  }

  private static String line(SplittableRandom r) {
    return (1 + r.nextInt(180)) + " " + STREETS[r.nextInt(STREETS.length)];
  }

  /** One person's history, ready to write. */
  public record Record(
      long personId,
      List<Address> addresses,
      List<Involvement> involvements,
      List<Basis> bases,
      List<Entry> entries,
      List<Relationship> relationships) {}
}

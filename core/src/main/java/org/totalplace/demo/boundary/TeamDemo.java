package org.totalplace.demo.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.directory.entity.Service;
import org.totalplace.person.boundary.Persons;
import org.totalplace.person.entity.NewPerson;
import org.totalplace.person.entity.Person;
import org.totalplace.platform.control.Sql;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.referral.boundary.ReferralSteps;
import org.totalplace.referral.boundary.Referrals;
import org.totalplace.referral.entity.DeclineReason;
import org.totalplace.referral.entity.NewReferral;
import org.totalplace.referral.entity.Urgency;
import org.totalplace.sharing.boundary.Consents;
import org.totalplace.sharing.entity.ConsentStatus;
import org.totalplace.sharing.entity.LawfulBasis;
import org.totalplace.sharing.entity.NewBasis;
import org.totalplace.staff.boundary.StaffList;

/**
 * A housing team with a story for its team lead: Hana is over capacity with overdue work, Omar has
 * room, Grace works part time, two referrals have nobody; and three months of closed referrals
 * between the agencies, so the flow page shows where handoffs stall (housing is slow to accept, the
 * voluntary sector declines for capacity, a few bounce).
 */
@Stateless
public class TeamDemo {

  static final String[][] HOUSING_WORKERS = {
    {"housing.worker2", "Omar Haddad", "37"}, {"housing.worker3", "Grace Lin", "18.5"}
  };

  /** Receiving agency, median hours to acknowledge, median hours more to accept. */
  static final Object[][] PACE = {
    {"housing", 20.0, 40.0},
    {"jobcentre", 4.0, 8.0},
    {"drug-alcohol", 3.0, 10.0},
    {"health", 8.0, 16.0},
    {"voluntary", 12.0, 24.0},
    {"childrens-services", 1.0, 4.0},
    {"probation", 6.0, 12.0},
    {"police", 2.0, 6.0}
  };

  /** Who refers to whom most, in a place like this. */
  static final String[][] PAIRS = {
    {"probation", "housing"}, {"probation", "drug-alcohol"}, {"probation", "jobcentre"},
    {"health", "housing"}, {"health", "voluntary"}, {"jobcentre", "housing"},
    {"housing", "jobcentre"}, {"housing", "voluntary"}, {"police", "childrens-services"},
    {"childrens-services", "health"}, {"drug-alcohol", "health"}, {"voluntary", "housing"}
  };

  @PersistenceContext EntityManager em;
  @Inject Persons persons;
  @Inject Consents consents;
  @Inject Referrals referrals;
  @Inject ReferralSteps steps;
  @Inject StaffList staff;
  @Inject Directory directory;

  public void load(Caller probation, Caller hana) {
    for (String[] w : HOUSING_WORKERS) {
      staff.seen(
          new Caller(w[0], w[1], "housing", Set.of(Roles.FRONTLINE_WORKER)),
          w[0] + "@demo.totalplace.test");
      Sql.update(
          em,
          "update staff set contracted_hours = ?1 where username = ?2",
          new BigDecimal(w[2]),
          w[0]);
    }
    Caller omar = housingWorker(0);
    Caller grace = housingWorker(1);
    // Hana: 5 red, 11 amber and 4 green referrals, 41 points of her 40: over capacity.
    // Omar: 4 amber, 8 points (20%). Grace, part time: 3 amber, 6 of her 20 (30%). Two nobody's.
    List<Caller> holders = new ArrayList<>();
    List<Urgency> urgencies = new ArrayList<>();
    add(holders, urgencies, hana, Urgency.EMERGENCY, 5);
    add(holders, urgencies, hana, Urgency.URGENT, 11);
    add(holders, urgencies, hana, Urgency.ROUTINE, 4);
    add(holders, urgencies, omar, Urgency.URGENT, 4);
    add(holders, urgencies, grace, Urgency.URGENT, 3);
    add(holders, urgencies, null, Urgency.URGENT, 2);
    Service housing = serviceOf("housing");
    for (int i = 0; i < holders.size(); i++) {
      Person person =
          persons.create(
              probation,
              new NewPerson(
                  GIVEN[i % GIVEN.length],
                  FAMILY[(i * 7) % FAMILY.length],
                  LocalDate.of(1960 + i, 1 + i % 12, 1 + i % 28),
                  "LS9 7AA"));
      consentToHousing(probation, person);
      long id =
          referrals
              .send(
                  probation,
                  new NewReferral(
                      person.getId(), housing.getId(), urgencies.get(i), "Needs somewhere to live"))
              .getId();
      Caller holder = holders.get(i);
      if (holder != null) {
        steps.acknowledge(holder, id, null);
        if (i % 3 != 0) {
          steps.accept(holder, id, null);
        }
      }
    }
    // Hana's first referral has waited past its time to decide.
    Sql.update(
        em,
        "update referral set decide_due_at = now() - interval '2 hours' where to_agency ="
            + " 'housing' and assignee = 'housing.worker' and status = 'RECEIVED' and urgency ="
            + " 'EMERGENCY'");
    history();
  }

  static final String[] GIVEN = {
    "Ben",
    "Chantelle",
    "Darius",
    "Ellie",
    "Femi",
    "Gary",
    "Holly",
    "Imran",
    "Jade",
    "Karl",
    "Lena",
    "Mo",
    "Nina",
    "Owen",
    "Rosa"
  };

  static final String[] FAMILY = {
    "Walsh", "Moore", "Grant", "Hart", "Adeyemi", "Price", "Birch", "Ali", "Fox", "Nash", "Petrova",
    "Rahman", "Doyle"
  };

  private static void add(
      List<Caller> holders, List<Urgency> urgencies, Caller holder, Urgency urgency, int times) {
    for (int i = 0; i < times; i++) {
      holders.add(holder);
      urgencies.add(urgency);
    }
  }

  private Caller housingWorker(int i) {
    return new Caller(
        HOUSING_WORKERS[i][0], HOUSING_WORKERS[i][1], "housing", Set.of(Roles.FRONTLINE_WORKER));
  }

  private void consentToHousing(Caller by, Person person) {
    NewBasis request = new NewBasis();
    request.setAgencies(List.of("housing"));
    request.setBasis(LawfulBasis.CONSENT);
    request.setConsent(ConsentStatus.GIVEN);
    request.setPurpose("Finding a home");
    request.setGivenOn(LocalDate.now());
    consents.record(by, person.getId(), request);
  }

  /**
   * Three months of finished referrals written straight into the tables: finished work needs no
   * process, and the flow figures read only the referral rows. Seeded, so every demo is the same.
   */
  private void history() {
    Random random = new Random(2026);
    List<Long> people =
        Sql.rows(em, "select id, 0 from person order by id").stream()
            .map(r -> Sql.id(r[0]))
            .toList();
    Instant now = Instant.now();
    for (int i = 0; i < 160; i++) {
      String[] pair = PAIRS[random.nextInt(PAIRS.length)];
      Object[] pace = pace(pair[1]);
      Instant sent = now.minus(Duration.ofMinutes(60L * 24 * 3 + random.nextInt(60 * 24 * 85)));
      Instant received = sent.plus(hours(random, (Double) pace[1]));
      Instant decided = received.plus(hours(random, (Double) pace[2]));
      int fate = random.nextInt(100);
      boolean declined = fate < 12 || ("voluntary".equals(pair[1]) && fate < 35);
      boolean withdrawn = !declined && fate > 95;
      String status = declined ? "DECLINED" : withdrawn ? "WITHDRAWN" : "COMPLETED";
      Instant started = declined || withdrawn ? null : decided.plus(hours(random, 24.0));
      Instant closed = declined ? decided : withdrawn ? received : started.plus(Duration.ofDays(7));
      DeclineReason reason =
          "voluntary".equals(pair[1])
              ? DeclineReason.NO_CAPACITY
              : DeclineReason.values()[random.nextInt(DeclineReason.values().length)];
      long id =
          Sql.insert(
              em,
              "insert into referral (person_id, service_id, from_agency, to_agency, urgency,"
                  + " reason, status, sent_at, sent_by, status_changed_at, status_changed_by,"
                  + " created_at, last_activity_at, received_at, accepted_at, started_at,"
                  + " closed_at, decline_code, decline_reason, outcome, assignee, assignee_name)"
                  + " values (?1, ?2, ?3, ?4, ?5, 'Demo history', ?6, ?7, ?3 || '.worker', ?8,"
                  + " ?4 || '.worker', ?7, ?8, ?9, cast(?10 as timestamptz), cast(?11 as timestamptz),"
                  + " ?8, ?12, ?13, ?14, ?4 || '.worker',"
                  + " ?4 || '.worker')",
              people.get(random.nextInt(people.size())),
              serviceOf(pair[1]).getId(),
              pair[0],
              pair[1],
              Urgency.values()[random.nextInt(3)],
              status,
              sent,
              closed,
              received,
              declined || withdrawn ? null : decided,
              started,
              declined ? reason.name() : null,
              declined ? reason.getLabel() : null,
              "COMPLETED".equals(status) ? "Support in place" : null);
      // Bounces are judged on real sends; the history has its own few, set by hand.
      Sql.update(
          em,
          "update referral set bounce = ?2, unowned_minutes = ?3 where id = ?1",
          id,
          i % 23 == 0 ? "SENT_BACK" : null,
          (int) Duration.between(sent, received).toMinutes());
      Sql.update(
          em,
          "insert into referral_event (referral_id, at, username, display_name, agency, action,"
              + " to_status) values (?1, ?2, ?3 || '.worker', ?3 || '.worker', ?3, 'SENT', 'SENT'),"
              + " (?1, ?4, ?5 || '.worker', ?5 || '.worker', ?5, ?6, ?6)",
          id,
          sent,
          pair[0],
          closed,
          declined || withdrawn ? (withdrawn ? pair[0] : pair[1]) : pair[1],
          status);
    }
  }

  /** Hours drawn around a median, skewed as waiting times are: most quick, some very slow. */
  private static Duration hours(Random random, double median) {
    double factor = Math.exp(random.nextGaussian() * 0.8);
    return Duration.ofMinutes(Math.max(5, Math.round(median * 60 * factor)));
  }

  private static Object[] pace(String agency) {
    for (Object[] p : PACE) {
      if (p[0].equals(agency)) {
        return p;
      }
    }
    return PACE[0];
  }

  private Service serviceOf(String agency) {
    return directory.services().stream()
        .filter(s -> s.getAgency().getCode().equals(agency))
        .findFirst()
        .orElseThrow();
  }
}

package org.totalplace.counts.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.totalplace.counts.control.Counters;
import org.totalplace.counts.entity.WorkCounts;
import org.totalplace.flow.control.HandMadeReferrals;
import org.totalplace.person.boundary.TellUsOnce;
import org.totalplace.platform.control.Sql;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.referral.boundary.WorkQueues;

/**
 * The counters against the lists they count, on a real PostgreSQL: a seeded random walk through
 * every referral status, holder, deadline and target change, notice read and pathway step, each its
 * own transaction, with the overdue sweep and the fold run at random in between. After every step
 * each worker's counts (as the navigation reads them) equal the counts of the lists' own
 * conditions, and the recount finds nothing to correct.
 */
class WorkCountsIT {

  static final List<String> AGENCIES = List.of("housing", "health", "probation");
  static final List<String> STATUSES =
      List.of(
          "DRAFT",
          "SENT",
          "RECEIVED",
          "INFORMATION_REQUESTED",
          "ACCEPTED",
          "IN_PROGRESS",
          "COMPLETED",
          "NOT_COMPLETED",
          "DECLINED",
          "WITHDRAWN");

  static HandMadeReferrals db;
  static WorkCounting counting;
  static long person;
  static long pathway;
  final Random random = new Random(20261207);
  final List<Long> referrals = new ArrayList<>();
  final List<Long> notices = new ArrayList<>();
  final List<Long> steps = new ArrayList<>();

  @BeforeAll
  static void place() throws Exception {
    db = new HandMadeReferrals();
    counting = new WorkCounting();
    counting.em = db.em;
    db.write(
        () -> {
          person = db.person("Walk", "Counted");
          pathway =
              Sql.insert(
                  db.em,
                  "insert into pathway (kind, person_id, lead_username, lead_name, lead_agency,"
                      + " key_date, starts_on, status, created_at, created_by) values"
                      + " ('PRISON_RELEASE', ?1, 'probation.w1', 'P W1', 'probation',"
                      + " current_date, current_date, 'ACTIVE', now(), 'test')",
                  person);
        });
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  @Test
  void everyCountEqualsItsListAfterEveryStepOfAWalk() throws Exception {
    for (int step = 0; step < 400; step++) {
      int what = random.nextInt(12);
      db.write(() -> act(what));
      if (random.nextInt(3) == 0) {
        background(Counters::markOverdue);
      }
      if (random.nextInt(4) == 0) {
        background(Counters::fold);
      }
      for (String agency : AGENCIES) {
        for (String worker : List.of(agency + ".w1", agency + ".w2")) {
          for (boolean lead : List.of(false, true)) {
            assertThat(counts(agency, worker, lead))
                .as("step %d (%d) for %s%s", step, what, worker, lead ? " as lead" : "")
                .isEqualTo(listed(agency, worker, lead));
          }
        }
      }
    }
    assertThat(referrals.size()).isGreaterThan(50);
    List<Counters.Drift> none = counting(Counters::recount);
    assertThat(none).isEmpty();
  }

  @Test
  void theRecountReportsAndCorrectsACounterThatDrifted() throws Exception {
    db.write(() -> act(0));
    db.write(() -> act(0));
    background(Counters::fold);
    long before = counts("housing", "housing.w1", false)[1];
    // A change that reached the rows without the counters (triggers off, as a careless bulk load).
    db.write(
        () -> {
          Sql.update(db.em, "set local session_replication_role = replica");
          insertReferral("health", "housing", "SENT", null, false);
          Sql.update(db.em, "set local session_replication_role = origin");
        });
    assertThat(counts("housing", "housing.w1", false)[1]).isEqualTo(before);

    List<Counters.Drift> drift = counting(Counters::recount);

    assertThat(drift)
        .contains(
            new Counters.Drift("housing", "", "UNASSIGNED", 1),
            new Counters.Drift("housing", "", "WAITING", 1));
    assertThat(counts("housing", "housing.w1", false))
        .isEqualTo(listed("housing", "housing.w1", false));
    List<Counters.Drift> after = counting(Counters::recount);
    assertThat(after).isEmpty();
  }

  private void act(int what) {
    switch (what) {
      case 0, 1, 2 -> {
        String from = pick(AGENCIES);
        String to = pick(AGENCIES.stream().filter(a -> !a.equals(from)).toList());
        referrals.add(
            insertReferral(
                from,
                to,
                pick(STATUSES),
                random.nextBoolean() ? null : worker(to),
                random.nextBoolean()));
      }
      case 3 -> set("status", pick(STATUSES));
      case 4 -> {
        Long r = any(referrals);
        if (r != null) {
          String to =
              (String)
                  Sql.query(db.em, "select to_agency from referral where id = ?1", r)
                      .getSingleResult();
          db.set(r, "assignee", random.nextBoolean() ? null : worker(to));
        }
      }
      case 5 -> set("acknowledge_due_at", moment());
      case 6 -> set("decide_due_at", moment());
      case 7 -> set("last_activity_at", Instant.now().minus(Duration.ofDays(random.nextInt(20))));
      case 8 -> {
        String agency = pick(AGENCIES);
        notices.add(
            Sql.insert(
                db.em,
                "insert into notice (agency, person_id, kind, message, created_at, created_by,"
                    + " to_username, to_team_leads) values (?1, ?2, 'REFERRAL', 'm', now(), 't',"
                    + " ?3, ?4)",
                agency,
                person,
                random.nextBoolean() ? null : worker(agency),
                random.nextBoolean()));
      }
      case 9 -> {
        Long n = any(notices);
        if (n != null) {
          Sql.update(
              db.em,
              random.nextBoolean()
                  ? "update notice set read_at = null, read_by = null where id = ?1"
                  : "update notice set read_at = now(), read_by = 't' where id = ?1",
              n);
        }
      }
      case 10 -> {
        Long s = any(steps);
        if (s == null || random.nextBoolean()) {
          steps.add(
              Sql.insert(
                  db.em,
                  "insert into pathway_step (pathway_id, step_key, title, agency, due_on, status)"
                      + " values (?1, ?2, 't', ?3, current_date, ?4)",
                  pathway,
                  "s" + steps.size(),
                  pick(AGENCIES),
                  pick(List.of("WAITING", "OPEN", "IN_PLACE"))));
        } else {
          Sql.update(
              db.em,
              "update pathway_step set status = ?1, agency = ?2 where id = ?3",
              pick(List.of("WAITING", "OPEN", "IN_PLACE")),
              pick(AGENCIES),
              s);
        }
      }
      default ->
          Sql.update(
              db.em,
              "update response_target set inactivity_days = ?1 where urgency = 'ROUTINE'",
              1 + random.nextInt(15));
    }
  }

  private long insertReferral(
      String from, String to, String status, String assignee, boolean late) {
    Instant now = Instant.now();
    return Sql.insert(
        db.em,
        "insert into referral (person_id, service_id, from_agency, to_agency, urgency, reason,"
            + " status, sent_at, sent_by, status_changed_at, status_changed_by, created_at,"
            + " last_activity_at, decline_code, decline_reason, outcome, assignee,"
            + " acknowledge_due_at, decide_due_at) values (?1, ?2, ?3, ?4, 'ROUTINE', 'test', ?5,"
            + " ?6, ?7, ?6, 'sender', ?6, ?6, 'NO_CAPACITY', 'Full', 'Done', ?8, ?9, ?10)",
        person,
        db.service(to),
        from,
        to,
        status,
        now,
        worker(from),
        assignee,
        late ? now.minus(Duration.ofHours(1)) : moment(),
        moment());
  }

  /** A deadline a little in the past, or one a second or two ahead (so the sweep has work). */
  private Instant moment() {
    return Instant.now().plusMillis(random.nextInt(4000) - 2000);
  }

  private void set(String column, Object value) {
    Long r = any(referrals);
    if (r != null) {
      db.set(r, column, value);
    }
  }

  private String worker(String agency) {
    return agency + (random.nextBoolean() ? ".w1" : ".w2");
  }

  private <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  private Long any(List<Long> ids) {
    return ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
  }

  private static long[] counts(String agency, String worker, boolean lead) {
    WorkCounts c = counting.of(caller(agency, worker, lead));
    return new long[] {
      c.getMine(),
      c.getUnassigned(),
      c.getAwaitingAcceptance(),
      c.getOverdue(),
      c.getSteps(),
      c.getUnread()
    };
  }

  /** The same numbers counted with the conditions of the lists on My work and in the inbox. */
  private static long[] listed(String agency, String worker, boolean lead) {
    return new long[] {
      count("select count(*) from referral r where " + WorkQueues.MINE, agency, worker),
      count("select count(*) from referral r where " + WorkQueues.UNASSIGNED, agency),
      count("select count(*) from referral r where " + WorkQueues.AWAITING, agency, worker),
      count("select count(*) from referral r where " + WorkQueues.OVERDUE, agency),
      count(
          "select count(*) from pathway_step s where s.agency = ?1 and s.status <> 'IN_PLACE'",
          agency),
      count("select count(*) from notice n where " + TellUsOnce.FOR_CALLER, agency, worker, lead)
    };
  }

  private static long count(String sql, Object... params) {
    return ((Number) Sql.query(db.em, sql, params).getSingleResult()).longValue();
  }

  private static Caller caller(String agency, String worker, boolean lead) {
    return Caller.fromGroups(
        worker,
        worker,
        agency,
        lead ? Set.of(Roles.FRONTLINE_WORKER, Roles.TEAM_LEAD) : Set.of(Roles.FRONTLINE_WORKER));
  }

  interface Step<T> {
    T on(Connection db) throws SQLException;
  }

  /** A background step on its own connection, committed, as the platform's timer runs it. */
  private static <T> T counting(Step<T> step) throws SQLException {
    try (Connection c = db.connection()) {
      return step.on(c);
    }
  }

  private static void background(Step<?> step) throws SQLException {
    counting(step);
  }
}

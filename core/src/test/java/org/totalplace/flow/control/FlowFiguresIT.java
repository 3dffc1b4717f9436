package org.totalplace.flow.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.totalplace.flow.entity.FlowReport;
import org.totalplace.flow.entity.Handoffs;
import org.totalplace.flow.entity.Period;
import org.totalplace.platform.control.Sql;

/**
 * The flow figures on a small hand-made set of referrals whose answers are worked out by hand:
 * medians and 90th percentiles, declines, bounces and time with nobody working a referral.
 */
class FlowFiguresIT {

  /** A Monday in February: no clock change in the period. */
  static final Instant MONDAY = Instant.parse("2026-02-02T09:00:00Z");

  static final Period FEBRUARY = new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));

  static HandMadeReferrals db;
  static FlowReport report;
  static long sentBack;
  static long reroutedOnce;
  static long reroutedTwice;
  static long handedBack;

  @BeforeAll
  static void referrals() throws Exception {
    db = new HandMadeReferrals();
    db.write(
        () -> {
          // Probation to housing: acknowledged after 1, 2, 3 and 10 hours; three accepted after
          // 4, 8 and 12 hours; the fourth declined. Medians 2.5 h and 8 h; 90th percentiles
          // 3 + 0.7 x 7 = 7.9 h and 8 + 0.8 x 4 = 11.2 h.
          int[] acknowledged = {1, 2, 3, 10};
          int[] accepted = {4, 8, 12};
          for (int i = 0; i < 4; i++) {
            long person = db.person("Pat" + i, "Flow");
            long r =
                db.sent(
                    person,
                    "probation",
                    "housing",
                    "URGENT",
                    i < 3 ? "IN_PROGRESS" : "DECLINED",
                    MONDAY.plus(Duration.ofHours(i)));
            db.set(r, "received_at", MONDAY.plus(Duration.ofHours(i + acknowledged[i])));
            if (i < 3) {
              db.set(r, "accepted_at", MONDAY.plus(Duration.ofHours(i + accepted[i])));
              db.set(r, "started_at", MONDAY.plus(Duration.ofHours(i + 24)));
              db.set(r, "assignee", "hana");
            }
          }
          // A bounce back: housing sends Kim to probation, probation sends her back a week later.
          long kim = db.person("Kim", "Bounce");
          db.sent(kim, "housing", "probation", "ROUTINE", "COMPLETED", MONDAY);
          sentBack =
              db.sent(
                  kim, "probation", "housing", "ROUTINE", "SENT", MONDAY.plus(Duration.ofDays(7)));
          // Re-routed twice: the second re-route is a bounce, the first is not.
          long lee = db.person("Lee", "Reroute");
          long first = db.sent(lee, "jobcentre", "health", "ROUTINE", "DECLINED", MONDAY);
          reroutedOnce = reroute(lee, first, "drug-alcohol", "DECLINED");
          reroutedTwice = reroute(lee, reroutedOnce, "voluntary", "SENT");
          // Time with nobody on it: 3 hours before it is taken on, then 1 hour after a hand-back.
          long ann = db.person("Ann", "Waiting");
          handedBack = db.sent(ann, "health", "voluntary", "ROUTINE", "SENT", MONDAY);
          move(handedBack, "worker", "RECEIVED", MONDAY.plus(Duration.ofHours(3)));
          move(handedBack, null, "RECEIVED", MONDAY.plus(Duration.ofHours(5)));
          move(handedBack, "other", "RECEIVED", MONDAY.plus(Duration.ofHours(6)));
          // Outside the period: not counted.
          db.sent(
              db.person("Old", "Case"),
              "probation",
              "housing",
              "URGENT",
              "SENT",
              Instant.parse("2026-01-15T09:00:00Z"));
        });
    FlowQueries queries = new FlowQueries();
    queries.em = db.em;
    report = queries.compute(FEBRUARY, Instant.parse("2026-03-01T00:00:00Z"));
  }

  private static long reroute(long person, long declined, String to, String status) {
    long r = db.sent(person, "jobcentre", to, "ROUTINE", status, MONDAY.plus(Duration.ofDays(1)));
    db.set(r, "rerouted_from", declined);
    // The bounce is judged when the referral is sent, as the lifecycle does: draft, then send.
    db.set(r, "status", "DRAFT");
    Sql.update(db.em, "update referral set sent_at = null where id = ?1", r);
    Sql.update(
        db.em,
        "update referral set status = ?1, sent_at = ?2 where id = ?3",
        status,
        MONDAY.plus(Duration.ofDays(1)),
        r);
    return r;
  }

  private static void move(long referral, String assignee, String status, Instant at) {
    Sql.update(
        db.em,
        "update referral set assignee = ?1, status = ?2, last_activity_at = ?3 where id = ?4",
        assignee,
        status,
        at,
        referral);
  }

  @AfterAll
  static void stop() throws Exception {
    db.close();
  }

  private static Handoffs pair(String from, String to) {
    return report.pairs().stream()
        .filter(h -> h.getFromAgency().equals(from) && h.getToAgency().equals(to))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void mediansAndNinetiethPercentilesAreExact() {
    Handoffs handoffs = pair("probation", "housing");
    assertThat(handoffs.getSent()).isEqualTo(5); // four hand-made and the one sent back
    assertThat(handoffs.getAcknowledged().getCount()).isEqualTo(4);
    assertThat(handoffs.getAcknowledged().getMedian()).isEqualTo(2.5);
    assertThat(handoffs.getAcknowledged().getP90()).isEqualTo(7.9);
    assertThat(handoffs.getAccepted().getCount()).isEqualTo(3);
    assertThat(handoffs.getAccepted().getMedian()).isEqualTo(8.0);
    assertThat(handoffs.getAccepted().getP90()).isEqualTo(11.2);
    assertThat(handoffs.getFirstContact().getMedian()).isEqualTo(24.0);
    assertThat(handoffs.getDeclined()).isEqualTo(1);
  }

  @Test
  void declinesAreCountedByReason() {
    assertThat(report.declines())
        .anySatisfy(
            d -> {
              assertThat(d.fromAgency()).isEqualTo("probation");
              assertThat(d.reason()).isEqualTo("NO_CAPACITY");
              assertThat(d.count()).isEqualTo(1);
            });
  }

  @Test
  void aReferralSentBackAndASecondRerouteAreBounces() {
    assertThat(bounce(sentBack)).isEqualTo("SENT_BACK");
    assertThat(bounce(reroutedOnce)).isNull();
    assertThat(bounce(reroutedTwice)).isEqualTo("REROUTED_AGAIN");
    assertThat(pair("probation", "housing").getBounced()).isEqualTo(1);
    assertThat(pair("jobcentre", "voluntary").getBounced()).isEqualTo(1);
    assertThat(pair("jobcentre", "drug-alcohol").getBounced()).isZero();
  }

  @Test
  void timeWithNobodyOnAReferralAddsUpAcrossHandBacks() {
    Object minutes =
        Sql.query(db.em, "select unowned_minutes from referral where id = ?1", handedBack)
            .getSingleResult();
    assertThat(((Number) minutes).intValue()).isEqualTo(4 * 60);
    assertThat(pair("health", "voluntary").getUnowned().getMedian()).isEqualTo(4.0);
  }

  @Test
  void theWeekTrendCountsThePlaceAndEachAgency() {
    var place =
        report.weeks().stream()
            .filter(w -> w.fromAgency() == null && w.toAgency() == null)
            .filter(w -> w.week().equals(LocalDate.of(2026, 2, 2)))
            .findFirst()
            .orElseThrow();
    assertThat(place.sent()).isEqualTo(9); // Kim's return is in the next week
    var housing =
        report.weeks().stream()
            .filter(w -> "housing".equals(w.toAgency()) && w.week().equals(place.week()))
            .findFirst()
            .orElseThrow();
    assertThat(housing.sent()).isEqualTo(4);
    assertThat(housing.medianAcknowledgeHours()).isEqualTo(2.5);
  }

  private static String bounce(long referral) {
    return Sql.text(
        Sql.query(db.em, "select bounce from referral where id = ?1", referral).getSingleResult());
  }
}

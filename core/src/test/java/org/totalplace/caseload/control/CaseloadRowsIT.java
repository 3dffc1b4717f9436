package org.totalplace.caseload.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.totalplace.caseload.entity.CaseItem;
import org.totalplace.caseload.entity.WorkerLoad;
import org.totalplace.flow.control.HandMadeReferrals;
import org.totalplace.platform.control.Sql;

/**
 * Weighted workload on a hand-made team whose answers are worked out by hand, with the default
 * measure (referrals 3, 2 and 1 points by risk; a prison release led at high risk 8, leaving care
 * at medium 5; 40 points for 37 hours).
 */
class CaseloadRowsIT {

  // The present: whether a referral is overdue is stored against the database clock (V14).
  static final Instant NOW = Instant.now();

  static final LocalDate TODAY = LocalDate.ofInstant(NOW, java.time.ZoneId.of("Europe/London"));

  static HandMadeReferrals db;
  static CaseloadRows rows;

  @BeforeAll
  static void team() throws Exception {
    db = new HandMadeReferrals();
    db.write(
        () -> {
          staff("hana", "Hana Reid", 37, true);
          staff("ian", "Ian Lowe", 18.5, true);
          staff("gone", "Gail Left", 37, false);
          // Hana: red, amber and green referrals (3 + 2 + 1) and a high-risk prison release (8):
          // 14 of 40 points, 35%. The red one is past its time to decide; the green one has been
          // quiet for 12 days (over its 10); the amber one must be decided within two hours.
          long red = held("hana", "EMERGENCY", "RECEIVED");
          db.set(red, "decide_due_at", NOW.minus(Duration.ofHours(1)));
          long amber = held("hana", "URGENT", "RECEIVED");
          db.set(amber, "decide_due_at", NOW.plus(Duration.ofHours(2)));
          long green = held("hana", "ROUTINE", "IN_PROGRESS");
          db.set(green, "last_activity_at", NOW.minus(Duration.ofDays(12)));
          long pathway = pathway("hana", "PRISON_RELEASE", "HIGH");
          step(pathway, TODAY.minusDays(1)); // yesterday: overdue
          // Ian, half time (20 points): three amber referrals (6) and a leaving-care plan (5):
          // 11 of 20, 55%.
          for (int i = 0; i < 3; i++) {
            held("ian", "URGENT", "ACCEPTED");
          }
          step(pathway("ian", "LEAVING_CARE", "MEDIUM"), TODAY.plusDays(4)); // due soon
          // Nobody's: one never taken on, one with a worker who has left, and a plan she led.
          held(null, "ROUTINE", "SENT");
          held("gone", "URGENT", "ACCEPTED");
          pathway("gone", "HOSPITAL_DISCHARGE", "LOW");
          // Closed work and other agencies' work weigh nothing here.
          held("hana", "EMERGENCY", "COMPLETED");
          long elsewhere =
              db.sent(db.person("Else", "Where"), "housing", "health", "URGENT", "ACCEPTED", NOW);
          db.set(elsewhere, "assignee", "hana");
        });
    rows = new CaseloadRows();
    rows.em = db.em;
  }

  @AfterAll
  static void stop() throws Exception {
    db.close();
  }

  @Test
  void eachWorkersPointsAndShareOfCapacity() {
    List<WorkerLoad> team = rows.team("housing", NOW);
    assertThat(team).extracting(WorkerLoad::getUsername).containsExactly("hana", "ian");
    WorkerLoad hana = team.get(0);
    assertThat(hana.getReferrals()).isEqualTo(3);
    assertThat(hana.getPathways()).isEqualTo(1);
    assertThat(hana.getPoints()).isEqualByComparingTo("14");
    assertThat(hana.getCapacity()).isEqualByComparingTo("40");
    assertThat(hana.getPercent()).isEqualTo(35);
    assertThat(hana.getOverdue()).isEqualTo(3); // red past due, green quiet, plan step late
    assertThat(hana.getDueSoon()).isEqualTo(1);
    WorkerLoad ian = team.get(1);
    assertThat(ian.getPoints()).isEqualByComparingTo("11");
    assertThat(ian.getCapacity()).isEqualByComparingTo("20");
    assertThat(ian.getPercent()).isEqualTo(55);
    assertThat(ian.getOverdue()).isZero();
    assertThat(ian.getDueSoon()).isEqualTo(1);
  }

  /**
   * Every view reads open referrals from the open-work index alone, never from the table of all
   * referrals; a column added to the figures but not to the index fails here. Scans of the table
   * are priced out so the planner shows what the index can do at any size.
   */
  @Test
  void everyViewReadsOpenReferralsFromTheIndexAlone() {
    String unallocated =
        CaseloadRows.weighed(CaseloadRows.NOBODY_HOLDS_REFERRAL, CaseloadRows.NOBODY_LEADS_PATHWAY);
    String heldBy = CaseloadRows.weighed("r.assignee = ?6", "pw.lead_username = ?6");
    for (String sql :
        List.of(CaseloadRows.TEAM, CaseloadRows.named(unallocated), CaseloadRows.named(heldBy))) {
      List<String> readsOfReferrals =
          plan(sql).lines().filter(line -> line.contains(" on referral r ")).toList();
      assertThat(readsOfReferrals)
          .isNotEmpty()
          .allSatisfy(
              line -> assertThat(line).contains("Index Only Scan using referral_open_work"));
    }
  }

  private static String plan(String sql) {
    Object[] params = CaseloadRows.params("housing", NOW);
    Object[] withWorker = java.util.Arrays.copyOf(params, params.length + 1);
    withWorker[params.length] = "hana";
    StringBuilder plan = new StringBuilder();
    db.write(
        () -> {
          Sql.update(db.em, "set local enable_seqscan = off");
          Sql.update(db.em, "set local enable_bitmapscan = off");
          for (Object line :
              Sql.query(db.em, "explain " + sql, sql.contains("?6") ? withWorker : params)
                  .getResultList()) {
            plan.append(line).append('\n');
          }
        });
    return plan.toString();
  }

  @Test
  void theTeamsSignatureChangesWithItsPeopleAndWeights() {
    String before = rows.teamSignature("housing");
    assertThat(before).contains("hana:37", "ian:18.5").doesNotContain("gone");
    db.write(
        () ->
            Sql.update(
                db.em,
                "update workload_weight set points = points + 1 where agency = 'housing' and"
                    + " case_type = 'REFERRAL' and risk_tier = 'LOW'"));
    try {
      assertThat(rows.teamSignature("housing")).isNotEqualTo(before);
    } finally {
      db.write(
          () ->
              Sql.update(
                  db.em,
                  "update workload_weight set points = points - 1 where agency = 'housing' and"
                      + " case_type = 'REFERRAL' and risk_tier = 'LOW'"));
    }
    assertThat(rows.teamSignature("housing")).isEqualTo(before);
  }

  @Test
  void anAdminsWeightsChangeThePercentages() {
    db.write(
        () ->
            Sql.update(
                db.em,
                "update workload_weight set points = 10 where agency = 'housing' and case_type ="
                    + " 'PRISON_RELEASE' and risk_tier = 'HIGH'"));
    try {
      assertThat(rows.team("housing", NOW).get(0).getPercent()).isEqualTo(40); // 16 of 40
    } finally {
      db.write(
          () ->
              Sql.update(
                  db.em,
                  "update workload_weight set points = 8 where agency = 'housing' and case_type ="
                      + " 'PRISON_RELEASE' and risk_tier = 'HIGH'"));
    }
  }

  @Test
  void oneWorkersListNamesEachItemWithItsPoints() {
    List<CaseItem> items = rows.heldBy("housing", "hana", NOW);
    assertThat(items).hasSize(4);
    assertThat(items.get(0).isOverdue()).isTrue();
    assertThat(items)
        .extracting(CaseItem::getPoints)
        .map(BigDecimal::intValue)
        .containsExactlyInAnyOrder(3, 2, 1, 8);
  }

  @Test
  void workNobodyActiveHoldsIsUnallocated() {
    List<CaseItem> items = rows.unallocated("housing", NOW);
    assertThat(items).hasSize(3);
    assertThat(items).filteredOn(i -> i.getHolder() == null).hasSize(1);
    assertThat(items).filteredOn(i -> "gone".equals(i.getHolder())).hasSize(2);
  }

  private static void staff(String username, String name, double hours, boolean active) {
    Sql.update(
        db.em,
        "insert into staff (username, display_name, agency, active, contracted_hours) values"
            + " (?1, ?2, 'housing', ?3, ?4)",
        username,
        name,
        active,
        BigDecimal.valueOf(hours));
  }

  private static long held(String worker, String urgency, String status) {
    long r =
        db.sent(
            db.person("For", worker == null ? "Nobody" : worker),
            "probation",
            "housing",
            urgency,
            status,
            NOW.minus(Duration.ofDays(1)));
    db.set(r, "assignee", worker);
    db.set(r, "assignee_name", worker);
    return r;
  }

  private static long pathway(String lead, String kind, String tier) {
    return Sql.insert(
        db.em,
        "insert into pathway (kind, person_id, lead_username, lead_name, lead_agency, key_date,"
            + " starts_on, status, created_at, created_by, risk_tier) values (?1, ?2, ?3, ?3,"
            + " 'housing', ?4, ?4, 'ACTIVE', ?5, ?3, ?6)",
        kind,
        db.person("Led", lead),
        lead,
        LocalDate.of(2026, 3, 1),
        NOW,
        tier);
  }

  private static void step(long pathway, LocalDate due) {
    Sql.update(
        db.em,
        "insert into pathway_step (pathway_id, step_key, title, agency, due_on, status) values"
            + " (?1, 'accommodation', 'Somewhere to live', 'housing', ?2, 'OPEN')",
        pathway,
        due);
  }
}

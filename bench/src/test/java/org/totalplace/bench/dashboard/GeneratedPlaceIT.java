package org.totalplace.bench.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.totalplace.audit.control.ChainVerifier;
import org.totalplace.audit.entity.ChainCheck;
import org.totalplace.bench.postgres.BenchDatabase;
import org.totalplace.counts.control.Counters;
import org.totalplace.generator.place.PlaceLoader;

/** A small generated place, loaded into embedded PostgreSQL with the platform's own schema. */
class GeneratedPlaceIT {

  static BenchDatabase database;
  static Connection db;

  @BeforeAll
  static void load() throws Exception {
    database = BenchDatabase.embedded(Path.of("target/it-place-pg"));
    database.migrate();
    db = database.connect();
    var progress = new ByteArrayOutputStream();
    new PlaceLoader(
            7,
            3_000,
            6_000,
            60,
            5,
            Instant.parse("2026-11-24T09:00:00Z"),
            new PrintStream(progress, true, StandardCharsets.UTF_8))
        .load(db);
    try (Statement sql = db.createStatement()) {
      sql.execute("set search_path = totalplace");
    }
  }

  @AfterAll
  static void stop() throws Exception {
    db.close();
    database.close();
  }

  @Test
  void theChronologyHoldsEveryKindInEverySensitivityCategory() throws SQLException {
    assertThat(column("select distinct sensitivity from entry order by 1"))
        .containsExactly(
            "CRIMINAL_JUSTICE",
            "GENERAL",
            "HEALTH",
            "MENTAL_HEALTH",
            "SAFEGUARDING",
            "SEXUAL_HEALTH",
            "SUBSTANCE_MISUSE");
    assertThat(column("select distinct kind from entry order by 1"))
        .containsExactly("ALERT", "ASSESSMENT", "CHANGE", "NEED", "NOTE", "REFERRAL", "RISK");
  }

  @Test
  void consentsAreGivenRefusedAndWithdrawnBesideTheOtherLawfulBases() throws SQLException {
    assertThat(column("select distinct coalesce(consent, basis) from sharing_basis order by 1"))
        .containsExactly(
            "GIVEN", "LEGAL_OBLIGATION", "PUBLIC_TASK", "REFUSED", "SAFEGUARDING", "WITHDRAWN");
    assertThat(
            number(
                "select count(*) from sharing_basis where consent = 'WITHDRAWN' and"
                    + " withdrawn_at is null"))
        .isZero();
  }

  @Test
  void peopleHaveAddressesHouseholdsAndAgenciesWorkingWithThemNow() throws SQLException {
    assertThat(number("select count(distinct person_id) from address where moved_out is null"))
        .isGreaterThan(2_000);
    assertThat(number("select count(*) from address where moved_out is not null")).isPositive();
    assertThat(number("select count(*) from relationship where kind = 'PARTNER'")).isPositive();
    assertThat(
            number(
                "select count(*) from relationship r where not exists (select 1 from relationship"
                    + " b where b.person_id = r.related_person_id and b.related_person_id ="
                    + " r.person_id and b.kind = r.kind)"))
        .as("every relationship is recorded from both sides")
        .isZero();
    assertThat(number("select count(*) from involvement where ended_on is null"))
        .isGreaterThan(1_000);
    assertThat(
            number(
                "select count(*) from person p where exists (select 1 from involvement i where"
                    + " i.person_id = p.id and i.agency = 'housing' and i.ended_on is null) and"
                    + " exists (select 1 from sharing_basis b where b.person_id = p.id and b.agency"
                    + " = 'drug-alcohol' and b.consent = 'GIVEN' and b.withdrawn_at is null)"))
        .as("people housing works with who may be referred to drug and alcohol services")
        .isPositive();
  }

  @Test
  void theAuditTrailIsOneUnbrokenChainAsThePlatformChecksIt() throws SQLException {
    ChainCheck check = ChainVerifier.verify(db);
    assertThat(check.isIntact()).as(check.getProblem()).isTrue();
    assertThat(check.getChecked()).isGreaterThan(3_000);
    assertThat(check.getWaiting()).isZero();
  }

  @Test
  void theWorkCountsAgreeWithTheGeneratedRowsAndOverdueIsMarked() throws SQLException {
    assertThat(Counters.recount(db)).isEmpty();
    assertThat(number("select count(*) from referral where overdue")).isPositive();
    assertThat(
            number(
                "select count(*) from referral where status in ('SENT', 'RECEIVED', 'ACCEPTED',"
                    + " 'IN_PROGRESS') and overdue_from is null"))
        .isZero();
  }

  private static List<String> column(String query) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement sql = db.createStatement();
        ResultSet rows = sql.executeQuery(query)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  private static long number(String query) throws SQLException {
    try (Statement sql = db.createStatement();
        ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}

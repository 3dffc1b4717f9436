package org.totalplace.generator.place;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.totalplace.referral.entity.ReferralStatus;

/**
 * The demo's generated place, loaded as the launcher loads it: into an empty, unmigrated database.
 */
class DemoPlaceIT {

  static EmbeddedPostgres postgres;
  static String url;
  static long firstLoad;

  @BeforeAll
  static void loadOnce() throws Exception {
    postgres = EmbeddedPostgres.builder().setCleanDataDirectory(true).start();
    url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    firstLoad = DemoPlace.loadIfEmpty(url, "postgres", "", quiet());
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @Test
  void theDemoGetsItsPeopleWithFiveYearsOfFinishedReferrals() throws SQLException {
    assertThat(firstLoad).isEqualTo(DemoPlace.PEOPLE);
    assertThat(number("select count(*) from person")).isEqualTo(DemoPlace.PEOPLE);
    assertThat(number("select count(*) from referral"))
        .isBetween(DemoPlace.REFERRALS * 9 / 10, DemoPlace.REFERRALS);
    assertThat(
            number(
                "select count(distinct extract(year from sent_at)) from referral where sent_at"
                    + " < now() - interval '4 years'"))
        .isPositive();
    assertThat(number("select count(*) from entry")).isPositive();
    assertThat(number("select count(*) from sharing_basis")).isPositive();
  }

  @Test
  void noGeneratedReferralIsLeftOpenWithoutAProcessToMoveItOn() throws SQLException {
    for (String status : column("select distinct status from referral")) {
      assertThat(ReferralStatus.valueOf(status).isFinished()).as(status).isTrue();
    }
    assertThat(number("select count(*) from referral where process_instance_id is not null"))
        .isZero();
    // The demo's generated pathways are history: all closed, none waiting on a process.
    assertThat(number("select count(*) from pathway")).isEqualTo(DemoPlace.PATHWAYS);
    assertThat(number("select count(*) from pathway where status <> 'CLOSED'")).isZero();
    assertThat(number("select count(*) from pathway_step where status <> 'IN_PLACE'")).isZero();
  }

  @Test
  void pastReleasesHaveTheCustodyAroundThemAndStepsAsTheModelsNameThem() throws SQLException {
    assertThat(
            number(
                "select count(*) from pathway p where kind = 'PRISON_RELEASE' and not exists"
                    + " (select 1 from custody_spell c where c.person_id = p.person_id and"
                    + " c.status = 'SENTENCED' and c.ended_at::date = p.key_date)"))
        .isZero();
    assertThat(
            column(
                "select distinct step_key from pathway_step s join pathway p on p.id ="
                    + " s.pathway_id where p.kind = 'PRISON_RELEASE' order by 1"))
        .containsExactly("accommodation", "benefits", "gpRegistration", "supervision", "treatment");
    // Some plans had a step done late, some had every step on time: both sides of the comparison.
    assertThat(
            number(
                "select count(*) from pathway p where kind = 'PRISON_RELEASE' and exists (select 1"
                    + " from pathway_step s where s.pathway_id = p.id and s.done_at::date >"
                    + " s.due_on)"))
        .isBetween(20L, 180L);
  }

  @Test
  void thePlaceIsRecordedAsTheDemosSoItsPeopleAreKnownNotToBeReal() throws SQLException {
    assertThat(column("select purpose || ' ' || people || ' ' || seed from generated_place"))
        .containsExactly("DEMO " + DemoPlace.PEOPLE + " " + DemoPlace.SEED);
    assertThat(number("select referrals from generated_place"))
        .isEqualTo(number("select count(*) from referral"));
  }

  @Test
  void aSecondStartKeepsThePlaceAsItIs() throws SQLException {
    long referrals = number("select count(*) from referral");
    assertThat(DemoPlace.loadIfEmpty(url, "postgres", "", quiet())).isZero();
    assertThat(number("select count(*) from person")).isEqualTo(DemoPlace.PEOPLE);
    assertThat(number("select count(*) from referral")).isEqualTo(referrals);
    assertThat(number("select count(*) from generated_place")).isEqualTo(1);
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }

  private static long number(String sql) throws SQLException {
    try (Connection db = connect();
        Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static List<String> column(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection db = connect();
        Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  private static Connection connect() throws SQLException {
    Connection db = DriverManager.getConnection(url, "postgres", "");
    try (Statement sql = db.createStatement()) {
      sql.execute("set search_path = totalplace");
    }
    return db;
  }
}

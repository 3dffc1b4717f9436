package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.totalplace.launcher.Launcher;
import org.totalplace.operations.control.ConsistencyCheck;
import org.totalplace.operations.control.ConsistencyCheck.Finding;

/**
 * {@code ./totalplace check} on the test platform's database: it holds after the real work of the
 * suite, and it names what breaks when a referral loses its process or a timer is left unfired
 * (made so inside a transaction that is rolled back, so nothing is changed for other tests).
 */
@ExtendWith(Platform.class)
class ConsistencyCheckIT {

  @Test
  void theCheckHoldsOnThePlatformsDatabaseAndSaysSo() {
    Api housing = Api.as("housing-system");
    long person = ReferralApiIT.createPerson(housing, "Connie", "Check" + ReferralApiIT.suffix());
    ReferralApiIT.refer(housing, person, "drug-alcohol", "URGENT");

    assertThat(assertWholeDatabaseConsistent())
        .contains("ok      every sent referral has its process", "ok      the audit chain verifies")
        .endsWith("Consistent." + System.lineSeparator());
  }

  /** {@code ./totalplace check} on the test platform's whole database; answers what it printed. */
  static String assertWholeDatabaseConsistent() {
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    int exit =
        Launcher.check(
            Platform.stack().jdbcUrl(),
            Platform.stack().dbUser(),
            Platform.stack().dbPassword(),
            new PrintStream(report, true, StandardCharsets.UTF_8));
    String printed = report.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(printed).isZero();
    return printed;
  }

  @Test
  void aReferralWithoutItsProcessAndATimerLeftUnfiredAreNamed() throws Exception {
    Api housing = Api.as("housing-system");
    long person = ReferralApiIT.createPerson(housing, "Brock", "Broken" + ReferralApiIT.suffix());
    long referral = ReferralApiIT.refer(housing, person, "drug-alcohol", "URGENT");
    try (Connection db = Platform.database()) {
      db.setAutoCommit(false);
      try (Statement sql = db.createStatement()) {
        sql.executeUpdate(
            "update totalplace.referral set process_instance_id = 'lost' where id = " + referral);
        sql.executeUpdate(
            "update act_ru_timer_job set duedate_ = now() - interval '1 hour' where id_ ="
                + " (select min(id_) from act_ru_timer_job)");
        List<Finding> findings = ConsistencyCheck.run(db);
        assertThat(broken(findings))
            .contains(
                "every sent referral has its process",
                "every open referral waits at the step its state says",
                "no timer left unfired")
            .doesNotContain("the audit chain verifies");
      } finally {
        db.rollback();
      }
      assertThat(broken(ConsistencyCheck.run(db))).isEmpty();
    }
  }

  private static List<String> broken(List<Finding> findings) {
    return findings.stream().filter(f -> !f.holds()).map(Finding::rule).toList();
  }
}

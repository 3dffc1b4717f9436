package org.totalplace.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A timer set before the server stops fires after it starts again: timers live in the database. */
class TimersSurviveRestartIT {

  static final Instant SENT = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void aWarningDueWhileTheServerWasDownFiresAfterTheRestart() throws Exception {
    EmbeddedPostgres postgres = ProcessTestEngine.postgres();
    try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
      connection.createStatement().execute("create database restart");
    }

    String referral;
    try (ProcessTestEngine before = new ProcessTestEngine("restart", "beforeRestart")) {
      before.deployAll();
      before.setClock(SENT);
      var runtime = before.engine.getRuntimeService();
      referral =
          runtime
              .startProcessInstanceByKey(
                  "referral",
                  Map.of(
                      "referralId", 9L,
                      "sendingAgency", "police",
                      "receivingAgency", "housing",
                      "sender", "sam"))
              .getId();
      var tasks = before.engine.getTaskService();
      tasks.complete(
          tasks.createTaskQuery().processInstanceId(referral).singleResult().getId(),
          Map.of(
              "acknowledgeWarnAt", at(Duration.ofHours(20)),
              "acknowledgeDueAt", at(Duration.ofDays(1)),
              "acknowledgeEscalateAt", at(Duration.ofDays(2))));
      assertThat(before.pendingTimers(referral)).hasSize(3);
    }

    try (ProcessTestEngine after = new ProcessTestEngine("restart", "afterRestart")) {
      after.setClock(SENT.plus(Duration.ofHours(21)));
      assertThat(after.fireDueTimers(referral)).containsExactly("acknowledgeWarning");
      assertThat(after.referralClocks.calls.of(referral)).containsExactly("warn acknowledge");
      assertThat(after.pendingTimers(referral))
          .containsExactly("acknowledgeOverdue", "acknowledgeEscalation");
    }
  }

  private static Date at(Duration afterSending) {
    return Date.from(SENT.plus(afterSending));
  }
}

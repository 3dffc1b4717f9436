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
              "acknowledgeClocks",
              StepClock.moments(
                  at(Duration.ofHours(20)), at(Duration.ofDays(1)), at(Duration.ofDays(2)))));
      assertThat(before.pendingTimers(referral)).containsExactly("acknowledgeClock");
    }

    try (ProcessTestEngine after = new ProcessTestEngine("restart", "afterRestart")) {
      after.setClock(SENT.plus(Duration.ofHours(21)));
      assertThat(after.fireDueTimers(referral)).containsExactly("acknowledgeClock");
      assertThat(after.referralClocks.calls.of(referral)).containsExactly("warn acknowledge");
      assertThat(
              after
                  .engine
                  .getManagementService()
                  .createTimerJobQuery()
                  .processInstanceId(referral)
                  .singleResult()
                  .getDuedate())
          .as("the same timer, moved on to the due time")
          .isEqualTo(Date.from(at(Duration.ofDays(1))));
    }
  }

  private static Instant at(Duration afterSending) {
    return SENT.plus(afterSending);
  }
}

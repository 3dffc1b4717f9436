package org.totalplace.referral.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.totalplace.referral.entity.ResponseTarget;
import org.totalplace.referral.entity.Urgency;

class WorkingHoursTest {

  static Instant uk(String local) {
    return ZonedDateTime.parse(local + "[Europe/London]").toInstant();
  }

  @Test
  void hoursInsideOneWorkingDayAreAddedAsTheyAre() {
    assertThat(WorkingHours.after(uk("2026-11-23T10:00:00Z"), Duration.ofHours(3)))
        .isEqualTo(uk("2026-11-23T13:00:00Z"));
  }

  @Test
  void whatIsLeftAtFiveCarriesOverToNineTheNextWorkingDay() {
    // Friday 15:00 + 4 working hours: 2 on Friday, 2 on Monday morning.
    assertThat(WorkingHours.after(uk("2026-11-27T15:00:00Z"), Duration.ofHours(4)))
        .isEqualTo(uk("2026-11-30T11:00:00Z"));
  }

  @Test
  void aReferralSentAtTheWeekendStartsItsClockOnMonday() {
    assertThat(WorkingHours.after(uk("2026-11-28T22:00:00Z"), Duration.ofHours(16)))
        .isEqualTo(uk("2026-12-01T17:00:00Z"));
  }

  @Test
  void britishSummerTimeIsRespected() {
    // 1 July is BST (UTC+1): 09:00 local is 08:00 UTC.
    assertThat(WorkingHours.after(Instant.parse("2026-07-01T06:00:00Z"), Duration.ofHours(1)))
        .isEqualTo(Instant.parse("2026-07-01T09:00:00Z"));
  }

  @Test
  void deadlinesWarnBeforeAndEscalateAfterTheTarget() {
    ResponseTarget red = new ResponseTarget(Urgency.EMERGENCY, 120, 30, 60, 2);
    Instant sent = Instant.parse("2026-11-23T22:00:00Z");

    Deadlines acknowledge = Deadlines.toAcknowledge(sent, red);

    assertThat(acknowledge.dueAt()).as("round the clock").isEqualTo(sent.plusSeconds(7200));
    assertThat(acknowledge.warnAt()).isEqualTo(sent.plusSeconds(5400));
    assertThat(acknowledge.escalateAt()).isEqualTo(sent.plusSeconds(10800));
    assertThat(acknowledge.asVariables("acknowledge"))
        .containsEntry(
            "acknowledgeClocks",
            sent.plusSeconds(5400) + "/" + sent.plusSeconds(7200) + "/" + sent.plusSeconds(10800));

    Deadlines decide = Deadlines.toDecide(sent, 8, red);
    assertThat(decide.dueAt()).as("in working hours").isEqualTo(uk("2026-11-24T17:00:00Z"));
  }
}

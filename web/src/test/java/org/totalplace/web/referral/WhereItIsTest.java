package org.totalplace.web.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.totalplace.referral.entity.ReferralEvent;
import org.totalplace.referral.entity.ReferralStatus;

class WhereItIsTest {

  static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00Z");

  static ReferralEvent to(ReferralStatus status, int hours) {
    return new ReferralEvent(
        MONDAY.plusSeconds(hours * 3600L), "Dana", "drug-alcohol", "x", null, status, null);
  }

  @Test
  void anAcceptedReferralShowsWhatIsDoneTheStepItIsAtAndWhatIsToCome() {
    var steps =
        WhereItIs.steps(
            ReferralStatus.ACCEPTED,
            List.of(
                to(ReferralStatus.SENT, 0),
                to(ReferralStatus.RECEIVED, 2),
                to(ReferralStatus.ACCEPTED, 5)));

    assertThat(steps)
        .extracting(WhereItIs.Step::getLabel)
        .containsExactly("Sent", "Acknowledged", "Accepted", "Work started", "Completed");
    assertThat(steps)
        .extracting(WhereItIs.Step::getState)
        .containsExactly("done", "done", "current", "todo", "todo");
    assertThat(steps.get(1).getAt()).isEqualTo(MONDAY.plusSeconds(7200));
  }

  @Test
  void anEndingTakesThePlaceOfTheStepsItCutShort() {
    var declined =
        WhereItIs.steps(
            ReferralStatus.DECLINED,
            List.of(
                to(ReferralStatus.SENT, 0),
                to(ReferralStatus.RECEIVED, 1),
                to(ReferralStatus.DECLINED, 3)));
    var withdrawn =
        WhereItIs.steps(
            ReferralStatus.WITHDRAWN,
            List.of(to(ReferralStatus.SENT, 0), to(ReferralStatus.WITHDRAWN, 1)));

    assertThat(declined)
        .extracting(WhereItIs.Step::getLabel)
        .containsExactly("Sent", "Acknowledged", "Declined");
    assertThat(declined.get(2).isCurrent()).isTrue();
    assertThat(withdrawn)
        .extracting(WhereItIs.Step::getLabel)
        .containsExactly("Sent", "Withdrawn by the sender");
  }

  @Test
  void aQuestionWaitsBetweenAcknowledgingAndDeciding() {
    var steps =
        WhereItIs.steps(
            ReferralStatus.INFORMATION_REQUESTED,
            List.of(
                to(ReferralStatus.SENT, 0),
                to(ReferralStatus.RECEIVED, 1),
                to(ReferralStatus.INFORMATION_REQUESTED, 2)));

    assertThat(steps)
        .extracting(WhereItIs.Step::getLabel)
        .containsExactly(
            "Sent",
            "Acknowledged",
            "More information asked for",
            "Accepted",
            "Work started",
            "Completed");
    assertThat(steps.get(1).getState()).isEqualTo("done");
    assertThat(steps.get(2).getState()).isEqualTo("current");
  }
}

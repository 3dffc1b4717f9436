package org.totalplace.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The referral model as deployed, driven on a real PostgreSQL with a clock the test moves. */
class ReferralProcessIT {

  static final Instant SENT = Instant.parse("2026-03-02T09:00:00Z");
  static final Duration DAY = Duration.ofDays(1);

  final ProcessTestEngine flowable = ProcessTestEngine.shared();
  final RuntimeService runtime = flowable.engine.getRuntimeService();
  final TaskService tasks = flowable.engine.getTaskService();

  @BeforeEach
  void stopTheClock() {
    flowable.setClock(SENT);
  }

  @AfterEach
  void restartTheClock() {
    flowable.resetClock();
  }

  @Test
  void theSenderSendsThenTheReceivingAgencyAcknowledgesAcceptsStartsAndCompletes() {
    String referral = start();
    Task send = openTask(referral);
    assertThat(send.getTaskDefinitionKey()).isEqualTo("send");
    assertThat(send.getAssignee()).isEqualTo("hana");

    send(referral);
    assertThat(stepOf(referral, "drug-alcohol")).isEqualTo("acknowledge");
    assertThat(stepOf(referral, "housing")).as("the sending agency waits").isNull();
    complete(referral, "acknowledge", Map.of());
    assertThat(stepOf(referral, "drug-alcohol")).isEqualTo("decide");
    complete(referral, "decide", Map.of("decision", "accepted"));
    assertThat(stepOf(referral, "drug-alcohol")).isEqualTo("start");
    complete(referral, "start", Map.of());
    assertThat(stepOf(referral, "drug-alcohol")).isEqualTo("work");
    assertThat(stepOf(referral, "police")).as("a third agency has no task").isNull();
    complete(referral, "work", Map.of("outcome", "completed"));

    assertThat(endOf(referral)).isEqualTo("completed");
    assertThat(flowable.pendingTimers(referral)).isEmpty();
  }

  @Test
  void aReferralSentWhenWrittenGoesStraightToTheReceivingAgencyWithItsClocks() {
    Map<String, Object> variables = new HashMap<>(deadlines());
    variables.putAll(
        Map.of(
            "referralId", 2L,
            "sendingAgency", "housing",
            "receivingAgency", "drug-alcohol",
            "sender", "hana",
            "sentAtOnce", true));
    String referral = runtime.startProcessInstanceByKey("referral", variables).getId();

    assertThat(stepOf(referral, "drug-alcohol")).isEqualTo("acknowledge");
    assertThat(stepOf(referral, "housing")).as("no draft waits for the sender").isNull();
    assertThat(timesReached(referral, "send")).isZero();
    assertThat(flowable.pendingTimers(referral))
        .as("one timer for the step's three moments")
        .containsExactly("acknowledgeClock");
  }

  @Test
  void decidingAReferralNobodyAcknowledgedIsOneStepWithNoDecideTaskOrClocks() {
    String referral = start();
    send(referral);
    complete(referral, "acknowledge", Map.of("decision", "accepted"));

    assertThat(stepOf(referral, "drug-alcohol")).isEqualTo("start");
    assertThat(timesReached(referral, "decide")).as("no decide task made and thrown away").isZero();
    assertThat(flowable.pendingTimers(referral)).containsExactly("startInactivity");
  }

  @ParameterizedTest
  @ValueSource(strings = {"declined", "informationRequested"})
  void aDeclineOrAQuestionWithTheAcknowledgementGoesStraightToIt(String decision) {
    String referral = start();
    send(referral);
    complete(referral, "acknowledge", Map.of("decision", decision));
    if (decision.equals("declined")) {
      assertThat(endOf(referral)).isEqualTo("declined");
    } else {
      assertThat(stepOf(referral, "housing")).isEqualTo("provideInformation");
    }
  }

  @Test
  void workThatDoesNotCompleteEndsAsNotCompleted() {
    String referral = acceptedAndStarted();
    complete(referral, "work", Map.of("outcome", "notCompleted"));
    assertThat(endOf(referral)).isEqualTo("notCompleted");
  }

  @Test
  void aDeclineEndsTheReferral() {
    String referral = sentAndAcknowledged();
    complete(referral, "decide", Map.of("decision", "declined", "declineReason", "Out of area"));
    assertThat(endOf(referral)).isEqualTo("declined");
    assertThat(flowable.pendingTimers(referral)).isEmpty();
  }

  @Test
  void askingForInformationGoesToTheSendingAgencyAndBackToTheDecision() {
    String referral = sentAndAcknowledged();
    complete(referral, "decide", Map.of("decision", "informationRequested"));
    assertThat(stepOf(referral, "housing")).isEqualTo("provideInformation");
    assertThat(stepOf(referral, "drug-alcohol")).isNull();

    complete(referral, "provideInformation", Map.of());
    assertThat(stepOf(referral, "drug-alcohol")).isEqualTo("decide");
    complete(referral, "decide", Map.of("decision", "informationRequested"));
    complete(referral, "provideInformation", Map.of());
    complete(referral, "decide", Map.of("decision", "accepted"));
    assertThat(stepOf(referral, "drug-alcohol")).isEqualTo("start");
  }

  @Test
  void aDecisionOtherThanTheThreeIsRefusedAndTheTaskStays() {
    String referral = sentAndAcknowledged();
    Task decide = openTask(referral);
    assertThatThrownBy(() -> tasks.complete(decide.getId(), Map.of("decision", "maybe")))
        .isInstanceOf(FlowableException.class);
    assertThat(openTask(referral).getId()).isEqualTo(decide.getId());
  }

  @ParameterizedTest
  @ValueSource(strings = {"send", "acknowledge", "decide", "start", "work"})
  void theSenderCanWithdrawAtAnyStep(String step) {
    String referral = start();
    String[] route = {"send", "acknowledge", "decide", "start", "work"};
    for (int i = 0; !route[i].equals(step); i++) {
      Map<String, Object> variables =
          switch (route[i]) {
            case "send" -> deadlines();
            case "decide" -> Map.of("decision", "accepted");
            default -> Map.of();
          };
      complete(referral, route[i], variables);
    }
    assertThat(openTask(referral).getTaskDefinitionKey()).isEqualTo(step);

    withdraw(referral);

    assertThat(endOf(referral)).as("Flowable names the event subprocess").isEqualTo("withdrawal");
    assertThat(
            flowable
                .engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(referral)
                .activityId("withdrawn")
                .finished()
                .count())
        .isEqualTo(1);
    assertThat(tasks.createTaskQuery().processInstanceId(referral).count()).isZero();
    assertThat(flowable.pendingTimers(referral)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"acknowledge", "decide"})
  void theWarningComesBeforeTheDueTimeThenOverdueThenTheSenderIsTold(String step) {
    String referral = start();
    send(referral);
    Instant base = SENT;
    if (step.equals("decide")) {
      complete(referral, "acknowledge", Map.of());
      base = SENT.plus(DAY.multipliedBy(3));
    }
    Instant warnAt = base.plus(Duration.ofHours(20));
    Instant dueAt = base.plus(DAY);
    Instant escalateAt = base.plus(DAY.multipliedBy(2));

    flowable.setClock(warnAt.minusSeconds(60));
    assertThat(flowable.fireDueTimers(referral)).isEmpty();
    flowable.setClock(warnAt);
    assertThat(flowable.fireDueTimers(referral)).containsExactly(step + "Clock");
    assertThat(clockCalls(referral)).containsExactly("warn " + step);

    flowable.setClock(dueAt.minusSeconds(60));
    assertThat(flowable.fireDueTimers(referral)).isEmpty();
    flowable.setClock(dueAt);
    flowable.fireDueTimers(referral);
    assertThat(clockCalls(referral)).containsExactly("warn " + step, "overdue " + step);

    flowable.setClock(escalateAt);
    flowable.fireDueTimers(referral);
    assertThat(clockCalls(referral))
        .containsExactly("warn " + step, "overdue " + step, "escalateToSender " + step);
    assertThat(openTask(referral).getTaskDefinitionKey())
        .as("the clocks do not move the referral on")
        .isEqualTo(step);
    assertThat(flowable.pendingTimers(referral)).as("all three moments said").isEmpty();
  }

  @Test
  void aClockThatFiresLateStillSaysEachThingOnceAndInOrder() {
    String referral = start();
    send(referral);
    flowable.setClock(SENT.plus(DAY.multipliedBy(2)).plusSeconds(1));
    assertThat(flowable.fireDueTimers(referral))
        .containsExactly("acknowledgeClock", "acknowledgeClock", "acknowledgeClock");
    assertThat(clockCalls(referral))
        .containsExactly("warn acknowledge", "overdue acknowledge", "escalateToSender acknowledge");
    assertThat(flowable.pendingTimers(referral)).isEmpty();
  }

  @Test
  void aDecisionAskedForAgainRunsTheDecideClockAfresh() {
    String referral = sentAndAcknowledged();
    flowable.setClock(SENT.plus(DAY.multipliedBy(3)).plus(Duration.ofHours(20)));
    assertThat(flowable.fireDueTimers(referral)).containsExactly("decideClock");
    complete(referral, "decide", Map.of("decision", "informationRequested"));
    Instant answered = SENT.plus(DAY.multipliedBy(10));
    flowable.setClock(answered);
    complete(
        referral,
        "provideInformation",
        Map.of(
            "decideClocks",
            StepClock.moments(answered.plusSeconds(60), answered.plus(DAY), answered.plus(DAY))));
    assertThat(flowable.pendingTimers(referral)).containsExactly("decideClock");
    flowable.setClock(answered.plusSeconds(60));
    flowable.fireDueTimers(referral);
    assertThat(clockCalls(referral)).containsExactly("warn decide", "warn decide");
  }

  @Test
  void anAcknowledgementInTimeTakesItsClocksAway() {
    String referral = start();
    send(referral);
    assertThat(flowable.pendingTimers(referral)).containsExactly("acknowledgeClock");

    flowable.setClock(SENT.plus(Duration.ofHours(2)));
    complete(referral, "acknowledge", Map.of());
    assertThat(flowable.pendingTimers(referral)).containsExactly("decideClock");

    flowable.setClock(SENT.plus(DAY.multipliedBy(2)));
    flowable.fireDueTimers(referral);
    assertThat(clockCalls(referral)).isEmpty();

    complete(referral, "decide", Map.of("decision", "accepted"));
    flowable.setClock(SENT.plus(DAY.multipliedBy(30)));
    flowable.fireDueTimers(referral);
    assertThat(clockCalls(referral)).allMatch(call -> call.startsWith("checkInactivity"));
  }

  @Test
  void inactivityIsCheckedEveryDayWhileTheWorkIsOpen() {
    String referral = acceptedAndStarted();
    assertThat(flowable.pendingTimers(referral)).containsExactly("workInactivity");
    Instant acceptedAt = SENT.plus(DAY.multipliedBy(4));

    flowable.setClock(acceptedAt.plus(Duration.ofHours(23)));
    assertThat(flowable.fireDueTimers(referral)).isEmpty();
    for (int day = 1; day <= 3; day++) {
      flowable.setClock(acceptedAt.plus(DAY.multipliedBy(day)).plusSeconds(1));
      assertThat(flowable.fireDueTimers(referral)).containsExactly("workInactivity");
    }
    assertThat(clockCalls(referral)).hasSize(3).allMatch(c -> c.startsWith("checkInactivity"));
    assertThat(openTask(referral).getTaskDefinitionKey()).isEqualTo("work");

    complete(referral, "work", Map.of("outcome", "completed"));
    assertThat(flowable.pendingTimers(referral)).isEmpty();
  }

  @Test
  void inactivityIsCheckedBeforeFirstContactToo() {
    String referral = sentAndAcknowledged();
    complete(referral, "decide", Map.of("decision", "accepted"));
    assertThat(flowable.pendingTimers(referral)).containsExactly("startInactivity");

    flowable.setClock(SENT.plus(DAY).plusSeconds(1));
    assertThat(flowable.fireDueTimers(referral)).containsExactly("startInactivity");
    assertThat(clockCalls(referral)).containsExactly("checkInactivity startInactivityCheck");
  }

  // --- driving the referral

  private String start() {
    return runtime
        .startProcessInstanceByKey(
            "referral",
            Map.of(
                "referralId", 1L,
                "sendingAgency", "housing",
                "receivingAgency", "drug-alcohol",
                "sender", "hana"))
        .getId();
  }

  /** Deadlines as the app sets them when the referral is sent, from the clock's now. */
  private Map<String, Object> deadlines() {
    Instant now = flowable.configuration.getClock().getCurrentTime().toInstant();
    Map<String, Object> at = new HashMap<>();
    at.put(
        "acknowledgeClocks",
        StepClock.moments(
            now.plus(Duration.ofHours(20)), now.plus(DAY), now.plus(DAY.multipliedBy(2))));
    Instant decideFrom = now.plus(DAY.multipliedBy(3));
    at.put(
        "decideClocks",
        StepClock.moments(
            decideFrom.plus(Duration.ofHours(20)),
            decideFrom.plus(DAY),
            decideFrom.plus(DAY.multipliedBy(2))));
    return at;
  }

  private void send(String referral) {
    complete(referral, "send", deadlines());
  }

  private String sentAndAcknowledged() {
    String referral = start();
    send(referral);
    complete(referral, "acknowledge", Map.of());
    return referral;
  }

  private String acceptedAndStarted() {
    String referral = sentAndAcknowledged();
    flowable.setClock(SENT.plus(DAY.multipliedBy(4)));
    complete(referral, "decide", Map.of("decision", "accepted"));
    complete(referral, "start", Map.of());
    return referral;
  }

  private void withdraw(String referral) {
    var subscribed =
        runtime
            .createExecutionQuery()
            .processInstanceId(referral)
            .messageEventSubscriptionName("referralWithdrawn")
            .singleResult();
    runtime.messageEventReceived("referralWithdrawn", subscribed.getId());
  }

  private void complete(String referral, String step, Map<String, Object> variables) {
    Task task = openTask(referral);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(step);
    tasks.complete(task.getId(), variables);
  }

  private Task openTask(String referral) {
    return tasks.createTaskQuery().processInstanceId(referral).singleResult();
  }

  /** The step an agency's workers see for this referral, or null. */
  private String stepOf(String referral, String agency) {
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceId(referral)
            .taskCandidateGroup(agency)
            .singleResult();
    return task == null ? null : task.getTaskDefinitionKey();
  }

  /** How often the referral's process has reached the activity. */
  private long timesReached(String referral, String activity) {
    return flowable
        .engine
        .getHistoryService()
        .createHistoricActivityInstanceQuery()
        .processInstanceId(referral)
        .activityId(activity)
        .count();
  }

  private List<String> clockCalls(String referral) {
    return flowable.referralClocks.calls.of(referral);
  }

  private String endOf(String referral) {
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(referral).count())
        .as("the referral's process has ended")
        .isZero();
    return flowable
        .engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processInstanceId(referral)
        .singleResult()
        .getEndActivityId();
  }
}

package org.totalplace.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The pathway models as deployed: planning waits for its start, then every agency has a step. */
class PathwayProcessIT {

  static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");
  static final Instant START_AT = OPENED.plus(Duration.ofDays(7));
  static final Instant FLAG_AT = START_AT.plus(Duration.ofDays(84));
  static final Instant CHECK_IN_AT = FLAG_AT.plus(Duration.ofDays(2));

  /** A pathway's steps that start with planning, as key, title and agency, in model order. */
  record Pathway(String key, List<List<String>> steps) {
    @Override
    public String toString() {
      return key;
    }

    Map<String, String> agencyByStep() {
      Map<String, String> agencies = new LinkedHashMap<>();
      steps.forEach(step -> agencies.put(step.get(0), step.get(2)));
      return agencies;
    }
  }

  static final Pathway PRISON_RELEASE =
      new Pathway(
          "prisonRelease",
          List.of(
              List.of("accommodation", "Secure accommodation for release day", "housing"),
              List.of("benefits", "Benefits claim ready for day one", "jobcentre"),
              List.of("gpRegistration", "Register with a GP", "health"),
              List.of("treatment", "Continue drug and alcohol treatment", "drug-alcohol"),
              List.of("supervision", "Book the first probation appointment", "probation")));
  static final Pathway LEAVING_CARE =
      new Pathway(
          "leavingCare",
          List.of(
              List.of("pathwayPlan", "Agree the pathway plan", "childrens-services"),
              List.of("accommodation", "Suitable accommodation from 18", "housing"),
              List.of(
                  "educationEmployment",
                  "Education, training or employment (NEET risk)",
                  "jobcentre"),
              List.of("benefits", "Benefits in place from 18", "jobcentre"),
              List.of("health", "Health assessment and GP", "health")));
  static final Pathway HOSPITAL_DISCHARGE =
      new Pathway(
          "hospitalDischarge",
          List.of(
              List.of("adaptation", "Home adaptations in place", "housing"),
              List.of("carePackage", "Care package arranged", "health"),
              List.of("gpFollowUp", "GP and community health follow-up", "health")));
  static final List<String> CHECK_IN = List.of("checkIn", "Check in after discharge", "voluntary");

  static Stream<Pathway> pathways() {
    return Stream.of(PRISON_RELEASE, LEAVING_CARE, HOSPITAL_DISCHARGE);
  }

  final ProcessTestEngine flowable = ProcessTestEngine.shared();
  final RuntimeService runtime = flowable.engine.getRuntimeService();
  final TaskService tasks = flowable.engine.getTaskService();

  @BeforeEach
  void stopTheClock() {
    flowable.setClock(OPENED);
  }

  @AfterEach
  void restartTheClock() {
    flowable.resetClock();
  }

  @ParameterizedTest
  @MethodSource("pathways")
  void nothingHappensBeforePlanningStartsThenEachAgencyHasItsStep(Pathway pathway) {
    String id = open(pathway);
    flowable.setClock(START_AT.minusSeconds(60));
    assertThat(flowable.fireDueTimers(id)).isEmpty();
    assertThat(openSteps(id)).isEmpty();
    assertThat(calls(id)).isEmpty();

    flowable.setClock(START_AT);
    assertThat(flowable.fireDueTimers(id)).containsExactly("planningStarts");

    assertThat(calls(id)).containsExactly("planningStarted");
    assertThat(openSteps(id)).containsExactlyInAnyOrderEntriesOf(pathway.agencyByStep());
    for (List<String> step : pathway.steps()) {
      assertThat(taskOf(id, step.get(0)).getName()).isEqualTo(step.get(1));
    }
  }

  @ParameterizedTest
  @MethodSource("pathways")
  void onTheKeyDayOnlyTheStepsStillOpenAreFlaggedAndTheyStayOpen(Pathway pathway) {
    String id = planningStarted(pathway);
    List<String> keys = pathway.steps().stream().map(step -> step.get(0)).toList();

    List<String> done = List.of(keys.get(0), keys.get(2));
    List<String> stillOpen = keys.stream().filter(key -> !done.contains(key)).toList();
    done.forEach(key -> complete(id, key));

    flowable.setClock(FLAG_AT.minusSeconds(60));
    assertThat(flowable.fireDueTimers(id)).isEmpty();
    flowable.setClock(FLAG_AT);
    flowable.fireDueTimers(id);

    assertThat(calls(id))
        .containsExactlyInAnyOrderElementsOf(
            Stream.concat(
                    Stream.of("planningStarted"),
                    stillOpen.stream().map(key -> "notInPlace " + key))
                .toList());
    assertThat(openSteps(id)).containsOnlyKeys(stillOpen);

    stillOpen.forEach(key -> complete(id, key));
    checkInIfDischarge(pathway, id);
    assertThat(calls(id)).endsWith("planInPlace");
    assertThat(endOf(id)).isEqualTo("inPlace");
  }

  @ParameterizedTest
  @MethodSource("pathways")
  void everyStepInPlaceInTimePutsThePlanInPlaceWithoutFlags(Pathway pathway) {
    String id = planningStarted(pathway);
    flowable.setClock(FLAG_AT.minus(Duration.ofDays(1)));
    pathway.steps().forEach(step -> complete(id, step.get(0)));
    checkInIfDischarge(pathway, id);

    assertThat(calls(id)).containsExactly("planningStarted", "planInPlace");
    assertThat(endOf(id)).isEqualTo("inPlace");
    assertThat(flowable.pendingTimers(id)).isEmpty();
  }

  @Test
  void theDischargeCheckInComesOnlyAfterItsDay() {
    String id = planningStarted(HOSPITAL_DISCHARGE);
    HOSPITAL_DISCHARGE.steps().forEach(step -> complete(id, step.get(0)));
    assertThat(openSteps(id)).isEmpty();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(id).count())
        .as("waits for the check-in")
        .isOne();

    flowable.setClock(FLAG_AT);
    assertThat(flowable.fireDueTimers(id)).isEmpty();
    flowable.setClock(CHECK_IN_AT.minusSeconds(60));
    assertThat(flowable.fireDueTimers(id)).isEmpty();
    flowable.setClock(CHECK_IN_AT);
    assertThat(flowable.fireDueTimers(id)).containsExactly("afterDischarge");

    assertThat(openSteps(id)).containsExactly(Map.entry("checkIn", "voluntary"));
    complete(id, "checkIn");
    assertThat(endOf(id)).isEqualTo("inPlace");
  }

  @ParameterizedTest
  @MethodSource("pathways")
  void theAppCanReadThePlanStepsFromTheDeployedModel(Pathway pathway) {
    var definition =
        flowable
            .engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(pathway.key())
            .latestVersion()
            .singleResult();
    var steps =
        flowable
            .engine
            .getRepositoryService()
            .getBpmnModel(definition.getId())
            .getMainProcess()
            .findFlowElementsOfType(UserTask.class)
            .stream()
            .map(task -> List.of(task.getId(), task.getName(), task.getCandidateGroups().get(0)))
            .toList();

    List<List<String>> expected =
        pathway == HOSPITAL_DISCHARGE
            ? Stream.concat(pathway.steps().stream(), Stream.of(CHECK_IN)).toList()
            : pathway.steps();
    assertThat(steps).containsExactlyElementsOf(expected);
  }

  // --- driving a pathway

  private String open(Pathway pathway) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("pathwayId", 7L);
    variables.put("personId", 42L);
    variables.put("leadAgency", "probation");
    variables.put("leadWorker", "pat");
    variables.put("startAt", Date.from(START_AT));
    variables.put("flagAt", Date.from(FLAG_AT));
    if (pathway == HOSPITAL_DISCHARGE) {
      variables.put("checkInAt", Date.from(CHECK_IN_AT));
    }
    return runtime.startProcessInstanceByKey(pathway.key(), variables).getId();
  }

  private String planningStarted(Pathway pathway) {
    String id = open(pathway);
    flowable.setClock(START_AT);
    flowable.fireDueTimers(id);
    return id;
  }

  private void checkInIfDischarge(Pathway pathway, String id) {
    if (pathway == HOSPITAL_DISCHARGE) {
      flowable.setClock(CHECK_IN_AT);
      flowable.fireDueTimers(id);
      complete(id, "checkIn");
    }
  }

  private void complete(String id, String step) {
    tasks.complete(taskOf(id, step).getId());
  }

  private Task taskOf(String id, String step) {
    return tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey(step).singleResult();
  }

  /** The open steps and the agency each is with. */
  private Map<String, String> openSteps(String id) {
    Map<String, String> open = new LinkedHashMap<>();
    for (Task task : tasks.createTaskQuery().processInstanceId(id).list()) {
      var groups =
          tasks.getIdentityLinksForTask(task.getId()).stream()
              .filter(link -> link.getGroupId() != null)
              .map(IdentityLink::getGroupId)
              .toList();
      assertThat(groups).as(task.getTaskDefinitionKey()).hasSize(1);
      open.put(task.getTaskDefinitionKey(), groups.get(0));
    }
    return open;
  }

  private List<String> calls(String id) {
    return flowable.pathwaySteps.calls.of(id);
  }

  private String endOf(String id) {
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(id).count()).isZero();
    return flowable
        .engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processInstanceId(id)
        .singleResult()
        .getEndActivityId();
  }
}

package org.totalplace.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The referral model as deployed, driven on a real PostgreSQL. */
class ReferralProcessIT {

  static EmbeddedPostgres postgres;
  static ProcessEngine engine;

  @BeforeAll
  static void startEngine() throws Exception {
    postgres = EmbeddedPostgres.start();
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setDataSource(postgres.getPostgresDatabase());
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setAsyncExecutorActivate(false);
    engine = configuration.buildProcessEngine();
    engine
        .getRepositoryService()
        .createDeployment()
        .addClasspathResource("processes/referral.bpmn20.xml")
        .deploy();
  }

  @AfterAll
  static void stopEngine() throws Exception {
    engine.close();
    postgres.close();
  }

  @Test
  void theReceivingAgencyGetsTheDecisionAndAnAcceptanceEndsTheProcess() {
    ProcessInstance referral = start("drug-alcohol");

    Task decide = taskOf(referral);
    assertThat(decide.getTaskDefinitionKey()).isEqualTo("decide");
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .taskCandidateGroup("drug-alcohol")
                .processInstanceId(referral.getId())
                .count())
        .isEqualTo(1);
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .taskCandidateGroup("police")
                .processInstanceId(referral.getId())
                .count())
        .as("a third agency has no task")
        .isZero();

    engine.getTaskService().complete(decide.getId(), Map.of("decision", "accepted"));

    assertThat(endActivityOf(referral)).isEqualTo("accepted");
  }

  @Test
  void aDeclineEndsTheProcessOnTheDeclinedPath() {
    ProcessInstance referral = start("housing");

    engine
        .getTaskService()
        .complete(
            taskOf(referral).getId(),
            Map.of("decision", "declined", "declineReason", "Outside our area"));

    assertThat(endActivityOf(referral)).isEqualTo("declined");
  }

  @Test
  void aDecisionOtherThanAcceptOrDeclineIsRefusedAndTheTaskStays() {
    ProcessInstance referral = start("health");
    Task decide = taskOf(referral);

    assertThatThrownBy(
            () -> engine.getTaskService().complete(decide.getId(), Map.of("decision", "maybe")))
        .isInstanceOf(FlowableException.class);

    assertThat(taskOf(referral).getId()).isEqualTo(decide.getId());
  }

  private ProcessInstance start(String receivingAgency) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            "referral", Map.of("referralId", 1L, "receivingAgency", receivingAgency));
  }

  private Task taskOf(ProcessInstance referral) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(referral.getId())
        .singleResult();
  }

  private String endActivityOf(ProcessInstance referral) {
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(referral.getId())
                .count())
        .as("process has ended")
        .isZero();
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processInstanceId(referral.getId())
        .singleResult()
        .getEndActivityId();
  }
}

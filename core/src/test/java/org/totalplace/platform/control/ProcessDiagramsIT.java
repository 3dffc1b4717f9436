package org.totalplace.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.totalplace.workflows.DeadlineCalendar;
import org.totalplace.workflows.StepClock;

/** Every model the app deploys can be drawn, with where an instance stands outlined. */
class ProcessDiagramsIT {

  static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  /** Written for a person to look at; not read by the tests. */
  static final Path DRAWN = Path.of("target", "diagrams");

  static EmbeddedPostgres postgres;
  static ProcessEngine engine;
  static ProcessDiagrams diagrams;

  @BeforeAll
  static void deploy() throws Exception {
    postgres = EmbeddedPostgres.start();
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setDataSource(postgres.getPostgresDatabase());
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setAsyncExecutorActivate(false);
    engine = configuration.buildProcessEngine();
    DeadlineCalendar.addTo(configuration);
    var deployment = engine.getRepositoryService().createDeployment().name("totalplace");
    Arrays.stream(ProcessEngines.MODELS).forEach(deployment::addClasspathResource);
    deployment.deploy();
    diagrams = new ProcessDiagrams(engine.getRepositoryService(), engine.getRuntimeService());
    Files.createDirectories(DRAWN);
  }

  @AfterAll
  static void stop() throws Exception {
    engine.close();
    postgres.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"referral", "prisonRelease", "leavingCare", "hospitalDischarge"})
  void everyModelIsDrawnWholeAndAStepCanBeOutlined(String key) throws IOException {
    byte[] plain = diagrams.png(key);
    String firstTask =
        engine
            .getRepositoryService()
            .getBpmnModel(
                engine
                    .getRepositoryService()
                    .createProcessDefinitionQuery()
                    .processDefinitionKey(key)
                    .latestVersion()
                    .singleResult()
                    .getId())
            .getMainProcess()
            .findFlowElementsOfType(org.flowable.bpmn.model.UserTask.class)
            .get(0)
            .getId();
    byte[] outlined = diagrams.png(key, List.of(firstTask));

    BufferedImage image = image(plain);
    assertThat(image.getWidth()).isGreaterThan(800);
    assertThat(image.getHeight()).isGreaterThan(400);
    assertThat(image(outlined).getWidth()).isEqualTo(image.getWidth());
    assertThat(outlined).as("the outline shows").isNotEqualTo(plain);
    Files.write(DRAWN.resolve(key + ".png"), outlined);
  }

  @Test
  void aRunningReferralIsDrawnAtItsCurrentStep() throws IOException {
    String referral =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                "referral",
                Map.of(
                    "referralId", 1L,
                    "sendingAgency", "housing",
                    "receivingAgency", "health",
                    "sender", "hana"))
            .getId();
    assertThat(diagrams.activeActivities(referral)).containsExactly("send");

    var task = engine.getTaskService().createTaskQuery().processInstanceId(referral).singleResult();
    Date later = new Date(System.currentTimeMillis() + 86_400_000L);
    engine
        .getTaskService()
        .complete(
            task.getId(),
            Map.of(
                StepClock.variable("acknowledge"),
                StepClock.moments(later.toInstant(), later.toInstant(), later.toInstant())));
    List<String> active = diagrams.activeActivities(referral);
    assertThat(active).contains("acknowledge");

    byte[] png = diagrams.png("referral", active);
    image(png);
    Files.write(DRAWN.resolve("referral-acknowledge.png"), png);

    engine.getRuntimeService().deleteProcessInstance(referral, "test over");
    assertThat(diagrams.activeActivities(referral)).as("an ended referral is nowhere").isEmpty();
  }

  private static BufferedImage image(byte[] png) throws IOException {
    assertThat(png).startsWith(PNG_SIGNATURE);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image).isNotNull();
    return image;
  }
}

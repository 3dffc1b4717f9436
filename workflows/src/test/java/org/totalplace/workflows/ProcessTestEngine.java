package org.totalplace.workflows;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.job.api.Job;

/**
 * A Flowable engine on a real PostgreSQL with every model deployed, the app's beans replaced by
 * recorders, and a clock the tests move: timers are fired by moving time, never by waiting.
 */
class ProcessTestEngine implements AutoCloseable {

  private static EmbeddedPostgres postgres;
  private static ProcessTestEngine shared;

  final ProcessEngine engine;
  final ProcessEngineConfiguration configuration;
  final RecordingReferralClocks referralClocks = new RecordingReferralClocks();
  final RecordingPathwaySteps pathwaySteps = new RecordingPathwaySteps();

  /** One database and engine for all process tests in this JVM; tests keep to their instances. */
  static synchronized ProcessTestEngine shared() {
    if (shared == null) {
      var engine = new ProcessTestEngine("postgres", "shared");
      engine.deployAll();
      shared = engine;
      Runtime.getRuntime().addShutdownHook(new Thread(ProcessTestEngine::stopShared));
    }
    return shared;
  }

  static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        // Durability buys nothing in a test and costs a disk flush per commit.
        postgres =
            EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return postgres;
  }

  private static void stopShared() {
    try {
      shared.close();
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An engine on one database of the embedded server, through Flowable's own connection pool. */
  ProcessTestEngine(String database, String name) {
    StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
    config.setEngineName(name);
    config.setJdbcDriver("org.postgresql.Driver");
    config.setJdbcUrl(postgres().getJdbcUrl("postgres", database));
    config.setJdbcUsername("postgres");
    config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    config.setAsyncExecutorActivate(false);
    config.setBeans(Map.of("referralClocks", referralClocks, "pathwaySteps", pathwaySteps));
    configuration = config;
    engine = config.buildProcessEngine();
    DeadlineCalendar.addTo(config);
  }

  /** Every model the app deploys (the app's ProcessEngines.MODELS lists the same). */
  static final List<String> MODELS =
      List.of("referral", "prisonRelease", "leavingCare", "hospitalDischarge");

  void deployAll() {
    var deployment = engine.getRepositoryService().createDeployment().name("totalplace");
    MODELS.forEach(model -> deployment.addClasspathResource("processes/" + model + ".bpmn20.xml"));
    deployment.deploy();
  }

  void setClock(Instant now) {
    configuration.getClock().setCurrentTime(Date.from(now));
  }

  void resetClock() {
    configuration.getClock().reset();
  }

  /**
   * Runs every timer of the instance that is due at the engine's current time, as the async
   * executor would, and returns the ids of the timer events that fired.
   */
  List<String> fireDueTimers(String processInstanceId) {
    ManagementService management = engine.getManagementService();
    List<String> fired = new ArrayList<>();
    for (int round = 0; round < 10; round++) {
      List<Job> due =
          management
              .createTimerJobQuery()
              .processInstanceId(processInstanceId)
              .executable()
              .orderByJobDuedate()
              .asc()
              .list();
      if (due.isEmpty()) {
        return fired;
      }
      for (Job timer : due) {
        Job job = management.moveTimerToExecutableJob(timer.getId());
        management.executeJob(job.getId());
        fired.add(timer.getElementId());
      }
    }
    throw new IllegalStateException("Timers keep falling due: " + fired);
  }

  /** The timer events of the instance still waiting, by element id. */
  List<String> pendingTimers(String processInstanceId) {
    return engine
        .getManagementService()
        .createTimerJobQuery()
        .processInstanceId(processInstanceId)
        .orderByJobDuedate()
        .asc()
        .list()
        .stream()
        .map(Job::getElementId)
        .toList();
  }

  @Override
  public void close() {
    engine.close();
  }
}

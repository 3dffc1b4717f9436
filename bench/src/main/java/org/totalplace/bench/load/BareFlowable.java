package org.totalplace.bench.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.totalplace.bench.referral.Timings;
import org.totalplace.workflows.DeadlineCalendar;
import org.totalplace.workflows.StepClock;

/**
 * The engine's share of creating a referral, alone: the platform's own referral model on a bare
 * Flowable engine (the same version and history level as the app's) in a database of its own on the
 * same PostgreSQL, started and its "send" step completed as a create does, with no app, HTTP, audit
 * or outbox around it.
 */
final class BareFlowable {

  private static final String DATABASE = "bare_flowable";

  private BareFlowable() {}

  /** {@code adminUrl}: a superuser's JDBC URL to the server's "postgres" database. */
  static Timings starts(String adminUrl, int times) throws SQLException {
    try (Connection admin = DriverManager.getConnection(adminUrl, "postgres", "")) {
      createDatabase(admin);
    }
    String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + DATABASE;
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl)
            ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setJdbcUrl(url)
                .setJdbcUsername("postgres")
                .setJdbcPassword("")
                .setJdbcDriver("org.postgresql.Driver")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistoryLevel(HistoryLevel.INSTANCE)
                .setAsyncExecutorActivate(false);
    ProcessEngine engine = configuration.buildProcessEngine();
    DeadlineCalendar.addTo(configuration);
    try {
      engine
          .getRepositoryService()
          .createDeployment()
          .addClasspathResource("processes/referral.bpmn20.xml")
          .deploy();
      List<Long> nanos = new ArrayList<>();
      long wall = System.nanoTime();
      for (int i = 0; i < times; i++) {
        long start = System.nanoTime();
        startAndSend(engine, i);
        nanos.add(System.nanoTime() - start);
      }
      return Timings.of(
          "Baseline: bare Flowable start and send of the referral model",
          nanos,
          (System.nanoTime() - wall) / 1e9);
    } finally {
      engine.close();
    }
  }

  /** As the app sends a referral when it is written: one start, at the receiving agency's step. */
  private static void startAndSend(ProcessEngine engine, int i) {
    Instant now = Instant.now();
    Map<String, Object> variables = new HashMap<>();
    variables.put("referralId", (long) i);
    variables.put("sendingAgency", "housing");
    variables.put("receivingAgency", "drug-alcohol");
    variables.put("sender", "housing-system");
    variables.put("sentAtOnce", true);
    variables.put(
        StepClock.variable("acknowledge"),
        StepClock.moments(
            now.plus(1, ChronoUnit.DAYS),
            now.plus(2, ChronoUnit.DAYS),
            now.plus(3, ChronoUnit.DAYS)));
    engine
        .getRuntimeService()
        .startProcessInstanceByKey("referral", Integer.toString(i), variables);
  }

  private static void createDatabase(Connection admin) throws SQLException {
    try (Statement sql = admin.createStatement()) {
      try (ResultSet exists =
          sql.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
        if (exists.next()) {
          sql.execute("drop database " + DATABASE);
        }
      }
      sql.execute("create database " + DATABASE);
    }
  }
}

package org.totalplace.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.Produces;
import jakarta.transaction.TransactionManager;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.common.engine.impl.persistence.StrongUuidGenerator;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.JtaProcessEngineConfiguration;
import org.totalplace.workflows.DeadlineCalendar;

/**
 * The embedded Flowable engine, on the app's data source and inside the container's JTA
 * transactions, so a failed user action rolls back the app's rows and the process state together.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProcessEngines {

  /** Every model the app runs; deployed with duplicate filtering so a redeploy adds no versions. */
  static final String[] MODELS = {
    "processes/referral.bpmn20.xml",
    "processes/prisonRelease.bpmn20.xml",
    "processes/leavingCare.bpmn20.xml",
    "processes/hospitalDischarge.bpmn20.xml"
  };

  @Resource(lookup = "jdbc/totalplace")
  DataSource dataSource;

  @Resource(lookup = "java:appserver/TransactionManager")
  TransactionManager transactionManager;

  /** Timers run on the container's threads, so jobs get its naming and transaction context. */
  @Resource ManagedThreadFactory threads;

  @Resource ManagedScheduledExecutorService later;

  private ProcessEngine engine;

  @PostConstruct
  void start() {
    JtaProcessEngineConfiguration configuration = new JtaProcessEngineConfiguration();
    configuration.setDataSource(dataSource);
    configuration.setTransactionManager(transactionManager);
    configuration.setTransactionsExternallyManaged(true);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    // UUIDs need no id-block transaction of their own, which would sit outside the user's action.
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setClassLoader(ProcessEngines.class.getClassLoader());
    configuration.setBeans(new NamedBeans());
    // Each step's who and when is already in the referral's history and the audit trail, so the
    // engine keeps only which processes ran. Its step, task and variable history (level "audit")
    // was the largest cost of a create or accept: more rows written by every step than our own.
    configuration.setHistoryLevel(HistoryLevel.INSTANCE);
    // Flowable's own performance settings: an execution keeps counts of its tasks, jobs, timers,
    // variables and subscriptions, so ending one asks no query per kind to find what to delete;
    // a task keeps counts of its variables and identity links likewise; and a process instance's
    // executions are read in one query, not one by one as the steps reach them.
    configuration.setEnableExecutionRelationshipCounts(true);
    configuration.setEnableTaskRelationshipCounts(true);
    configuration.getPerformanceSettings().setEnableEagerExecutionTreeFetching(true);
    // Timers (response clocks, pathway dates) fire from the job executor, a few seconds late at
    // most.
    configuration.setAsyncExecutorActivate(false);
    configuration.setAsyncExecutorThreadFactory(threads);
    configuration.setAsyncExecutorDefaultTimerJobAcquireWaitTime(5_000);
    configuration.setAsyncExecutorDefaultAsyncJobAcquireWaitTime(5_000);
    // A job held by a server that crashed is freed for another run after five minutes.
    configuration.setAsyncExecutorAsyncJobLockTimeInMillis(5 * 60_000);
    configuration.setAsyncExecutorTimerLockTimeInMillis(5 * 60_000);
    engine = configuration.buildProcessEngine();
    // A referral step's three moments are one timer moved on by this calendar, not three timers.
    DeadlineCalendar.addTo(configuration);

    var deployment =
        engine
            .getRepositoryService()
            .createDeployment()
            .name("totalplace")
            .enableDuplicateFiltering();
    for (String model : MODELS) {
      deployment.addClasspathResource(model);
    }
    deployment.deploy();
    // Timers already due fire at once; the beans they call exist only once the app is deployed.
    later.schedule(
        () -> {
          engine.getProcessEngineConfiguration().getAsyncExecutor().start();
          // The first diagram loads fonts and image code: pay for it here, not on a worker's page.
          new ProcessDiagrams(engine.getRepositoryService(), engine.getRuntimeService())
              .png("referral");
        },
        5,
        TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    engine.close();
  }

  /** Whether timers and async steps are being fired (the executor starts after deploy). */
  public boolean jobExecutorActive() {
    return engine != null && engine.getProcessEngineConfiguration().getAsyncExecutor().isActive();
  }

  @Produces
  public RepositoryService repositoryService() {
    return engine.getRepositoryService();
  }

  @Produces
  public RuntimeService runtimeService() {
    return engine.getRuntimeService();
  }

  @Produces
  public ManagementService managementService() {
    return engine.getManagementService();
  }

  @Produces
  public TaskService taskService() {
    return engine.getTaskService();
  }
}

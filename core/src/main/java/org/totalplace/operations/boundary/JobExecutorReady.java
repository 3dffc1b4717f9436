package org.totalplace.operations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.totalplace.platform.control.ProcessEngines;

/**
 * Ready only once Flowable's job executor runs: it fires every response clock and pathway date, and
 * starts a few seconds after deploy.
 */
@Readiness
@ApplicationScoped
public class JobExecutorReady implements HealthCheck {

  @Inject ProcessEngines engines;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("flowable-job-executor")
        .status(engines.jobExecutorActive())
        .build();
  }
}

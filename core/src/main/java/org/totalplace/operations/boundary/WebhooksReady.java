package org.totalplace.operations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.totalplace.webhook.boundary.WebhookDispatcher;

/**
 * Ready only while the webhook dispatcher's timer ticks (every two seconds) and no round has hung
 * past the lease its deliveries were claimed for.
 */
@Readiness
@ApplicationScoped
public class WebhooksReady implements HealthCheck {

  /** Several missed ticks, not one slow one. */
  static final Duration SILENT_FOR = Duration.ofSeconds(30);

  static final String TICKING = "ticking";

  @Inject WebhookDispatcher dispatcher;

  Clock clock = Clock.systemUTC();

  @Override
  public HealthCheckResponse call() {
    Instant lastTick = dispatcher.lastTick();
    String state = state(lastTick, dispatcher.busySince(), clock.instant());
    var answer =
        HealthCheckResponse.named("webhook-dispatcher")
            .status(TICKING.equals(state))
            .withData("state", state);
    return (lastTick == null ? answer : answer.withData("lastTick", lastTick.toString())).build();
  }

  /** Ticking, or why not: not started yet, silent, or a round has hung. */
  static String state(Instant lastTick, Instant busySince, Instant now) {
    if (lastTick == null) {
      return "not started";
    }
    if (busySince != null && busySince.isBefore(now.minus(WebhookDispatcher.LEASE))) {
      return "a round has hung";
    }
    return lastTick.isAfter(now.minus(SILENT_FOR)) ? TICKING : "silent";
  }
}

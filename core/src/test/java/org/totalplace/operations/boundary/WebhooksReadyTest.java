package org.totalplace.operations.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.totalplace.webhook.boundary.WebhookDispatcher;

/** The dispatcher is ready while it ticks, and not once it falls silent or a round hangs. */
class WebhooksReadyTest {

  static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");

  @Test
  void readyWhileTickingNotWhenSilentOrHungOrNotStarted() {
    assertThat(WebhooksReady.state(null, null, NOW)).isEqualTo("not started");
    assertThat(WebhooksReady.state(NOW.minusSeconds(2), null, NOW)).isEqualTo("ticking");
    // A long round is still working while within its lease.
    assertThat(WebhooksReady.state(NOW.minusSeconds(2), NOW.minusSeconds(60), NOW))
        .isEqualTo("ticking");
    assertThat(WebhooksReady.state(NOW.minusSeconds(31), null, NOW)).isEqualTo("silent");
    assertThat(
            WebhooksReady.state(
                NOW.minusSeconds(2), NOW.minus(WebhookDispatcher.LEASE).minusSeconds(1), NOW))
        .isEqualTo("a round has hung");
  }
}

package org.totalplace.webhook.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookBackoffTest {

  @Test
  void waitsGrowFromSecondsToADayThenTheDeliveryIsDead() {
    List<Duration> waits = new ArrayList<>();
    for (int made = 1; made <= 8; made++) {
      Backoff.after(made, Backoff.MAX_ATTEMPTS).ifPresent(waits::add);
    }

    assertThat(waits)
        .containsExactly(
            Duration.ofSeconds(5),
            Duration.ofSeconds(30),
            Duration.ofMinutes(2),
            Duration.ofMinutes(10),
            Duration.ofHours(1),
            Duration.ofHours(6),
            Duration.ofHours(24));
    assertThat(Backoff.MAX_ATTEMPTS).isEqualTo(8);
    assertThat(Backoff.after(8, 8)).isEmpty();
    assertThat(waits.stream().reduce(Duration.ZERO, Duration::plus))
        .isBetween(Duration.ofHours(31), Duration.ofHours(32));
  }

  @Test
  void aSubscriptionAskingForFewerAttemptsIsDeadSooner() {
    assertThat(Backoff.after(1, 2)).contains(Duration.ofSeconds(5));
    assertThat(Backoff.after(2, 2)).isEmpty();
    assertThat(Backoff.after(1, 1)).isEmpty();
  }

  @Test
  void noSubscriptionGetsMoreThanTheSchedule() {
    assertThat(Backoff.after(8, 50)).isEqualTo(Optional.empty());
  }
}

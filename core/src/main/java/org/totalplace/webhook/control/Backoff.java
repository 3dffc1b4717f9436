package org.totalplace.webhook.control;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How long to wait before trying a failed delivery again. Short at first (a receiver restarting),
 * then longer (a receiver down for the night): eight attempts over about 31 hours, then the
 * delivery goes to the dead-letter list.
 */
public final class Backoff {

  /** The wait after the first, second, ... failed attempt. */
  static final List<Duration> WAITS =
      List.of(
          Duration.ofSeconds(5),
          Duration.ofSeconds(30),
          Duration.ofMinutes(2),
          Duration.ofMinutes(10),
          Duration.ofHours(1),
          Duration.ofHours(6),
          Duration.ofHours(24));

  /** The first attempt and one after each wait. */
  public static final int MAX_ATTEMPTS = WAITS.size() + 1;

  private Backoff() {}

  /**
   * The wait before the next attempt, after {@code made} failed ones; empty when the subscription's
   * {@code maxAttempts} are used up and the delivery is dead.
   */
  public static Optional<Duration> after(int made, int maxAttempts) {
    if (made < 1) {
      throw new IllegalArgumentException("no attempt made yet");
    }
    if (made >= Math.min(maxAttempts, MAX_ATTEMPTS)) {
      return Optional.empty();
    }
    return Optional.of(WAITS.get(made - 1));
  }
}

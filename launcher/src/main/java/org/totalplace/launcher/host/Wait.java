package org.totalplace.launcher.host;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a readiness condition instead of sleeping a guessed time. */
public final class Wait {
  private Wait() {}

  /**
   * Returns once {@code ready} holds. {@code stillAlive} is checked between polls and should throw
   * a {@link LaunchFailure} when the process being waited for has died.
   */
  public static void until(
      String what, Duration limit, BooleanSupplier ready, Runnable stillAlive) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!ready.getAsBoolean()) {
      stillAlive.run();
      if (System.nanoTime() > deadline) {
        throw new LaunchFailure(what + " did not answer within " + limit.toSeconds() + " s.");
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LaunchFailure("Interrupted while waiting for " + what, e);
      }
    }
  }
}

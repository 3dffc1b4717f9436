package org.totalplace.systemtests;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waits for something the server does after answering (a log line written, a timer fired). */
final class Waits {

  static final Duration LIMIT = Duration.ofSeconds(30);

  private Waits() {}

  /** The first non-null answer of {@code found}, polled until {@link #LIMIT}. */
  static <T> T until(Callable<T> found, String what) throws Exception {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (true) {
      T value = found.call();
      if (value != null) {
        return value;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not seen within " + LIMIT + ": " + what);
      }
      Thread.sleep(200);
    }
  }
}

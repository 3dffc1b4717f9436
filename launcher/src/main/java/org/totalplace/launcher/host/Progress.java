package org.totalplace.launcher.host;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Progress lines for people, one whole line at a time because Keycloak and Payara start in parallel
 * and their lines interleave.
 */
public final class Progress {
  private static final int LABEL_WIDTH = 24;
  private static final long HEARTBEAT_SECONDS = 10;

  private final PrintStream out;
  private final int total;
  private final ScheduledExecutorService heartbeat =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "progress-heartbeat");
            thread.setDaemon(true);
            return thread;
          });

  public Progress(PrintStream out, int total) {
    this.out = out;
    this.total = total;
  }

  public Step step(int number, String name) {
    return new Step(number, name);
  }

  public synchronized void line(String text) {
    out.println(text);
    out.flush();
  }

  /** One named step; while it runs, a line every ten seconds shows it is alive. */
  public final class Step implements AutoCloseable {
    private final String label;
    private final long startNanos = System.nanoTime();
    private volatile String activity = "starting";
    private final ScheduledFuture<?> ticks;

    private Step(int number, String name) {
      StringBuilder label = new StringBuilder("[" + number + "/" + total + "] " + name + " ");
      while (label.length() < LABEL_WIDTH) {
        label.append('.');
      }
      this.label = label.toString();
      this.ticks =
          heartbeat.scheduleAtFixedRate(
              () -> say("still " + activity + " (" + Math.round(seconds()) + " s)"),
              HEARTBEAT_SECONDS,
              HEARTBEAT_SECONDS,
              TimeUnit.SECONDS);
    }

    /** Names what the step is doing now, e.g. "unpacking", and says so. */
    public void doing(String activity) {
      doing(activity, "");
    }

    /** Like {@link #doing(String)}, with a remark said once, not on every heartbeat. */
    public void doing(String activity, String remark) {
      this.activity = activity;
      say(remark.isEmpty() ? activity : activity + " " + remark);
    }

    public void say(String text) {
      line(label + " " + text);
    }

    public void ready() {
      ticks.cancel(false);
      say(String.format(Locale.ROOT, "ready in %.1f s", seconds()));
    }

    public double seconds() {
      return (System.nanoTime() - startNanos) / 1e9;
    }

    @Override
    public void close() {
      ticks.cancel(false);
    }
  }
}

package org.totalplace.launcher.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** Child processes and the pid files that let a later run find what an earlier one left. */
public final class Processes {
  private Processes() {}

  /** Runs a command to the end, its output appended to {@code log}; returns the exit code. */
  public static int run(List<String> command, Map<String, String> env, Path log, Duration limit) {
    try {
      Process process = start(command, env, log);
      if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
        stop(process.toHandle(), Duration.ofSeconds(5));
        throw new LaunchFailure(
            "'" + String.join(" ", command) + "' did not finish in " + limit.toSeconds() + " s.");
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LaunchFailure("Interrupted while running " + command.get(0), e);
    }
  }

  /** Starts a command in the background, stdout and stderr appended to {@code log}. */
  public static Process start(List<String> command, Map<String, String> env, Path log) {
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      builder.environment().putAll(env);
      return builder.start();
    } catch (IOException e) {
      throw new LaunchFailure("Could not run " + command.get(0) + ": " + e.getMessage(), e);
    }
  }

  /** Asks politely (SIGTERM), then insists (SIGKILL) on the process and what it started. */
  public static void stop(ProcessHandle process, Duration grace) {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    if (!awaitExit(process, grace)) {
      process.destroyForcibly();
      awaitExit(process, Duration.ofSeconds(5));
    }
    for (ProcessHandle child : children) {
      if (child.isAlive() && !awaitExit(child, Duration.ofSeconds(5))) {
        child.destroyForcibly();
      }
    }
  }

  public static boolean awaitExit(ProcessHandle process, Duration limit) {
    try {
      process.onExit().get(limit.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return !process.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }

  public static void writePid(Path pidFile, long pid) {
    try {
      Files.createDirectories(pidFile.getParent());
      Files.writeString(pidFile, pid + "\n");
    } catch (IOException e) {
      throw new LaunchFailure("Could not write " + pidFile + ": " + e.getMessage(), e);
    }
  }

  /**
   * The live process a pid file names, if its command line still mentions {@code mustMention}:
   * after a crash the pid may have been reused by something that is not ours.
   */
  public static Optional<ProcessHandle> alive(Path pidFile, String mustMention) {
    if (!Files.isReadable(pidFile)) {
      return Optional.empty();
    }
    try (Stream<String> lines = Files.lines(pidFile)) {
      long pid = Long.parseLong(lines.findFirst().orElse("").trim());
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(p -> p.info().commandLine().map(c -> c.contains(mustMention)).orElse(true));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The last lines of a log, to show why something failed without sending people digging. */
  public static String tail(Path log, int lines) {
    if (!Files.isReadable(log)) {
      return "(no " + log + ")";
    }
    Deque<String> last = new ArrayDeque<>();
    try (Stream<String> all = Files.lines(log, StandardCharsets.ISO_8859_1)) {
      all.forEach(
          line -> {
            last.addLast(line);
            if (last.size() > lines) {
              last.removeFirst();
            }
          });
    } catch (IOException | java.io.UncheckedIOException e) {
      return "(could not read " + log + ": " + e.getMessage() + ")";
    }
    return String.join(System.lineSeparator(), last);
  }
}

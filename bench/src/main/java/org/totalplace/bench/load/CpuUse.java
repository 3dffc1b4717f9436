package org.totalplace.bench.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.totalplace.launcher.host.Processes;

/**
 * CPU time each part of the platform used over the load (Payara, PostgreSQL with its backends,
 * Keycloak, and this JVM, which runs Gatling), from the processes' own counters: with everything on
 * one box of two cores, who takes the cores is the first question of any slow request.
 */
final class CpuUse {

  /** CPU seconds per part over a window, and the window's length. */
  record Used(Map<String, Double> seconds, double wallSeconds) {}

  private final Map<String, ProcessHandle> parts = new LinkedHashMap<>();
  private Map<String, Duration> before;
  private long startedNanos;

  /** The processes of a stack's home, found by the pid files the launcher keeps. */
  static CpuUse of(Path stackHome) throws IOException {
    CpuUse use = new CpuUse();
    try (DirectoryStream<Path> domains =
        Files.newDirectoryStream(stackHome.resolve("domains"), Files::isDirectory)) {
      for (Path domain : domains) {
        Processes.alive(domain.resolve("config/pid"), "java")
            .ifPresent(p -> use.parts.put("Payara", p));
      }
    }
    Processes.alive(stackHome.resolve("pgdata/postmaster.pid"), "postgres")
        .ifPresent(p -> use.parts.put("PostgreSQL", p));
    Processes.alive(stackHome.resolve("keycloak.pid"), "kc.sh")
        .ifPresent(p -> use.parts.put("Keycloak", p));
    use.parts.put("Gatling (this JVM)", ProcessHandle.current());
    return use;
  }

  void start() {
    before = now();
    startedNanos = System.nanoTime();
  }

  Used stop() {
    double wall = (System.nanoTime() - startedNanos) / 1e9;
    Map<String, Duration> after = now();
    Map<String, Double> used = new LinkedHashMap<>();
    after.forEach(
        (part, cpu) ->
            used.put(part, cpu.minus(before.getOrDefault(part, Duration.ZERO)).toMillis() / 1e3));
    return new Used(used, wall);
  }

  /**
   * CPU so far of each part, its descendants included (PostgreSQL's backends, Keycloak's JVM under
   * kc.sh); the current JVM's own threads only, as Gatling has no children.
   */
  private Map<String, Duration> now() {
    Map<String, Duration> cpu = new LinkedHashMap<>();
    parts.forEach(
        (part, root) ->
            cpu.put(
                part,
                Stream.concat(Stream.of(root), root.descendants())
                    .map(p -> p.info().totalCpuDuration())
                    .flatMap(Optional::stream)
                    .reduce(Duration.ZERO, Duration::plus)));
    return cpu;
  }
}

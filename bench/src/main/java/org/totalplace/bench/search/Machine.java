package org.totalplace.bench.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** The machine a benchmark ran on, as far as a report needs it to be compared with another. */
public record Machine(int cores, String cpu, String memory, String os, String java) {

  public static Machine describe() {
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        procLine("/proc/cpuinfo", "model name"),
        memory(procLine("/proc/meminfo", "MemTotal")),
        System.getProperty("os.name") + " " + System.getProperty("os.version"),
        javaVersion());
  }

  /**
   * The 1-minute load average, to tell a quiet run from one that shared the cores with other work;
   * -1 where /proc/loadavg does not exist.
   */
  public static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** The value after "name:" on the first such line of a /proc file, or "unknown". */
  private static String procLine(String file, String name) {
    try {
      for (String line : Files.readAllLines(Path.of(file))) {
        if (line.startsWith(name)) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException e) {
      // Not Linux: the report says unknown.
    }
    return "unknown";
  }

  /** "24683656 kB" as "23.5 GiB (MemTotal 24683656 kB)". */
  private static String memory(String memTotal) {
    try {
      long kb = Long.parseLong(memTotal.replace("kB", "").strip());
      return String.format(Locale.UK, "%.1f GiB (MemTotal %s)", kb / 1048576.0, memTotal);
    } catch (NumberFormatException e) {
      return memTotal;
    }
  }

  /** What {@code java -version} prints for the java running us. */
  private static String javaVersion() {
    String java = ProcessHandle.current().info().command().orElse("java");
    try {
      Process process = new ProcessBuilder(java, "-version").redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor(30, TimeUnit.SECONDS) && !out.isBlank()) {
        return out.strip();
      }
    } catch (IOException e) {
      // Fall through to the running JVM's own description.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
  }
}

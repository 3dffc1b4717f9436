package org.totalplace.bench.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.totalplace.bench.referral.Timings;
import org.totalplace.bench.search.Machine;

/** The Markdown summary of a load run: the machine, the sizes, and each request beside its SQL. */
final class LoadReport {

  private LoadReport() {}

  static String render(
      LocalDate date,
      int users,
      int seconds,
      int people,
      GatlingStats stats,
      RawBaselines baselines,
      Path gatlingRun) {
    Machine machine = Machine.describe();
    StringBuilder md = new StringBuilder();
    md.append("# Load benchmark, ").append(date).append("\n\n");
    md.append(
        String.format(
            "Machine: %d cores, %s, %s, %s, Java %s. Load average at the end: %.2f.%n%n",
            machine.cores(),
            machine.cpu(),
            machine.memory(),
            machine.os(),
            machine.java().lines().findFirst().orElse(""),
            Machine.loadAverage()));
    md.append(
        String.format(
            "Gatling (Java DSL) drove the API with %d active sessions for %d s, each pausing 1 to 3"
                + " s between requests, about %d people recorded with consent to share. Every"
                + " visit searches for a person with one letter of the family name dropped; two"
                + " in five also create a referral, read it back and (as the receiving agency's"
                + " system) accept it. The whole platform and the load run on this machine."
                + " Gatling's HTML report: `%s`.%n%n",
            users, seconds, people, gatlingRun.getFileName()));
    md.append(
        "| Request | ok | failed | p50 ms | p95 ms | p99 ms | per second | raw SQL p50 / p95 ms"
            + " | p95 vs raw SQL |\n");
    md.append("|---|---|---|---|---|---|---|---|---|\n");
    for (GatlingStats.Row row : stats.rows()) {
      Timings base = baselineOf(row.name(), baselines);
      md.append(
          String.format(
              "| %s | %d | %d | %.0f | %.0f | %.0f | %.1f | %s | %s |%n",
              row.name(),
              row.ok(),
              row.failed(),
              row.p50(),
              row.p95(),
              row.p99(),
              row.rate(),
              base == null
                  ? "none yet"
                  : String.format("%.1f / %.1f", base.percentile(50), base.percentile(95)),
              base == null ? "" : String.format("%.0f×", row.p95() / base.percentile(95))));
    }
    md.append("\nRaw SQL baselines, timed after the load against the same PostgreSQL:\n\n");
    for (Timings t : List.of(baselines.read(), baselines.insert())) {
      md.append(
          String.format(
              "- %s: n %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
              t.name(),
              t.sortedNanos().length,
              t.percentile(50),
              t.percentile(95),
              t.percentile(99)));
    }
    return md.toString();
  }

  /** The raw SQL a request stands on: a read of one referral, or the rows of a new one. */
  static Timings baselineOf(String request, RawBaselines baselines) {
    return switch (request) {
      case ApiLoad.READ -> baselines.read();
      case ApiLoad.CREATE -> baselines.insert();
      default -> null;
    };
  }
}

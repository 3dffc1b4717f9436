package org.totalplace.bench.load;

import java.util.List;
import java.util.Locale;
import org.totalplace.bench.referral.Timings;
import org.totalplace.bench.search.Machine;

/**
 * The Markdown summary of a load run: the machine, the sizes, each request beside the raw SQL it
 * stands on, statements per request, heap per session, and where the platform stands against the
 * aims of issue 7.
 */
final class LoadReport {

  private LoadReport() {}

  static String render(LoadRun run) {
    Machine machine = Machine.describe();
    StringBuilder md = new StringBuilder();
    md.append("# Load benchmark, ").append(run.date()).append("\n\n");
    md.append(
        String.format(
            Locale.UK,
            "Machine: %d cores, %s, %s, %s, Java %s. Load average before and after the load:"
                + " %.2f → %.2f. PostgreSQL, Keycloak, Payara and Gatling all run on this"
                + " machine.%n%n",
            machine.cores(),
            machine.cpu(),
            machine.memory(),
            machine.os(),
            machine.java().lines().findFirst().orElse(""),
            run.loadAverage()[0],
            run.loadAverage()[1]));
    md.append("The place (rows in its database):");
    run.sizes()
        .forEach((table, rows) -> md.append(String.format(Locale.UK, " %s %,d;", table, rows)));
    md.setLength(md.length() - 1);
    md.append(".\n\n");
    md.append(
        String.format(
            Locale.UK,
            "Gatling (Java DSL) ran %d active sessions for %d s: %d housing workers in the pages"
                + " (find a person with a one-letter typo and the date of birth, open the record,"
                + " in one visit in seven open a pathway plan and mark a step in place; 2 to 8 s"
                + " of thought between pages), %d agency systems over the API (search with a"
                + " typo; in two visits of five create a referral, read it back and accept it as"
                + " the receiving system; 1 to 3 s between calls) and %d team leads on the"
                + " caseloads dashboard (10 to 20 s between looks). People's sessions logged in"
                + " through Keycloak's login form first. Gatling's HTML report (charts):"
                + " `bench/results/gatling/%s`.%n%n",
            run.users(),
            run.seconds(),
            run.workers(),
            run.systems(),
            run.leads(),
            run.gatlingRun().getFileName()));
    md.append(
        "| Request | ok | failed | p50 ms | p95 ms | p99 ms | per second | baseline p50 / p95 ms"
            + " | p95 ÷ baseline p95 |\n");
    md.append("|---|---|---|---|---|---|---|---|---|\n");
    for (GatlingStats.Row row : run.stats().rows()) {
      Timings base = baselineOf(row.name(), run.baselines());
      md.append(
          String.format(
              Locale.UK,
              "| %s | %d | %d | %.0f | %.0f | %.0f | %.1f | %s | %s |%n",
              row.name(),
              row.ok(),
              row.failed(),
              row.p50(),
              row.p95(),
              row.p99(),
              row.rate(),
              base == null
                  ? ""
                  : String.format(
                      Locale.UK, "%.1f / %.1f", base.percentile(50), base.percentile(95)),
              base == null
                  ? ""
                  : String.format(Locale.UK, "%.0f×", row.p95() / base.percentile(95))));
    }
    md.append(drift(run.drift()));
    md.append("\nBaselines, timed after the load on the same PostgreSQL over one connection:\n\n");
    md.append("| Baseline | n | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|\n");
    for (Timings t : run.baselines().all()) {
      md.append(timingRow(t));
    }
    md.append("\nLogging in (before the load, one at a time):\n\n");
    md.append("| Login | n | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|\n");
    for (Timings t : run.logins()) {
      md.append(timingRow(t));
    }
    LoadRun.Heap heap = run.heap();
    md.append(
        String.format(
            Locale.UK,
            "%nHeap per logged-in session: **%.0f KiB** (Payara's live heap after full"
                + " collections, %,.0f MiB before %d sessions logged in and looked round, %,.0f"
                + " MiB after).%n%n",
            heap.perSessionKiB(),
            heap.before() / 1048576.0,
            heap.sessions(),
            heap.after() / 1048576.0));
    md.append(
        String.format(
            Locale.UK,
            "SQL statements per request (pg_stat_statements; each request made one after another"
                + " on a quiet platform, less the %.1f statements a second its timers run when"
                + " idle):%n%n",
            run.backgroundStatementsPerSecond()));
    md.append(
        "| Request | times | statements | begin/commit/set | most run |\n|---|---|---|---|---|\n");
    for (StatementCounts.Count c : run.statements()) {
      md.append(
          String.format(
              Locale.UK,
              "| %s | %d | %.1f | %.1f | %s |%n",
              c.request(),
              c.times(),
              c.statements(),
              c.transactionControl(),
              c.top()));
    }
    md.append("\n").append(inside(run.inside()));
    md.append("\n").append(Aims.render(run));
    return md.toString();
  }

  private static String drift(Drift drift) {
    if (drift.windows().isEmpty()) {
      return "";
    }
    StringBuilder md =
        new StringBuilder(
            "\nThe p95 of all requests over the run (the median of the p95s of the time buckets"
                + " in Gatling's percentiles-over-time chart, window by window):\n\n");
    md.append("| Window | buckets | p95 ms |\n|---|---|---|\n");
    for (Drift.Window w : drift.windows()) {
      md.append(
          String.format(
              Locale.UK,
              "| %d to %d s | %d | %.0f |%n",
              w.fromSecond(),
              w.toSecond(),
              w.buckets(),
              w.p95()));
    }
    return md.toString();
  }

  private static String timingRow(Timings t) {
    return String.format(
        Locale.UK,
        "| %s | %d | %.1f | %.1f | %.1f |%n",
        t.name(),
        t.sortedNanos().length,
        t.percentile(50),
        t.percentile(95),
        t.percentile(99));
  }

  /** The raw SQL a request stands on, where it has one. */
  static Timings baselineOf(String request, RawBaselines baselines) {
    return switch (request) {
      case PlaceLoad.RECORD -> baselines.record();
      case PlaceLoad.SEARCH_PAGE, PlaceLoad.SEARCH_API -> baselines.search();
      case PlaceLoad.CASELOADS -> baselines.caseloads();
      case PlaceLoad.READ -> baselines.read();
      case PlaceLoad.CREATE -> baselines.insert();
      default -> null;
    };
  }

  /** CPU per process, the server's profile and the sealer, over the load. */
  static String inside(LoadRun.Inside inside) {
    StringBuilder md = new StringBuilder();
    CpuUse.Used cpu = inside.cpu();
    double cores = Runtime.getRuntime().availableProcessors() * cpu.wallSeconds();
    md.append(
        String.format(
            Locale.UK,
            "CPU used during the load (%.0f s on %d cores, %.0f core-seconds to go round):%n%n",
            cpu.wallSeconds(),
            Runtime.getRuntime().availableProcessors(),
            cores));
    md.append("| Process | CPU s | share of the machine |\n|---|---|---|\n");
    cpu.seconds()
        .forEach(
            (part, seconds) ->
                md.append(
                    String.format(
                        Locale.UK,
                        "| %s | %.0f | %.0f%% |%n",
                        part,
                        seconds,
                        100 * seconds / cores)));
    Profile.Read profile = inside.profile();
    md.append(
        String.format(
            Locale.UK,
            "%nWhere Payara's CPU went (Java Flight Recorder, profile settings, %,d execution"
                + " samples; recording `%s`), by the outermost frame of our code, which names the"
                + " page bean, API resource or timer a request entered by:%n%n",
            profile.samples(),
            profile.file().getFileName()));
    shares(md, "Entered at", profile.entries());
    md.append("\nAnd by the method on top of the stack when sampled:\n\n");
    shares(md, "Method", profile.hotMethods());
    Sealing.Measured sealing = inside.sealing();
    md.append(
        String.format(
            Locale.UK,
            "%nAudit sealing: %,d entries written during the load waited p50 %.2f s, p95 %.2f s,"
                + " p99 %.2f s, at most %.2f s from being recorded to being sealed (their own"
                + " transaction's time included); %,d waiting after the load. Verification of"
                + " the whole chain: %s (%.1f s).%n",
            sealing.entries(),
            sealing.p50(),
            sealing.p95(),
            sealing.p99(),
            sealing.max(),
            sealing.unsealed(),
            sealing.verification(),
            sealing.verificationSeconds()));
    return md.toString();
  }

  private static void shares(StringBuilder md, String heading, List<Profile.Share> shares) {
    md.append("| ").append(heading).append(" | samples | share |\n|---|---|---|\n");
    for (Profile.Share share : shares) {
      md.append(
          String.format(
              Locale.UK,
              "| `%s` | %,d | %.1f%% |%n",
              share.name(),
              share.samples(),
              share.percent()));
    }
  }
}

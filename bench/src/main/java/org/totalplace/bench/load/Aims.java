package org.totalplace.bench.load;

import java.util.Locale;
import java.util.Optional;
import org.totalplace.bench.referral.Timings;

/** Where one run puts the platform against the aims issue 7 sets (aims, not pass marks). */
final class Aims {

  private Aims() {}

  static String render(LoadRun run) {
    StringBuilder md = new StringBuilder("## Against the aims\n\n");
    md.append("| Aim | This run | |\n|---|---|---|\n");
    String at = String.format(Locale.UK, " at %d active sessions", run.users());
    latency(
        md,
        run,
        PlaceLoad.RECORD,
        "Open a person's record: p95 ≤ 100 ms at 200 active users",
        100,
        at);
    statements(
        md, run, "Page: open a person's record", "Open a person's record: ≤ 10 SQL statements", 10);
    latency(md, run, PlaceLoad.SEARCH_PAGE, "Search, name and date of birth: p95 ≤ 50 ms", 50, at);
    latency(
        md,
        run,
        PlaceLoad.SEARCH_API,
        "Search over the API, name and date of birth: p95 ≤ 50 ms",
        50,
        at);
    latency(md, run, PlaceLoad.CREATE, "Create referral: p95 ≤ 50 ms", 50, at);
    Optional<GatlingStats.Row> create = row(run, PlaceLoad.CREATE);
    md.append(
        String.format(
            Locale.UK,
            "| Create referral: ≥ 150 a second sustained | %s a second in this mix (the mix's"
                + " demand, not the most the platform can do: bench/referrals measures that) |"
                + " not measured here |%n",
            create.map(r -> String.format(Locale.UK, "%.1f", r.rate())).orElse("none")));
    latency(md, run, PlaceLoad.CASELOADS, "Caseload dashboard: p95 ≤ 100 ms", 100, at);
    for (String read :
        new String[] {
          PlaceLoad.RECORD, PlaceLoad.SEARCH_PAGE, PlaceLoad.CASELOADS, PlaceLoad.READ
        }) {
      Timings base = LoadReport.baselineOf(read, run.baselines());
      row(run, read)
          .ifPresent(
              r -> {
                double ratio = r.p95() / base.percentile(95);
                md.append(
                    String.format(
                        Locale.UK,
                        "| Reads ≤ 5× their raw SQL: %s | %.0f× (p95 %.0f ms against %.1f ms) | %s |%n",
                        read,
                        ratio,
                        r.p95(),
                        base.percentile(95),
                        ratio <= 5 ? "met" : "not met"));
              });
    }
    row(run, "All Requests")
        .ifPresent(
            all -> {
              double errors = 100.0 * all.failed() / Math.max(1, all.ok() + all.failed());
              md.append(
                  String.format(
                      Locale.UK,
                      "| Soak: an hour at 200 active users, errors < 0.1%%, p95 drifting < 20%% |"
                          + " %.2f%% errors over %d s%s, %s | %s |%n",
                      errors,
                      run.seconds(),
                      at,
                      drift(run.drift()),
                      soak(run, errors)));
            });
    Sealing.Measured sealing = run.inside().sealing();
    md.append(
        String.format(
            Locale.UK,
            "| Audit sealing lag p95 < 5 s | p95 %.2f s over %,d entries written during the load"
                + " | %s |%n",
            sealing.p95(),
            sealing.entries(),
            sealing.entries() > 0 && sealing.p95() < 5 ? "met" : "not met"));
    md.append(
        String.format(
            Locale.UK,
            "| The whole chain verifies after the load | %s (%.1f s) | %s |%n",
            sealing.verification().replace("|", "/"),
            sealing.verificationSeconds(),
            sealing.intact() ? "met" : "not met"));
    return md.toString();
  }

  private static String drift(Drift drift) {
    double change = drift.change();
    return Double.isNaN(change)
        ? "no drift measured (too short)"
        : String.format(
            Locale.UK,
            "p95 drift %+.0f%% (last window %.0f ms against the first %.0f ms)",
            100 * change,
            drift.windows().get(drift.windows().size() - 1).p95(),
            drift.windows().get(0).p95());
  }

  private static String soak(LoadRun run, double errors) {
    if (run.seconds() < 3600 || run.users() < 200) {
      return "not a soak: too short or too few sessions";
    }
    boolean steady = run.drift().change() < 0.2;
    if (errors < 0.1 && steady) {
      return "met";
    }
    return (errors < 0.1 ? "errors met" : "errors not met")
        + ", "
        + (steady ? "drift met" : "drift not met");
  }

  private static void latency(
      StringBuilder md, LoadRun run, String request, String aim, double p95, String at) {
    row(run, request)
        .ifPresent(
            r ->
                md.append(
                    String.format(
                        Locale.UK,
                        "| %s | p95 %.0f ms%s | %s |%n",
                        aim,
                        r.p95(),
                        at,
                        r.p95() <= p95 ? "met" : "not met")));
  }

  private static void statements(
      StringBuilder md, LoadRun run, String request, String aim, int most) {
    run.statements().stream()
        .filter(c -> c.request().equals(request))
        .findFirst()
        .ifPresent(
            c ->
                md.append(
                    String.format(
                        Locale.UK,
                        "| %s | %.1f | %s |%n",
                        aim,
                        c.statements(),
                        c.statements() <= most ? "met" : "not met")));
  }

  private static Optional<GatlingStats.Row> row(LoadRun run, String name) {
    return run.stats().rows().stream().filter(r -> r.name().equals(name)).findFirst();
  }
}

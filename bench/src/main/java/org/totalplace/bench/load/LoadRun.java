package org.totalplace.bench.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.totalplace.bench.referral.Timings;

/** Everything one load run measured, for the report. */
record LoadRun(
    LocalDate date,
    Map<String, Long> sizes,
    int workers,
    int systems,
    int leads,
    int seconds,
    GatlingStats stats,
    Drift drift,
    Path gatlingRun,
    RawBaselines baselines,
    List<Timings> logins,
    Heap heap,
    List<StatementCounts.Count> statements,
    double backgroundStatementsPerSecond,
    double[] loadAverage,
    Inside inside) {

  /** Where the time went during the load: CPU per process, the server's profile, the sealer. */
  record Inside(CpuUse.Used cpu, Profile.Read profile, Sealing.Measured sealing) {}

  /** Live heap of the application server before and after logging the sessions in. */
  record Heap(long before, long after, int sessions) {
    double perSessionKiB() {
      return (after - before) / 1024.0 / sessions;
    }
  }

  int users() {
    return workers + systems + leads;
  }
}

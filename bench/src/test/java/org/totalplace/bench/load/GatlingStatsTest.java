package org.totalplace.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.totalplace.bench.referral.Timings;

/** Reads the statistics of a real Gatling 3.13 run (its report's js/stats.js, kept as is). */
class GatlingStatsTest {

  static GatlingStats recorded() throws Exception {
    try (var in = GatlingStatsTest.class.getResourceAsStream("/gatling/stats.js")) {
      return GatlingStats.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void readsEveryRequestOfTheRunWithItsFigures() throws Exception {
    GatlingStats stats = recorded();

    assertThat(stats.rows())
        .extracting(GatlingStats.Row::name)
        .containsExactlyInAnyOrder(
            "All Requests",
            "Search a person, one typo",
            "Create referral",
            "Read referral",
            "Accept referral");
    GatlingStats.Row create = stats.row("Create referral");
    assertThat(create.ok()).isEqualTo(68);
    assertThat(create.failed()).isZero();
    assertThat(create.p50()).isEqualTo(80);
    assertThat(create.p95()).isEqualTo(220);
    assertThat(create.p99()).isEqualTo(477);
    assertThat(create.rate()).isEqualTo(1.03);
    assertThat(stats.row("All Requests").ok()).isEqualTo(367);
  }

  @Test
  void aFigureGatlingCouldNotComputeIsNotANumberNotZero() throws Exception {
    GatlingStats stats =
        GatlingStats.parse(
            "var stats = { type: \"GROUP\", name: \"All Requests\", stats: { \"name\": \"All"
                + " Requests\", \"numberOfRequests\": {\"total\": \"0\", \"ok\": \"0\", \"ko\":"
                + " \"0\"}, \"percentiles1\": {\"total\": \"-\"} } };\nfunction f() { }");

    assertThat(stats.rows()).hasSize(1);
    assertThat(stats.rows().get(0).p50()).isNaN();
  }

  @Test
  void theReportPutsEachRequestBesideItsOwnRawSqlAndAgainstTheAims() throws Exception {
    GatlingStats stats =
        new GatlingStats(
            List.of(
                new GatlingStats.Row(PlaceLoad.RECORD, 100, 0, 40, 90, 120, 3.3),
                new GatlingStats.Row(PlaceLoad.CREATE, 50, 1, 60, 150, 200, 1.0),
                new GatlingStats.Row(PlaceLoad.PATHWAY_STEP, 9, 0, 70, 80, 90, 0.1),
                new GatlingStats.Row("All Requests", 159, 1, 50, 140, 190, 4.4)));
    Timings record = ms("Baseline: record", 2);
    Timings insert = ms("Baseline: insert", 3);
    RawBaselines baselines =
        new RawBaselines(
            record, ms("s", 1), ms("e", 1), ms("c", 1), ms("r", 1), insert, ms("f", 10));
    LoadRun run =
        new LoadRun(
            LocalDate.of(2026, 11, 24),
            java.util.Map.of("person", 1_000_000L),
            14,
            4,
            2,
            60,
            stats,
            new Drift(List.of(new Drift.Window(0, 29, 30, 80), new Drift.Window(30, 59, 30, 100))),
            Path.of("placeload-1"),
            baselines,
            List.of(ms("Log in", 300)),
            new LoadRun.Heap(100L << 20, 110L << 20, 20),
            List.of(new StatementCounts.Count(PlaceLoad.RECORD, 20, 14.0, 2.0, "1.0× `select`")),
            0.5,
            new double[] {1, 2},
            new LoadRun.Inside(
                new CpuUse.Used(java.util.Map.of("Payara", 60.0, "PostgreSQL", 30.0), 60),
                new Profile.Read(
                    1000,
                    List.of(new Profile.Share("RecordPage.open", 400, 40.0)),
                    List.of(new Profile.Share("String.hashCode", 50, 5.0)),
                    Path.of("load.jfr")),
                new Sealing.Measured(
                    5000, 0.8, 1.9, 2.5, 3.1, 0, true, "Intact: 5000 sealed entries", 2.0)));

    String report = LoadReport.render(run);

    assertThat(report)
        .contains("| " + PlaceLoad.RECORD + " | 100 | 0 | 40 | 90 | 120 | 3.3 | 2.0 / 2.0 | 45× |")
        .contains("| " + PlaceLoad.CREATE + " | 50 | 1 | 60 | 150 | 200 | 1.0 | 3.0 / 3.0 | 50× |")
        .contains("| " + PlaceLoad.PATHWAY_STEP + " | 9 | 0 | 70 | 80 | 90 | 0.1 |  |  |")
        .contains("person 1,000,000")
        .contains("Heap per logged-in session: **512 KiB**")
        .contains("| Open a person's record: p95 ≤ 100 ms at 200 active users | p95 90 ms at 20")
        .contains("| Open a person's record: ≤ 10 SQL statements | 14.0 | not met |")
        .contains("| Create referral: p95 ≤ 50 ms | p95 150 ms at 20 active sessions | not met |")
        .contains("0.63% errors over 60 s")
        .contains("| 30 to 59 s | 30 | 100 |")
        .contains("p95 drift +25%")
        .contains("| Payara | 60 | " + (6000 / (Runtime.getRuntime().availableProcessors() * 60)))
        .contains("| `RecordPage.open` | 400 | 40.0% |")
        .contains("| Audit sealing lag p95 < 5 s | p95 1.90 s over 5,000 entries")
        .contains(
            "| The whole chain verifies after the load | Intact: 5000 sealed entries (2.0 s) | met |");
  }

  private static Timings ms(String name, double millis) {
    return Timings.of(name, List.of((long) (millis * 1e6)), 1);
  }
}

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
            "All Requests", ApiLoad.SEARCH, ApiLoad.CREATE, ApiLoad.READ, ApiLoad.ACCEPT);
    GatlingStats.Row create = stats.row(ApiLoad.CREATE);
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
  void theReportPutsEachRequestBesideItsOwnRawSql() throws Exception {
    Timings read = Timings.of("Baseline: raw read of one referral", List.of(200_000L), 1);
    Timings insert = Timings.of("Baseline: raw insert", List.of(2_000_000L), 1);

    String report =
        LoadReport.render(
            LocalDate.of(2026, 11, 24),
            10,
            60,
            100,
            recorded(),
            new RawBaselines(read, insert),
            Path.of("apiload-1"));

    assertThat(report)
        .contains("| Create referral | 68 | 0 | 80 | 220 | 477 | 1.0 | 2.0 / 2.0 | 110× |")
        .contains("| Search a person, one typo |")
        .contains("10 active sessions for 60 s");
    assertThat(LoadReport.baselineOf(ApiLoad.SEARCH, new RawBaselines(read, insert))).isNull();
  }
}

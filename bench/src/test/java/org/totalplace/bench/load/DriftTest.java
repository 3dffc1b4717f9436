package org.totalplace.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class DriftTest {

  /** Gatling's percentiles-over-time series as its index.html holds it, for given p95s. */
  private static String page(Long... p95s) {
    StringBuilder series = new StringBuilder("<script>\nvar responsetimepercentilesovertimeok");
    series.append("Percentiles = unpack([");
    for (int i = 0; i < p95s.length; i++) {
      long p = p95s[i] == null ? -1 : p95s[i];
      series
          .append(i == 0 ? "" : ",")
          .append("[")
          .append(1796305923 + i)
          .append(",")
          .append(p < 0 ? "null" : String.format("[1,2,3,4,5,6,7,%d,%d,%d]", p, p + 10, p + 20))
          .append("]");
    }
    return series.append("]);\nvar next = unpack([[1,[2]]]);\n</script>").toString();
  }

  @Test
  void comparesTheMedianP95OfTheLastWindowWithTheFirst() throws IOException {
    Drift drift = Drift.parse(page(100L, 900L, 100L, 120L, 110L, 130L, 130L, 1L, 130L), 3);

    assertThat(drift.windows()).extracting(Drift.Window::p95).containsExactly(100.0, 120.0, 130.0);
    assertThat(drift.windows()).extracting(Drift.Window::buckets).containsExactly(3, 3, 3);
    assertThat(drift.change()).isCloseTo(0.30, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void secondsWithoutRequestsAreLeftOutButTheClockKeepsTheirPlace() throws IOException {
    Drift drift = Drift.parse(page(50L, null, null, 50L, 40L, 40L), 2);

    assertThat(drift.windows()).hasSize(2);
    assertThat(drift.windows().get(0).fromSecond()).isZero();
    assertThat(drift.windows().get(0).toSecond()).isEqualTo(3);
    assertThat(drift.windows().get(1).fromSecond()).isEqualTo(4);
    assertThat(drift.change()).isCloseTo(-0.2, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void tooShortARunHasNoDrift() throws IOException {
    assertThat(Drift.parse(page(70L), 6).windows()).isEmpty();
    assertThat(Drift.parse(page(70L), 6).change()).isNaN();
  }

  @Test
  void aPageWithoutTheChartIsAnError() {
    assertThatThrownBy(() -> Drift.parse("<html></html>", 6))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("percentiles over time");
  }
}

package org.totalplace.bench.referral;

import java.util.Arrays;
import java.util.List;

/** Latencies of one kind of request, as percentiles in milliseconds. */
public record Timings(String name, long[] sortedNanos, double seconds) {

  public static Timings of(String name, List<Long> nanos, double seconds) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    return new Timings(name, sorted, seconds);
  }

  public double percentile(double p) {
    if (sortedNanos.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
    return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
  }

  public double perSecond() {
    return sortedNanos.length / seconds;
  }

  String row(double baselineP50) {
    String ratio =
        Double.isNaN(baselineP50) ? "" : String.format("%.1f×", percentile(50) / baselineP50);
    return String.format(
        "| %s | %d | %.1f | %.1f | %.1f | %.1f | %s |",
        name,
        sortedNanos.length,
        percentile(50),
        percentile(95),
        percentile(99),
        perSecond(),
        ratio);
  }
}

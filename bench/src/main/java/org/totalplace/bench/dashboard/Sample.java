package org.totalplace.bench.dashboard;

import java.util.Arrays;
import java.util.List;

/** The latencies of one timed request or query, as nearest-rank percentiles in milliseconds. */
record Sample(String name, long[] sortedNanos) {

  static Sample of(String name, List<Long> nanos) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    return new Sample(name, sorted);
  }

  /** Nearest-rank percentile, {@code p} from 0 to 100; NaN when nothing was timed. */
  double percentile(double p) {
    if (sortedNanos.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
    return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
  }

  int count() {
    return sortedNanos.length;
  }
}

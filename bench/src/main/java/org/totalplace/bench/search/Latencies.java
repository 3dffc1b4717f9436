package org.totalplace.bench.search;

import java.util.Arrays;

/** The measured latencies of one run of queries, and the wall time they took together. */
record Latencies(long[] sortedNanos, long wallNanos) {

  static Latencies of(long[] nanos, long wallNanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Latencies(sorted, wallNanos);
  }

  /** Nearest-rank percentile in milliseconds, {@code p} from 0 to 100. */
  double percentileMillis(double p) {
    int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
    return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
  }

  double p50() {
    return percentileMillis(50);
  }

  double p95() {
    return percentileMillis(95);
  }

  double p99() {
    return percentileMillis(99);
  }

  double maxMillis() {
    return sortedNanos[sortedNanos.length - 1] / 1e6;
  }

  /** Queries per second on one connection, one after another. */
  double perSecond() {
    return sortedNanos.length / (wallNanos / 1e9);
  }

  int count() {
    return sortedNanos.length;
  }
}

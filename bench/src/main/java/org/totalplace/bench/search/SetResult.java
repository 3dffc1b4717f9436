package org.totalplace.bench.search;

/**
 * What one query set measured: the platform's search and, where there is one, the exact-match
 * baseline, each with its recall (share of queries whose person is among those answered), and one
 * EXPLAIN (ANALYZE, BUFFERS) of each. {@code namesakes} is only for the name-only set; {@code
 * loadAverages} are the machine's 1-minute load average before and after the set.
 */
record SetResult(
    QuerySet set,
    Latencies search,
    double recall,
    String plan,
    Latencies baseline,
    double baselineRecall,
    String baselinePlan,
    Namesakes namesakes,
    double[] loadAverages) {

  boolean hasBaseline() {
    return baseline != null;
  }

  /** Fuzzy search p50 over baseline p50. */
  double ratio() {
    return search.p50() / baseline.p50();
  }

  /**
   * How many people share the searched-for person's exact name: a name-only search cannot rank the
   * right one among more than 20 namesakes, so recall is also given for queries with at most 20.
   */
  record Namesakes(int median, int queriesWithFew, double recallWithFew) {}
}

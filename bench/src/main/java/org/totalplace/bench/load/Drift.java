package org.totalplace.bench.load;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the p95 of all successful requests moved over one run, for the soak aim ("p95 drifting <
 * 20%"). Read from the series behind Gatling's "response time percentiles over time" chart in its
 * {@code index.html}: one set of percentiles per time bucket (a second, or a few in long runs). The
 * run is cut into equal windows by bucket; a window's p95 is the median of its buckets' p95s, so
 * one slow second does not stand for ten minutes. Gatling's report keeps no raw timings to pool.
 */
record Drift(List<Window> windows) {

  /** A stretch of the run: its offset from the start, its buckets and their median p95. */
  record Window(long fromSecond, long toSecond, int buckets, double p95) {}

  private static final String SERIES = "var responsetimepercentilesovertimeokPercentiles = unpack(";

  /** The chart's ten series are min, 25, 50, 75, 80, 85, 90, 95, 99 and max. */
  private static final int P95 = 7;

  private static final JsonMapper READER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
          .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  static Drift read(Path gatlingRun, int windows) throws IOException {
    return parse(Files.readString(gatlingRun.resolve("index.html")), windows);
  }

  static Drift parse(String html, int windows) throws IOException {
    int start = html.indexOf(SERIES);
    if (start < 0) {
      throw new IOException("No percentiles over time in Gatling's index.html");
    }
    JsonNode buckets = READER.readTree(html.substring(start + SERIES.length()));
    List<long[]> points = new ArrayList<>();
    long first = buckets.path(0).path(0).asLong();
    for (JsonNode bucket : buckets) {
      JsonNode percentiles = bucket.path(1);
      if (percentiles.isArray()) {
        points.add(new long[] {bucket.path(0).asLong() - first, percentiles.path(P95).asLong()});
      }
    }
    List<Window> cut = new ArrayList<>();
    int size = points.size() / windows;
    for (int w = 0; size > 0 && w < windows; w++) {
      List<long[]> part =
          points.subList(w * size, w == windows - 1 ? points.size() : (w + 1) * size);
      cut.add(
          new Window(
              part.get(0)[0],
              part.get(part.size() - 1)[0],
              part.size(),
              median(part.stream().mapToLong(p -> p[1]).sorted().toArray())));
    }
    return new Drift(cut);
  }

  private static double median(long[] sorted) {
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
  }

  /** The last window's p95 against the first's, as a fraction: 0.2 is 20% slower. */
  double change() {
    if (windows.size() < 2) {
      return Double.NaN;
    }
    return windows.get(windows.size() - 1).p95() / windows.get(0).p95() - 1;
  }
}

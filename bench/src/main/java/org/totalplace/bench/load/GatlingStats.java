package org.totalplace.bench.load;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The figures of one Gatling run, per request name, read from the statistics its HTML report is
 * drawn from ({@code js/stats.js}): counts, percentiles 50/95/99 (the report's percentiles 1, 3 and
 * 4 by Gatling's defaults) and the mean rate.
 */
record GatlingStats(List<Row> rows) {

  record Row(String name, long ok, long failed, double p50, double p95, double p99, double rate) {}

  /** Gatling's report script is JavaScript, not JSON: its field names are not quoted. */
  private static final JsonMapper LENIENT =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
          .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  static Path newestRun(Path resultsFolder) throws IOException {
    try (Stream<Path> runs = Files.list(resultsFolder)) {
      return runs.filter(Files::isDirectory)
          .max(Comparator.comparing(p -> p.toFile().lastModified()))
          .orElseThrow(() -> new IOException("Gatling wrote no run into " + resultsFolder));
    }
  }

  static GatlingStats read(Path run) throws IOException {
    return parse(Files.readString(run.resolve("js/stats.js")));
  }

  static GatlingStats parse(String script) throws IOException {
    int start = script.indexOf('{');
    if (start < 0) {
      throw new IOException("No statistics in Gatling's stats.js");
    }
    // The object is read up to its closing brace; the report's functions after it are not read.
    JsonNode all = LENIENT.readTree(script.substring(start));
    List<Row> rows = new ArrayList<>();
    collect(all, rows);
    return new GatlingStats(rows);
  }

  private static void collect(JsonNode node, List<Row> rows) {
    JsonNode stats = node.path("stats");
    if (!stats.isMissingNode()) {
      rows.add(
          new Row(
              stats.path("name").asText(node.path("name").asText()),
              count(stats.path("numberOfRequests").path("ok")),
              count(stats.path("numberOfRequests").path("ko")),
              number(stats.path("percentiles1").path("total")),
              number(stats.path("percentiles3").path("total")),
              number(stats.path("percentiles4").path("total")),
              number(stats.path("meanNumberOfRequestsPerSecond").path("total"))));
    }
    node.path("contents").forEach(child -> collect(child, rows));
  }

  /** Gatling writes its numbers as quoted text, and "-" where there is none. */
  private static double number(JsonNode value) {
    try {
      return Double.parseDouble(value.asText());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static long count(JsonNode value) {
    double d = number(value);
    return Double.isNaN(d) ? 0 : (long) d;
  }

  Row row(String name) {
    return rows.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
  }
}

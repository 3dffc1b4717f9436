package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What operators watch: health, Prometheus metrics, and JSON log lines a problem can be found by.
 */
@ExtendWith(Platform.class)
class OperationsIT {

  @Test
  void readinessNamesEachPartItChecksAndAllAreUp() {
    Api.Reply ready = Api.anonymous().rawUrl(Platform.stack().webUrl() + "/health/ready");
    assertThat(ready.status()).as(ready.body()).isEqualTo(200);
    JsonNode answer = ready.json();
    assertThat(answer.get("status").asText()).isEqualTo("UP");
    assertThat(answer.get("checks").findValuesAsText("name"))
        .contains("postgresql", "keycloak", "flowable-job-executor", "webhook-dispatcher");
    assertThat(answer.get("checks").findValuesAsText("status")).containsOnly("UP");

    Api.Reply live = Api.anonymous().rawUrl(Platform.stack().webUrl() + "/health/live");
    assertThat(live.status()).isEqualTo(200);
    assertThat(live.json().get("checks").findValuesAsText("name")).contains("totalplace");
  }

  @Test
  void metricsCountPagesAndOperationsWithTheirErrorsInPrometheusFormat() throws Exception {
    Api housing = Api.as("housing-system");
    assertThat(housing.get("/referrals/999999999").status()).isEqualTo(404);
    assertThat(housing.get("/referrals?box=inbox").status()).isEqualTo(200);

    // The platform's own figures are read by a timer: wait for its first reading.
    String text =
        Waits.until(
            () -> {
              String body = metrics();
              return body.contains(
                      "totalplace_figures_age{mp_scope=\"application\",unit=\"seconds\"} -1")
                  ? null
                  : body;
            },
            "the first reading of the platform's figures");
    // Latency histograms per operation, errors by status class, the platform's own figures.
    assertThat(text)
        .containsPattern("totalplace_requests_seconds_bucket\\{[^}]*name=\"ReferralsResource\\.")
        // Seconds, not nanoseconds: no API call here takes a minute.
        .doesNotContainPattern("totalplace_requests_seconds_max\\{[^}]*\\} [0-9.]+E[1-9]")
        .containsPattern("totalplace_request_errors_total\\{[^}]*kind=\"api\"[^}]*status=\"4xx\"")
        .containsPattern("totalplace_referrals\\{[^}]*status=\"in_progress\"")
        .contains("totalplace_work_overdue", "totalplace_audit_sealing_lag")
        .contains("totalplace_webhooks", "totalplace_jobs_dead", "totalplace_database_connections")
        // Payara's own: heap and garbage collection.
        .containsPattern("memory_usedHeap_bytes|jvm_memory_used")
        .containsPattern("gc_total|jvm_gc");
  }

  @Test
  void aProblemsCorrelationIdFindsItsJsonLogLineWithWhoAsked() throws Exception {
    Api.Reply missing = Api.as("housing-system").get("/referrals/999999998");
    assertThat(missing.status()).isEqualTo(404);
    String correlationId = missing.json().get("correlationId").asText();

    JsonNode line = Waits.until(() -> requestLine(correlationId), "the request's log line");
    assertThat(line.get("status").asText()).isEqualTo("404");
    assertThat(line.get("user").asText()).contains("housing-system");
    assertThat(line.get("agency").asText()).isEqualTo("housing");
    assertThat(line.get("request").asText()).isEqualTo("GET ReferralsResource.find");
    assertThat(line.has("durationMs")).isTrue();
  }

  static String metrics() {
    Api.Reply metrics =
        Api.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(Platform.stack().webUrl() + "/metrics"))
                .header("Accept", "text/plain")
                .build());
    assertThat(metrics.status()).isEqualTo(200);
    return metrics.body();
  }

  /** The JSON line of one request, if Payara has written it yet. */
  static JsonNode requestLine(String correlationId) throws Exception {
    for (String text : serverLogLines(Platform.stack().home())) {
      if (text.contains(correlationId) && text.contains("Request answered")) {
        return Api.JSON.readTree(text);
      }
    }
    return null;
  }

  static List<String> serverLogLines(Path home) throws Exception {
    try (Stream<Path> files = Files.walk(home.resolve("domains"))) {
      List<Path> logs =
          files.filter(p -> p.getFileName().toString().startsWith("server.log")).toList();
      return logs.stream()
          .flatMap(
              p -> {
                try {
                  return Files.readAllLines(p).stream();
                } catch (java.io.IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .toList();
    }
  }
}

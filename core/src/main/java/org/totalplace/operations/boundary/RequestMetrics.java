package org.totalplace.operations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Rate, latency and errors of every page and API operation, as one timer (a histogram with the
 * buckets set in microprofile-config.properties) and one error counter per page or operation. Names
 * are page paths and resource methods, never values from a request, so the set is bounded.
 */
@ApplicationScoped
public class RequestMetrics {

  /** Pages people open, and the operations systems call. */
  public enum Kind {
    PAGE,
    API
  }

  static final String REQUESTS = "totalplace.requests";
  static final String ERRORS = "totalplace.request.errors";

  @Inject MetricRegistry registry;

  private final Map<String, Timer> timers = new ConcurrentHashMap<>();
  private final Map<String, Counter> errors = new ConcurrentHashMap<>();

  /** One answered request: what it was, its HTTP status and how long it took. */
  public void record(Kind kind, String name, int status, Duration took) {
    String tag = kind.name().toLowerCase();
    timers
        .computeIfAbsent(
            tag + ' ' + name,
            k ->
                registry.timer(
                    Metadata.builder()
                        .withName(REQUESTS)
                        .withDescription("Requests answered, by page or API operation")
                        // Said outright: Payara's exporter then writes seconds (_seconds), where
                        // with no unit it writes the timer's nanoseconds as they are.
                        .withUnit(MetricUnits.NANOSECONDS)
                        .build(),
                    new Tag("kind", tag),
                    new Tag("name", name)))
        .update(took);
    if (status >= 400) {
      String statusClass = status >= 500 ? "5xx" : "4xx";
      errors
          .computeIfAbsent(
              tag + ' ' + name + ' ' + statusClass,
              k ->
                  registry.counter(
                      Metadata.builder()
                          .withName(ERRORS)
                          .withDescription("Requests answered with an error, by status class")
                          .build(),
                      new Tag("kind", tag),
                      new Tag("name", name),
                      new Tag("status", statusClass)))
          .inc();
    }
  }
}

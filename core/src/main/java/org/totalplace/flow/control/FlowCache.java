package org.totalplace.flow.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.totalplace.flow.entity.FlowReport;
import org.totalplace.flow.entity.Period;

/**
 * Keeps each period's place-wide figures for up to a minute, so a team lead's numbers are never
 * more than a minute old while a room full of them opening the page costs one computation. Every
 * viewer's share is cut from the same figures afterwards.
 */
@ApplicationScoped
public class FlowCache {

  static final Duration FRESH = Duration.ofSeconds(60);
  static final int PERIODS_KEPT = 50;

  private final Map<Period, FlowReport> reports =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Period, FlowReport> eldest) {
          return size() > PERIODS_KEPT;
        }
      };

  Clock clock = Clock.systemUTC();

  /** The figures of a period, computed now if those kept are missing or over a minute old. */
  public FlowReport of(Period period, Function<Instant, FlowReport> compute) {
    Instant now = clock.instant();
    synchronized (reports) {
      FlowReport kept = reports.get(period);
      if (kept != null && kept.asOf().plus(FRESH).isAfter(now)) {
        return kept;
      }
    }
    FlowReport fresh = compute.apply(now);
    synchronized (reports) {
      reports.put(period, fresh);
    }
    return fresh;
  }
}

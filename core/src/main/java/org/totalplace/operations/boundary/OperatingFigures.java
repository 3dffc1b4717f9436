package org.totalplace.operations.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.totalplace.operations.control.FigureQueries;
import org.totalplace.operations.control.FigureQueries.Figure;

/**
 * The platform's own figures for Prometheus (referrals by state, overdue work, audit sealing lag,
 * email and webhook backlogs, Flowable jobs, database connections). They are read from the database
 * every {@value #EVERY_SECONDS} seconds by one timer, not on every scrape, so a scraper that asks
 * often costs nothing; a gauge shows the last reading. Closed referrals only grow and take seconds
 * to count at millions, so they are recounted every {@value #CLOSED_EVERY_MINUTES} minutes.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OperatingFigures {

  private static final Logger LOG = Logger.getLogger(OperatingFigures.class.getName());
  static final int EVERY_SECONDS = 30;
  static final int CLOSED_EVERY_MINUTES = 10;

  @PersistenceContext EntityManager em;

  @Inject MetricRegistry registry;

  Clock clock = Clock.systemUTC();
  private final Map<MetricID, Double> readings = new ConcurrentHashMap<>();
  private volatile Instant closedCountedAt = Instant.EPOCH;
  private volatile Instant readAt;

  @PostConstruct
  void start() {
    registry.gauge(
        new MetricID("totalplace.figures.age", new Tag("unit", "seconds")),
        () -> readAt == null ? -1 : Duration.between(readAt, clock.instant()).toSeconds());
    // The first scrape after a start finds figures, not half a minute of nothing; the closed
    // referrals (seconds at millions) wait for the first tick rather than hold up the deploy.
    closedCountedAt = clock.instant();
    read();
    closedCountedAt = Instant.EPOCH;
  }

  @Schedule(second = "*/" + EVERY_SECONDS, minute = "*", hour = "*", persistent = false)
  public void read() {
    try {
      FigureQueries queries = new FigureQueries(em);
      put(queries.open());
      if (closedCountedAt.isBefore(
          clock.instant().minus(Duration.ofMinutes(CLOSED_EVERY_MINUTES)))) {
        put(queries.closed());
        closedCountedAt = clock.instant();
      }
      put(queries.backlogs());
      readAt = clock.instant();
    } catch (RuntimeException e) {
      // The gauges keep their last readings and totalplace_figures_age shows how old they are.
      LOG.log(Level.WARNING, "Operating figures could not be read; trying again shortly", e);
    }
  }

  private void put(List<Figure> figures) {
    for (Figure figure : figures) {
      MetricID id =
          new MetricID(
              figure.name(),
              figure.tags().entrySet().stream()
                  .map(t -> new Tag(t.getKey(), t.getValue()))
                  .toArray(Tag[]::new));
      if (readings.put(id, figure.value()) == null) {
        registry.gauge(id, () -> readings.getOrDefault(id, 0.0));
      }
    }
  }
}

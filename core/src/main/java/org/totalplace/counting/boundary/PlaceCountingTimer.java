package org.totalplace.counting.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.counting.control.PlaceCounting;
import org.totalplace.counting.entity.Snapshot;
import org.totalplace.platform.entity.Caller;

/**
 * Keeps the place-wide figures fresh: each minute it counts again once the newest snapshot is so
 * old that a count as long as its own would end just before the figures turn fifteen minutes old
 * (or there is none, as just after the first start); and it counts when an analyst asks. One count
 * at a time on this server; across servers a database lock gives one of them the turn and the
 * others skip it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PlaceCountingTimer {

  private static final Logger LOG = Logger.getLogger(PlaceCountingTimer.class.getName());

  @Inject PlaceCounting counting;
  @Inject AuditTrail audit;
  @Resource SessionContext context;

  Clock clock = Clock.systemUTC();

  /** When the count running on this server started; null when none is. */
  private final AtomicReference<Instant> running = new AtomicReference<>();

  /** The oldest figures a page may show. */
  static final java.time.Duration AT_MOST = java.time.Duration.ofMinutes(15);

  /** A minute's grace for the timer's own granularity. */
  static final java.time.Duration GRACE = java.time.Duration.ofMinutes(1);

  @Inject PlaceFigures figures;

  @Schedule(minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void everyMinute() {
    Instant now = clock.instant();
    boolean stale = figures.latest().map(s -> recountBy(s).isBefore(now)).orElse(true);
    if (stale) {
      countOnce();
    }
  }

  /**
   * When the next count must start for its figures to be shown before these are {@link #AT_MOST}
   * old. A snapshot's time is its count's start, and the next count takes about as long as this one
   * did (at a million people, minutes), so the next starts that long before the limit.
   */
  static Instant recountBy(Snapshot newest) {
    java.time.Duration counting = java.time.Duration.ofMillis(newest.tookMs());
    java.time.Duration wait = AT_MOST.minus(counting).minus(GRACE);
    return newest.computedAt().plus(wait.compareTo(GRACE) < 0 ? GRACE : wait);
  }

  /** Starts a count now, unless one is running; answers whether it started. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public boolean countNow(Caller caller) {
    PriceYears.requireKeeper(caller);
    if (running.get() != null) {
      return false;
    }
    audit.record(caller, "COUNTING_REQUESTED", "counting", null, "Place-wide figures counted now");
    context.getBusinessObject(PlaceCountingTimer.class).countLater();
    return true;
  }

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void countLater() {
    countOnce();
  }

  public Instant runningSince() {
    return running.get();
  }

  private void countOnce() {
    if (!running.compareAndSet(null, clock.instant())) {
      return;
    }
    try {
      OptionalLong id = context.getBusinessObject(PlaceCountingTimer.class).count();
      id.ifPresent(s -> LOG.info(() -> "Place-wide figures counted: snapshot " + s));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Counting the place-wide figures failed; the next run retries", e);
    } finally {
      running.set(null);
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public OptionalLong count() {
    return counting.count();
  }
}

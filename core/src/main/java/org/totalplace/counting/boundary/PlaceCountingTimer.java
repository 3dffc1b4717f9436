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
import org.totalplace.platform.entity.Caller;

/**
 * Keeps the place-wide figures fresh: each minute it counts again if the newest snapshot is older
 * than thirteen minutes (or there is none, as just after the first start), so with a count taking a
 * minute or two no figure shown is more than fifteen minutes old; and it counts when an analyst
 * asks. One count at a time on this server; across servers a database lock gives one of them the
 * turn and the others skip it.
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

  static final java.time.Duration STALE = java.time.Duration.ofMinutes(13);

  @Inject PlaceFigures figures;

  @Schedule(minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void everyMinute() {
    Instant now = clock.instant();
    boolean stale =
        figures.latest().map(s -> s.computedAt().plus(STALE).isBefore(now)).orElse(true);
    if (stale) {
      countOnce();
    }
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

package org.totalplace.caseload.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.totalplace.caseload.entity.WorkerLoad;

/**
 * Keeps each agency's team totals (and how much work nobody holds) for up to a minute: they sum
 * every open item of the agency, tens of thousands in a big place, and the promise is
 * figures at most a minute old, not recomputed for every look. A move made on the dashboard forgets
 * its agency's figures, so the lead sees it at once. Lists that name people are never kept.
 */
@ApplicationScoped
public class TeamFigures {

  static final Duration FRESH = Duration.ofSeconds(60);

  /** One agency's figures, when they were computed, and the team and weights they were for. */
  public record Kept(Instant asOf, String signature, List<WorkerLoad> team) {}

  /** The work nobody holds: how much, and how much of it is overdue or due soon. */
  public record Unallocated(long count, long overdue, long dueSoon) {}

  private final Map<String, Kept> kept = new HashMap<>();

  @Resource TransactionSynchronizationRegistry transaction;

  Clock clock = Clock.systemUTC();

  /**
   * The agency's figures, computed now if those kept are missing, over a minute old, or for another
   * team or weighting than {@code signature}.
   */
  public Kept of(String agency, String signature, Function<Instant, Kept> compute) {
    Instant now = clock.instant();
    synchronized (kept) {
      Kept figures = kept.get(agency);
      if (figures != null
          && figures.signature().equals(signature)
          && figures.asOf().plus(FRESH).isAfter(now)) {
        return figures;
      }
    }
    Kept fresh = compute.apply(now);
    synchronized (kept) {
      kept.put(agency, fresh);
    }
    return fresh;
  }

  /**
   * After work moved within the agency: once the move's transaction has ended, the next look
   * computes afresh (forgetting earlier could let a look in between keep the old figures).
   */
  public void forgetOnceDone(String agency) {
    transaction.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // nothing to do before the end
          }

          @Override
          public void afterCompletion(int status) {
            synchronized (kept) {
              kept.remove(agency);
            }
          }
        });
  }
}

package org.totalplace.counts.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.totalplace.counts.control.Counters;

/**
 * Keeps the counts of work right on every server: each second it marks the referrals that have just
 * fallen overdue and folds the counters' changes in; every ten minutes it recounts everything from
 * the rows and reports any drift it corrects (there should be none: drift means a change reached
 * the rows without the counters, which the log then says). Each step is its own short transaction;
 * two servers doing the same step at once do no harm (the fold deletes what it adds, the sweep
 * skips rows another holds, the recount adds only the difference it sees).
 */
@Singleton
public class CountKeeping {

  private static final Logger LOG = Logger.getLogger(CountKeeping.class.getName());

  private static final int SWEEPS_PER_TICK = 10;

  @Resource(lookup = "jdbc/totalplace")
  DataSource dataSource;

  @Resource SessionContext context;

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    CountKeeping self = context.getBusinessObject(CountKeeping.class);
    try {
      // A backlog (after a pause) is swept in short transactions, a few per second.
      for (int i = 0; i < SWEEPS_PER_TICK && self.markOverdue() == Counters.SWEEP; i++) {}
      self.fold();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Keeping the work counts failed; the next second retries", e);
    }
  }

  @Schedule(minute = "*/10", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void recountNow() {
    try {
      List<Counters.Drift> drift = context.getBusinessObject(CountKeeping.class).recount();
      if (!drift.isEmpty()) {
        LOG.warning(
            () ->
                "The recount corrected "
                    + drift.size()
                    + " work counts that had drifted: "
                    + drift);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Recounting the work counts failed; the next run retries", e);
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int markOverdue() {
    try (Connection db = dataSource.getConnection()) {
      return Counters.markOverdue(db);
    } catch (SQLException e) {
      throw new IllegalStateException("Marking referrals overdue failed: " + e.getMessage(), e);
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long fold() {
    try (Connection db = dataSource.getConnection()) {
      return Counters.fold(db);
    } catch (SQLException e) {
      throw new IllegalStateException("Folding the work counts failed: " + e.getMessage(), e);
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Counters.Drift> recount() {
    try (Connection db = dataSource.getConnection()) {
      return Counters.recount(db);
    } catch (SQLException e) {
      throw new IllegalStateException("Recounting the work counts failed: " + e.getMessage(), e);
    }
  }
}

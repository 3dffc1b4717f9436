package org.totalplace.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.totalplace.audit.control.ChainSealer;

/**
 * Seals the audit trail every second on every server; the sealer's lock makes one of them the
 * sealer for each run, so adding a server adds no second chain. Each run of up to {@value
 * ChainSealer#BATCH} rows is its own short transaction, and a tick goes on until it has caught up.
 */
@Singleton
public class AuditSealing {

  private static final Logger LOG = Logger.getLogger(AuditSealing.class.getName());

  /** A tick stops after this many full runs, so a backlog never holds one timer for long. */
  private static final int RUNS_PER_TICK = 20;

  @Resource(lookup = "jdbc/totalplace")
  DataSource dataSource;

  @Resource SessionContext context;

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    AuditSealing self = context.getBusinessObject(AuditSealing.class);
    try {
      for (int i = 0; i < RUNS_PER_TICK; i++) {
        ChainSealer.Run run = self.sealOnce();
        if (!run.sealer() || run.sealed() < ChainSealer.BATCH) {
          return;
        }
      }
    } catch (RuntimeException e) {
      // The next tick tries again; nothing is lost, rows stay unsealed until then.
      LOG.log(Level.WARNING, "Sealing the audit trail failed; the next run retries", e);
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ChainSealer.Run sealOnce() {
    try (Connection db = dataSource.getConnection()) {
      return ChainSealer.seal(db);
    } catch (SQLException e) {
      throw new IllegalStateException("Sealing the audit trail failed: " + e.getMessage(), e);
    }
  }
}

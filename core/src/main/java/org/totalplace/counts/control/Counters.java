package org.totalplace.counts.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The background work that keeps the counters (V14) right: marking referrals overdue when their
 * moment comes, folding the changes into the counters, and the recount that corrects any drift.
 * Plain JDBC, each call on the connection's own transaction, so the platform and the generator use
 * the same steps.
 */
public final class Counters {

  /** Referrals marked overdue in one sweep at most, so one sweep is always a short transaction. */
  public static final int SWEEP = 2_000;

  /** One counter the recount found wrong, and by how much it corrected it. */
  public record Drift(String agency, String username, String kind, long by) {
    @Override
    public String toString() {
      return agency + (username.isEmpty() ? "" : " " + username) + " " + kind + " " + by;
    }
  }

  private Counters() {}

  /**
   * Marks the open referrals whose moment has come as overdue (the row's trigger sets the flag and
   * the counters follow). Rows a worker is changing just now are skipped: their own change marks
   * them, as the trigger sees the time too.
   */
  public static int markOverdue(Connection db) throws SQLException {
    try (Statement st = db.createStatement()) {
      return st.executeUpdate(
          "update referral set overdue = true where id in (select id from referral"
              + " where not overdue and overdue_from < now() order by overdue_from limit "
              + SWEEP
              + " for update skip locked)");
    }
  }

  /** Folds the committed changes into the counter rows; answers how many changes it folded. */
  public static long fold(Connection db) throws SQLException {
    try (Statement st = db.createStatement();
        ResultSet folded = st.executeQuery("select work_count_fold()")) {
      folded.next();
      return folded.getLong(1);
    }
  }

  /** Compares every counter with the rows it counts and corrects it; answers what was wrong. */
  public static List<Drift> recount(Connection db) throws SQLException {
    List<Drift> drift = new ArrayList<>();
    try (PreparedStatement st =
            db.prepareStatement("select agency, username, kind, drift from work_count_recount()");
        ResultSet rows = st.executeQuery()) {
      while (rows.next()) {
        drift.add(
            new Drift(rows.getString(1), rows.getString(2), rows.getString(3), rows.getLong(4)));
      }
    }
    return drift;
  }
}

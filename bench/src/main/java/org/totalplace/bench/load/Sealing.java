package org.totalplace.bench.load;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.totalplace.launcher.Launcher;

/**
 * How long audit entries written during the load waited to be chained (from the moment the action
 * recorded them to the seal that covered them: their transaction's own time included), and the
 * whole chain's verification after the load, as the data-protection officer's check runs it.
 */
final class Sealing {

  /** Lag percentiles in seconds over the entries written in the window, and the check's verdict. */
  record Measured(
      long entries,
      double p50,
      double p95,
      double p99,
      double max,
      long unsealed,
      boolean intact,
      String verification,
      double verificationSeconds) {}

  private Sealing() {}

  /** Until every entry written before {@code to} is sealed, or a minute has passed. */
  private static void awaitSealed(Connection db, Instant to)
      throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    try (PreparedStatement sql =
        db.prepareStatement(
            "select exists (select 1 from audit_event where chain_seq is null and at < ?)")) {
      sql.setTimestamp(1, Timestamp.from(to));
      while (System.nanoTime() < deadline) {
        try (ResultSet row = sql.executeQuery()) {
          row.next();
          if (!row.getBoolean(1)) {
            return;
          }
        }
        Thread.sleep(500);
      }
    }
  }

  static Measured measure(
      Connection db, Instant from, Instant to, String url, String user, String password)
      throws SQLException, InterruptedException {
    awaitSealed(db, to);
    long entries;
    double[] lag = new double[4];
    try (PreparedStatement sql =
        db.prepareStatement(
            "select count(*), percentile_cont(0.5) within group (order by lag),"
                + " percentile_cont(0.95) within group (order by lag),"
                + " percentile_cont(0.99) within group (order by lag), max(lag) from (select"
                + " extract(epoch from s.sealed_at - e.at) lag from audit_event e cross join"
                + " lateral (select sealed_at from audit_seal s where s.last_seq >= e.chain_seq"
                + " order by s.last_seq limit 1) s where e.at >= ? and e.at < ? and e.chain_seq"
                + " is not null) lags")) {
      sql.setTimestamp(1, Timestamp.from(from));
      sql.setTimestamp(2, Timestamp.from(to));
      try (ResultSet row = sql.executeQuery()) {
        row.next();
        entries = row.getLong(1);
        for (int i = 0; i < 4; i++) {
          lag[i] = row.getDouble(i + 2);
        }
      }
    }
    long unsealed;
    try (PreparedStatement sql =
            db.prepareStatement("select count(*) from audit_event where chain_seq is null");
        ResultSet row = sql.executeQuery()) {
      row.next();
      unsealed = row.getLong(1);
    }
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    long start = System.nanoTime();
    int verdict =
        Launcher.verifyAudit(
            url, user, password, new PrintStream(said, true, StandardCharsets.UTF_8));
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Measured(
        entries,
        lag[0],
        lag[1],
        lag[2],
        lag[3],
        unsealed,
        verdict == 0,
        said.toString(StandardCharsets.UTF_8).trim(),
        seconds);
  }
}

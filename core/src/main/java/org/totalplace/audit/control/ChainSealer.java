package org.totalplace.audit.control;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Seals the audit trail after commit: chains the rows that actions wrote unsealed, so that no
 * action waits on the chain. Runs inside a transaction it does not own (a timer's, or a test's).
 *
 * <p>Only one sealer seals at a time, among however many servers run: each run first takes the
 * sealer's transaction-scoped advisory lock, without waiting, and a run that does not get it seals
 * nothing. The lock is held only while sealing.
 *
 * <p>The order is complete. A run seals only rows whose writing transaction is older than its
 * snapshot's horizon ({@code pg_snapshot_xmin}): every transaction with a smaller id has ended, so
 * every row they will ever have is there to be read, and any row committed later belongs to a
 * transaction at or above the horizon and is sealed after these. Rows are sealed in transaction id
 * order, then row id, so transactions that commit out of id order are still chained completely.
 */
public final class ChainSealer {

  /** The sealer's advisory lock; the generator holds it too while it writes sealed history. */
  public static final long LOCK = 7_311_2027L;

  /** Rows per run: one run is one short transaction. */
  public static final int BATCH = 5_000;

  private ChainSealer() {}

  /** What a run did: whether it was the sealer, and how many rows it sealed. */
  public record Run(boolean sealer, int sealed) {}

  public static Run seal(Connection db) throws SQLException {
    return seal(db, BATCH);
  }

  public static Run seal(Connection db, int limit) throws SQLException {
    if (!one(db, "select pg_try_advisory_xact_lock(" + LOCK + ")").equals(Boolean.TRUE)) {
      return new Run(false, 0);
    }
    String horizon = (String) one(db, "select pg_snapshot_xmin(pg_current_snapshot())::text");
    long seq = 0;
    String previous = AuditChain.START;
    try (Statement st = db.createStatement();
        ResultSet last =
            st.executeQuery(
                "select chain_seq, hash from audit_event where chain_seq is not null"
                    + " order by chain_seq desc limit 1")) {
      if (last.next()) {
        seq = last.getLong(1);
        previous = last.getString(2);
      }
    }
    List<Long> ids = new ArrayList<>();
    List<Long> seqs = new ArrayList<>();
    List<String> previousHashes = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    Instant oldest = null;
    long first = seq + 1;
    try (PreparedStatement unsealed =
        db.prepareStatement(
            "select id, "
                + AuditRows.SEALED_COLUMNS
                + " from audit_event where chain_seq is null and txid < cast(? as xid8)"
                + " order by txid, id limit ?")) {
      unsealed.setString(1, horizon);
      unsealed.setInt(2, limit);
      try (ResultSet rows = unsealed.executeQuery()) {
        while (rows.next()) {
          Object[] fields = AuditRows.sealedFields(rows, 2);
          Instant at = (Instant) fields[0];
          oldest = oldest == null || at.isBefore(oldest) ? at : oldest;
          seq++;
          String hash = AuditChain.hash(previous, seq, fields);
          ids.add(rows.getLong(1));
          seqs.add(seq);
          previousHashes.add(previous);
          hashes.add(hash);
          previous = hash;
        }
      }
    }
    if (ids.isEmpty()) {
      return new Run(true, 0);
    }
    try (PreparedStatement update =
        db.prepareStatement(
            "update audit_event a set chain_seq = v.seq, previous_hash = v.previous, hash = v.hash"
                + " from unnest(?, ?, ?, ?) as v(id, seq, previous, hash) where a.id = v.id")) {
      update.setArray(1, array(db, "bigint", ids));
      update.setArray(2, array(db, "bigint", seqs));
      update.setArray(3, array(db, "varchar", previousHashes));
      update.setArray(4, array(db, "varchar", hashes));
      int changed = update.executeUpdate();
      if (changed != ids.size()) {
        throw new SQLException("Sealed " + changed + " audit rows of " + ids.size());
      }
    }
    try (PreparedStatement seal =
        db.prepareStatement(
            "insert into audit_seal (first_seq, last_seq, last_hash, oldest_at, sealed_at)"
                + " values (?, ?, ?, ?, clock_timestamp())")) {
      seal.setLong(1, first);
      seal.setLong(2, seq);
      seal.setString(3, previous);
      seal.setObject(4, OffsetDateTime.ofInstant(oldest, java.time.ZoneOffset.UTC));
      seal.executeUpdate();
    }
    return new Run(true, ids.size());
  }

  private static Array array(Connection db, String type, List<?> values) throws SQLException {
    return db.createArrayOf(type, values.toArray());
  }

  private static Object one(Connection db, String sql) throws SQLException {
    try (Statement st = db.createStatement();
        ResultSet row = st.executeQuery(sql)) {
      row.next();
      return row.getObject(1);
    }
  }
}

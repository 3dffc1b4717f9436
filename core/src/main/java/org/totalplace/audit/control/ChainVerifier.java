package org.totalplace.audit.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import org.totalplace.audit.entity.ChainCheck;

/**
 * Checks the whole sealed audit trail: every hash recomputed in chain order, no position missing,
 * and the chain ending exactly where the last seal says (so a cut-off tail or a row forged onto the
 * end is found too). Reports the rows still waiting to be sealed and the oldest one's time. Used by
 * the data-protection officer's check and by {@code ./totalplace verify-audit}.
 */
public final class ChainVerifier {

  static final int BATCH = 5_000;

  private ChainVerifier() {}

  public static ChainCheck verify(Connection db) throws SQLException {
    String previous = AuditChain.START;
    long expected = 1;
    long checked = 0;
    try (PreparedStatement batch =
        db.prepareStatement(
            "select chain_seq, previous_hash, hash, "
                + AuditRows.SEALED_COLUMNS
                + " from audit_event where chain_seq >= ? order by chain_seq limit "
                + BATCH)) {
      while (true) {
        batch.setLong(1, expected);
        int read = 0;
        try (ResultSet rows = batch.executeQuery()) {
          while (rows.next()) {
            read++;
            long seq = rows.getLong(1);
            if (seq != expected) {
              return broken(db, checked, expected, "Entry " + expected + " is missing");
            }
            String hash = AuditChain.hash(previous, seq, AuditRows.sealedFields(rows, 4));
            if (!previous.equals(rows.getString(2)) || !hash.equals(rows.getString(3))) {
              return broken(
                  db,
                  checked,
                  expected,
                  "Entry " + expected + " has been changed: its hash no longer matches");
            }
            previous = hash;
            expected++;
            checked++;
          }
        }
        if (read < BATCH) {
          break;
        }
      }
    }
    String problem = againstTheSeals(db, checked, previous);
    if (problem != null) {
      return broken(db, checked, checked + 1, problem);
    }
    return waiting(db, checked, null, null);
  }

  /** The chain must end where the last seal ended it, and every seal's hash must be in it. */
  private static String againstTheSeals(Connection db, long last, String lastHash)
      throws SQLException {
    try (Statement st = db.createStatement();
        ResultSet seal =
            st.executeQuery(
                "select last_seq, last_hash from audit_seal order by last_seq desc limit 1")) {
      if (!seal.next()) {
        return last == 0 ? null : "Entries 1 to " + last + " are in no seal";
      }
      long sealedTo = seal.getLong(1);
      if (sealedTo > last) {
        return "Entries " + (last + 1) + " to " + sealedTo + " are missing from the end";
      }
      if (sealedTo < last) {
        return "Entries " + (sealedTo + 1) + " to " + last + " were added after the last seal";
      }
      if (!seal.getString(2).equals(lastHash)) {
        return "Entry " + last + " does not match its seal";
      }
    }
    try (Statement st = db.createStatement();
        ResultSet unmatched =
            st.executeQuery(
                "select s.last_seq from audit_seal s left join audit_event a"
                    + " on a.chain_seq = s.last_seq where a.hash is distinct from s.last_hash"
                    + " order by s.last_seq limit 1")) {
      return unmatched.next() ? "Entry " + unmatched.getLong(1) + " does not match its seal" : null;
    }
  }

  private static ChainCheck broken(Connection db, long checked, long at, String problem)
      throws SQLException {
    return waiting(db, checked, at, problem);
  }

  private static ChainCheck waiting(Connection db, long checked, Long brokenAt, String problem)
      throws SQLException {
    try (Statement st = db.createStatement();
        ResultSet w =
            st.executeQuery(
                "select count(*) filter (where txid is not null),"
                    + " min(at) filter (where txid is not null),"
                    + " count(*) filter (where txid is null)"
                    + " from audit_event where chain_seq is null")) {
      w.next();
      OffsetDateTime oldest = w.getObject(2, OffsetDateTime.class);
      return new ChainCheck(
          checked,
          w.getLong(3),
          w.getLong(1),
          oldest == null ? null : oldest.toInstant(),
          brokenAt,
          problem);
    }
  }
}

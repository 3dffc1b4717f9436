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
 *
 * <p>The check runs while the sealer goes on sealing, often at READ COMMITTED inside a container
 * transaction, so every statement may see a later trail than the one before. It therefore reads the
 * last seal first and walks only up to it (a seal commits with the rows it seals, so they are all
 * there), and looks for rows beyond any seal by reading the highest position before the latest seal
 * (a row sealed in between comes with a seal the second read sees).
 */
public final class ChainVerifier {

  static final int BATCH = 5_000;

  private ChainVerifier() {}

  private record Seal(long lastSeq, String lastHash) {}

  public static ChainCheck verify(Connection db) throws SQLException {
    Seal seal = lastSeal(db);
    long sealedTo = seal == null ? 0 : seal.lastSeq();
    String previous = AuditChain.START;
    long expected = 1;
    try (PreparedStatement batch =
        db.prepareStatement(
            "select chain_seq, previous_hash, hash, "
                + AuditRows.SEALED_COLUMNS
                + " from audit_event where chain_seq >= ? and chain_seq <= ? order by chain_seq"
                + " limit "
                + BATCH)) {
      int read = BATCH;
      while (read == BATCH && expected <= sealedTo) {
        batch.setLong(1, expected);
        batch.setLong(2, sealedTo);
        read = 0;
        try (ResultSet rows = batch.executeQuery()) {
          while (rows.next()) {
            read++;
            long seq = rows.getLong(1);
            if (seq != expected) {
              return broken(db, expected - 1, expected, "Entry " + expected + " is missing");
            }
            String hash = AuditChain.hash(previous, seq, AuditRows.sealedFields(rows, 4));
            if (!previous.equals(rows.getString(2)) || !hash.equals(rows.getString(3))) {
              return broken(
                  db,
                  expected - 1,
                  expected,
                  "Entry " + expected + " has been changed: its hash no longer matches");
            }
            previous = hash;
            expected++;
          }
        }
      }
    }
    long checked = expected - 1;
    String problem = againstTheSeals(db, seal, checked, previous);
    if (problem != null) {
      return broken(db, checked, checked + 1, problem);
    }
    return waiting(db, checked, null, null);
  }

  /** The chain must reach the seal read first, match every seal, and go on past no seal. */
  private static String againstTheSeals(Connection db, Seal seal, long checked, String lastHash)
      throws SQLException {
    long sealedTo = seal == null ? 0 : seal.lastSeq();
    if (checked < sealedTo) {
      return "Entries " + (checked + 1) + " to " + sealedTo + " are missing from the end";
    }
    if (seal != null && !seal.lastHash().equals(lastHash)) {
      return "Entry " + checked + " does not match its seal";
    }
    try (PreparedStatement st =
        db.prepareStatement(
            "select s.last_seq from audit_seal s left join audit_event a"
                + " on a.chain_seq = s.last_seq where s.last_seq <= ?"
                + " and a.hash is distinct from s.last_hash order by s.last_seq limit 1")) {
      st.setLong(1, sealedTo);
      try (ResultSet unmatched = st.executeQuery()) {
        if (unmatched.next()) {
          return "Entry " + unmatched.getLong(1) + " does not match its seal";
        }
      }
    }
    long highest;
    try (Statement st = db.createStatement();
        ResultSet max = st.executeQuery("select coalesce(max(chain_seq), 0) from audit_event")) {
      max.next();
      highest = max.getLong(1);
    }
    Seal latest = lastSeal(db);
    long latestTo = latest == null ? 0 : latest.lastSeq();
    if (highest > latestTo) {
      return "Entries " + (latestTo + 1) + " to " + highest + " were added after the last seal";
    }
    return null;
  }

  private static Seal lastSeal(Connection db) throws SQLException {
    try (Statement st = db.createStatement();
        ResultSet seal =
            st.executeQuery(
                "select last_seq, last_hash from audit_seal order by last_seq desc limit 1")) {
      return seal.next() ? new Seal(seal.getLong(1), seal.getString(2)) : null;
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

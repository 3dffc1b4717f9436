package org.totalplace.bench.referral;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/** The raw SQL of a referral's rows, timed against PostgreSQL: the baselines of the API's work. */
public final class RawReferralSql {

  private RawReferralSql() {}

  /** The rows a referral needs, written straight to PostgreSQL in one transaction each. */
  public static Timings inserts(Connection db, List<Long> people, long service, int count)
      throws SQLException {
    List<Long> nanos = new ArrayList<>();
    db.setAutoCommit(false);
    long wall = System.nanoTime();
    try (PreparedStatement referral =
            db.prepareStatement(
                "insert into totalplace.referral (person_id, service_id, from_agency, to_agency,"
                    + " urgency, reason, status, sent_at, sent_by, status_changed_at,"
                    + " status_changed_by, created_at, last_activity_at, acknowledge_due_at)"
                    + " values (?, ?, 'housing', 'drug-alcohol', 'URGENT', 'raw', 'SENT', ?,"
                    + " 'bench', ?, 'bench', ?, ?, ?) returning id");
        PreparedStatement event =
            db.prepareStatement(
                "insert into totalplace.referral_event (referral_id, at, username, display_name,"
                    + " agency, action, to_status) values (?, ?, 'bench', 'bench', 'housing',"
                    + " 'SENT', 'SENT')");
        PreparedStatement entry =
            db.prepareStatement(
                "insert into totalplace.entry (person_id, agency, kind, sensitivity, summary,"
                    + " occurred_at, recorded_at, recorded_by) values (?, 'housing', 'REFERRAL',"
                    + " 'SUBSTANCE_MISUSE', 'raw', ?, ?, 'bench')")) {
      for (int i = 0; i < count; i++) {
        long start = System.nanoTime();
        Timestamp now = new Timestamp(System.currentTimeMillis());
        referral.setLong(1, people.get(i % people.size()));
        referral.setLong(2, service);
        for (int p = 3; p <= 7; p++) {
          referral.setTimestamp(p, now);
        }
        long id;
        try (var rs = referral.executeQuery()) {
          rs.next();
          id = rs.getLong(1);
        }
        event.setLong(1, id);
        event.setTimestamp(2, now);
        event.executeUpdate();
        entry.setLong(1, people.get(i % people.size()));
        entry.setTimestamp(2, now);
        entry.setTimestamp(3, now);
        entry.executeUpdate();
        db.commit();
        nanos.add(System.nanoTime() - start);
      }
    } finally {
      db.setAutoCommit(true);
    }
    return Timings.of(
        "Baseline: raw insert of the same rows", nanos, (System.nanoTime() - wall) / 1e9);
  }

  /** The latest referrals read back one by one with their person, service and agency. */
  public static Timings reads(Connection db, int count) throws SQLException {
    List<Long> nanos = new ArrayList<>();
    long wall = System.nanoTime();
    try (PreparedStatement read =
        db.prepareStatement(
            "select r.*, p.given_name, p.family_name, s.name, a.name from totalplace.referral r"
                + " join totalplace.person p on p.id = r.person_id join totalplace.service s on"
                + " s.id = r.service_id join totalplace.agency a on a.code = s.agency_code"
                + " where r.id = (select max(id) - ? from totalplace.referral)")) {
      for (int i = 0; i < count; i++) {
        long start = System.nanoTime();
        read.setInt(1, i);
        try (var rs = read.executeQuery()) {
          rs.next();
        }
        nanos.add(System.nanoTime() - start);
      }
    }
    return Timings.of(
        "Baseline: raw read of one referral", nanos, (System.nanoTime() - wall) / 1e9);
  }
}

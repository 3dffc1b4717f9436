package org.totalplace.bench.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.totalplace.bench.referral.RawReferralSql;
import org.totalplace.bench.referral.Timings;

/** The raw SQL of the load's work, timed in the same run against the same PostgreSQL. */
record RawBaselines(Timings read, Timings insert) {

  private static final int TIMES = 300;

  static RawBaselines measure(
      String jdbcUrl, String user, String password, List<Long> people, long service)
      throws SQLException {
    try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
      Timings insert = RawReferralSql.inserts(db, people, service, TIMES);
      Timings read = RawReferralSql.reads(db, TIMES);
      return new RawBaselines(read, insert);
    }
  }
}

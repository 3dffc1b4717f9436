package org.totalplace.bench.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL statements per request, from PostgreSQL's pg_stat_statements: the counters are cleared, the
 * request is made a number of times one after another, and the application's statements counted,
 * less what the platform's own timers (job executor, outbox) run in the same time when idle.
 * Transaction control (begin, commit, set) is counted apart from the statements that read or write.
 */
final class StatementCounts {

  /** One kind of request's statements. */
  record Count(
      String request, int times, double statements, double transactionControl, String top) {}

  /** A request to count: made once per call. */
  interface Request {
    void make(int i) throws Exception;
  }

  private static final String CONTROL =
      "(query ~* '^\\s*(begin|commit|rollback|set|show|reset|deallocate|discard|savepoint|release)')";

  private final Connection admin;
  private double backgroundStatementsPerSecond;
  private double backgroundControlPerSecond;

  /** {@code admin}: a superuser's connection to the application's database. */
  StatementCounts(Connection admin) throws SQLException {
    this.admin = admin;
    try (Statement sql = admin.createStatement()) {
      sql.execute("create extension if not exists pg_stat_statements schema public");
    }
  }

  /** What the idle platform runs by itself, per second, over {@code window}. */
  void measureBackground(Duration window) throws SQLException, InterruptedException {
    reset();
    long start = System.nanoTime();
    // A measurement window, not a wait for a condition: the timers' rate is the figure.
    Thread.sleep(window.toMillis());
    double seconds = (System.nanoTime() - start) / 1e9;
    double[] counted = counted();
    backgroundStatementsPerSecond = counted[0] / seconds;
    backgroundControlPerSecond = counted[1] / seconds;
  }

  double backgroundPerSecond() {
    return backgroundStatementsPerSecond;
  }

  Count count(String name, int times, Request request) throws Exception {
    reset();
    long start = System.nanoTime();
    for (int i = 0; i < times; i++) {
      request.make(i);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double[] counted = counted();
    double statements = (counted[0] - backgroundStatementsPerSecond * seconds) / times;
    double control = (counted[1] - backgroundControlPerSecond * seconds) / times;
    return new Count(name, times, Math.max(0, statements), Math.max(0, control), top(times));
  }

  private void reset() throws SQLException {
    try (Statement sql = admin.createStatement()) {
      sql.execute("select public.pg_stat_statements_reset()");
    }
  }

  /** The application role's statements since the reset: {reads and writes, transaction control}. */
  private double[] counted() throws SQLException {
    try (Statement sql = admin.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "select coalesce(sum(calls) filter (where not "
                    + CONTROL
                    + "), 0), coalesce(sum(calls) filter (where "
                    + CONTROL
                    + "), 0) from public.pg_stat_statements s join pg_roles r on r.oid ="
                    + " s.userid where r.rolname = 'totalplace' and s.dbid = (select oid from"
                    + " pg_database where datname = current_database())")) {
      rows.next();
      return new double[] {rows.getDouble(1), rows.getDouble(2)};
    }
  }

  /** The three statements run most, with calls per request, to show where a count comes from. */
  private String top(int times) throws SQLException {
    List<String> top = new ArrayList<>();
    try (PreparedStatement sql =
        admin.prepareStatement(
            "select calls, regexp_replace(left(query, 90), '\\s+', ' ', 'g') from"
                + " public.pg_stat_statements s join pg_roles r on r.oid = s.userid where"
                + " r.rolname = 'totalplace' and not "
                + CONTROL
                + " order by calls desc limit 3")) {
      try (ResultSet rows = sql.executeQuery()) {
        while (rows.next()) {
          top.add(
              String.format(
                  "%.1f× `%s`",
                  rows.getLong(1) / (double) times, rows.getString(2).replace("`", "'")));
        }
      }
    }
    return String.join("; ", top);
  }
}

package org.totalplace.systemtests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL statements the application ran, from PostgreSQL's pg_stat_statements (the launcher
 * preloads it), begin and commit included. The platform's timers (sealer, counters, job executor)
 * run statements of their own all the time, so their rate on the quiet platform is measured first
 * and taken off, and a request is made many times, so that what is left is the request's own.
 */
final class StatementCount implements AutoCloseable {

  /** What a request ran on average, and the statements it ran most (for the failure message). */
  record PerRequest(double statements, List<String> statementsRun) {}

  /** A request to count, made once per call. */
  interface Request {
    void make() throws Exception;
  }

  private final Connection admin;
  private double backgroundPerSecond;

  private StatementCount(Connection admin) {
    this.admin = admin;
  }

  /** Counts on the application's database as its superuser; measures the timers' own rate. */
  static StatementCount onQuietPlatform(long backgroundMillis) throws Exception {
    String url = Platform.stack().jdbcUrl();
    StatementCount count = new StatementCount(DriverManager.getConnection(url, "postgres", ""));
    count.execute("create extension if not exists pg_stat_statements schema public");
    count.reset();
    long start = System.nanoTime();
    // A measurement window, not a wait for a condition: the timers' rate is the figure taken off.
    Thread.sleep(backgroundMillis);
    count.backgroundPerSecond = count.total() / ((System.nanoTime() - start) / 1e9);
    return count;
  }

  PerRequest of(int times, Request request) throws Exception {
    reset();
    long start = System.nanoTime();
    for (int i = 0; i < times; i++) {
      request.make();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double own = (total() - backgroundPerSecond * seconds) / times;
    return new PerRequest(own, mostRun(times));
  }

  private void reset() throws SQLException {
    execute("select public.pg_stat_statements_reset()");
  }

  private double total() throws SQLException {
    try (Statement sql = admin.createStatement();
        ResultSet rows = sql.executeQuery("select coalesce(sum(calls), 0) from " + APP)) {
      rows.next();
      return rows.getDouble(1);
    }
  }

  private List<String> mostRun(int times) throws SQLException {
    List<String> run = new ArrayList<>();
    try (Statement sql = admin.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "select calls, regexp_replace(left(query, 120), '\\s+', ' ', 'g') from "
                    + APP
                    + " order by calls desc limit 40")) {
      while (rows.next()) {
        run.add(String.format("%.2f× %s", rows.getLong(1) / (double) times, rows.getString(2)));
      }
    }
    return run;
  }

  /**
   * The application's own statements (its role, in its database), less the audit sealer's: it
   * chains the requests' audit rows a second later, in batches, off the requests' path, so its work
   * grows with the requests made while counting and a rate measured on the quiet platform would not
   * take it off.
   */
  private static final String APP =
      "public.pg_stat_statements s join pg_roles r on r.oid = s.userid where r.rolname = '"
          + Platform.stack().dbUser()
          + "' and s.dbid = (select oid from pg_database where datname = current_database())"
          + " and s.query !~* '(chain_seq|audit_seal|pg_snapshot|advisory)'";

  private void execute(String statement) throws SQLException {
    try (Statement sql = admin.createStatement()) {
      sql.execute(statement);
    }
  }

  @Override
  public void close() throws SQLException {
    admin.close();
  }
}

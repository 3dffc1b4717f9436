package org.totalplace.bench.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.totalplace.bench.dashboard.DashboardBenchmark;
import org.totalplace.bench.referral.RawReferralSql;
import org.totalplace.bench.referral.Timings;
import org.totalplace.bench.search.PositionalSql;
import org.totalplace.bench.search.QuerySet;
import org.totalplace.bench.search.SearchQuery;

/**
 * The raw SQL of the load's work, timed in the same run against the same PostgreSQL over one JDBC
 * connection: what each request cannot do without, so the ratio shows what the platform adds.
 */
record RawBaselines(
    Timings record,
    Timings search,
    Timings exactSearch,
    Timings caseloads,
    Timings read,
    Timings insert,
    Timings bareFlowable) {

  private static final int TIMES = 300;

  /** Everything the record page shows of one person, one statement per part. */
  private static final List<String> RECORD_PARTS =
      List.of(
          "select * from totalplace.person where id = ?",
          "select * from totalplace.person_name where person_id = ?",
          "select * from totalplace.address where person_id = ? order by moved_in desc",
          "select * from totalplace.identifier where person_id = ?",
          "select r.*, p.given_name, p.family_name from totalplace.relationship r join"
              + " totalplace.person p on p.id = r.related_person_id where r.person_id = ?",
          "select i.*, a.name from totalplace.involvement i join totalplace.agency a on a.code ="
              + " i.agency where i.person_id = ? and i.ended_on is null",
          "select * from totalplace.entry where person_id = ? order by occurred_at desc limit 50",
          "select * from totalplace.sharing_basis where person_id = ?");

  static RawBaselines measure(Connection db, LoadWork work, String adminUrl) throws Exception {
    List<Long> people = work.visits().stream().map(SearchQuery::personId).toList();
    Timings record = record(db, people);
    Timings search = search(db, work.visits(), QuerySet.NAME_AND_BIRTH.sql(), false);
    Timings exact = search(db, work.visits(), QuerySet.NAME_AND_BIRTH.baselineSql(), true);
    Timings caseloads = caseloads(db);
    Timings insert = RawReferralSql.inserts(db, people, work.service(), TIMES);
    Timings read = RawReferralSql.reads(db, TIMES);
    Timings bare = BareFlowable.starts(adminUrl, TIMES);
    return new RawBaselines(record, search, exact, caseloads, read, insert, bare);
  }

  List<Timings> all() {
    return List.of(record, search, exactSearch, caseloads, read, insert, bareFlowable);
  }

  private static Timings record(Connection db, List<Long> people) throws SQLException {
    List<PreparedStatement> parts = new ArrayList<>();
    try {
      for (String sql : RECORD_PARTS) {
        parts.add(db.prepareStatement(sql));
      }
      List<Long> nanos = new ArrayList<>();
      long wall = System.nanoTime();
      for (int i = 0; i < TIMES; i++) {
        long start = System.nanoTime();
        for (PreparedStatement part : parts) {
          part.setLong(1, people.get(i % people.size()));
          drain(part);
        }
        nanos.add(System.nanoTime() - start);
      }
      return Timings.of(
          "Baseline: raw SQL of a person's record (8 statements)",
          nanos,
          (System.nanoTime() - wall) / 1e9);
    } finally {
      for (PreparedStatement part : parts) {
        part.close();
      }
    }
  }

  private static Timings search(Connection db, List<SearchQuery> visits, String sql, boolean exact)
      throws SQLException {
    PositionalSql positional = PositionalSql.of(sql);
    List<Long> nanos = new ArrayList<>();
    long wall = System.nanoTime();
    try (PreparedStatement statement = positional.prepare(db, "")) {
      for (int i = 0; i < TIMES; i++) {
        SearchQuery q = visits.get(i % visits.size());
        long start = System.nanoTime();
        positional.bind(statement, exact ? q.baselineValues() : q.values());
        drain(statement);
        nanos.add(System.nanoTime() - start);
      }
    }
    return Timings.of(
        exact
            ? "Baseline: exact family name and date of birth, raw SQL"
            : "Baseline: the platform's one-typo search SQL alone",
        nanos,
        (System.nanoTime() - wall) / 1e9);
  }

  private static Timings caseloads(Connection db) throws SQLException {
    DashboardBenchmark.Baseline open = DashboardBenchmark.BASELINES.get(0);
    List<Long> nanos = new ArrayList<>();
    long wall = System.nanoTime();
    try (PreparedStatement statement = db.prepareStatement(open.sql())) {
      for (int i = 0; i < TIMES / 3; i++) {
        long start = System.nanoTime();
        drain(statement);
        nanos.add(System.nanoTime() - start);
      }
    }
    return Timings.of(
        "Baseline: " + open.label().replaceFirst("^SQL: ", "raw SQL, "),
        nanos,
        (System.nanoTime() - wall) / 1e9);
  }

  private static void drain(PreparedStatement statement) throws SQLException {
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        rows.getObject(1);
      }
    }
  }
}

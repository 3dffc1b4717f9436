package org.totalplace.bench.search;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.totalplace.generator.population.Population;
import org.totalplace.generator.population.SyntheticPerson;

/**
 * Runs one query set on one connection: warm-up, then the timed queries one after another, each
 * timed from execute to the last row read, through one reused PreparedStatement (as a pooled
 * statement cache would hold it), then the same for the baseline.
 */
final class SetRunner {

  private final Connection connection;
  private final Population population;
  private final long seed;
  private final int warmup;
  private final int queries;
  private final PrintStream progress;

  SetRunner(
      Connection connection,
      Population population,
      long seed,
      int warmup,
      int queries,
      PrintStream progress) {
    this.connection = connection;
    this.population = population;
    this.seed = seed;
    this.warmup = warmup;
    this.queries = queries;
    this.progress = progress;
  }

  SetResult run(QuerySet set) throws SQLException {
    List<SearchQuery> all = draw(set);
    List<SearchQuery> warm = all.subList(0, warmup);
    List<SearchQuery> measured = all.subList(warmup, all.size());

    double loadBefore = Machine.loadAverage();
    progress.printf(
        "%s: %,d queries after %,d to warm up (load average %.2f)%n",
        set.title(), queries, warmup, loadBefore);
    PositionalSql search = PositionalSql.of(set.sql());
    Timed fuzzy = time(search, warm, measured, SearchQuery::values);
    String plan = explain(search, measured.get(0).values());
    progress.printf(
        "  search   p50 %.2f ms, p95 %.2f ms, recall %.1f%%%n",
        fuzzy.latencies.p50(), fuzzy.latencies.p95(), 100 * fuzzy.recall());
    if (set.baselineSql() == null) {
      return new SetResult(
          set,
          fuzzy.latencies,
          fuzzy.recall(),
          plan,
          null,
          0,
          null,
          null,
          new double[] {loadBefore, Machine.loadAverage()});
    }
    PositionalSql exact = PositionalSql.of(set.baselineSql());
    Timed baseline = time(exact, warm, measured, SearchQuery::baselineValues);
    String baselinePlan = explain(exact, measured.get(0).baselineValues());
    progress.printf(
        "  baseline p50 %.2f ms, p95 %.2f ms, recall %.1f%%%n",
        baseline.latencies.p50(), baseline.latencies.p95(), 100 * baseline.recall());
    SetResult.Namesakes namesakes =
        set == QuerySet.NAME_ONLY ? namesakes(measured, fuzzy.hits) : null;
    return new SetResult(
        set,
        fuzzy.latencies,
        fuzzy.recall(),
        plan,
        baseline.latencies,
        baseline.recall(),
        baselinePlan,
        namesakes,
        new double[] {loadBefore, Machine.loadAverage()});
  }

  /** Warm-up plus timed queries, for people picked by a stream of this seed and set. */
  private List<SearchQuery> draw(QuerySet set) {
    SplittableRandom random =
        new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 1_000_003L * (set.ordinal() + 1));
    List<SearchQuery> drawn = new ArrayList<>(warmup + queries);
    while (drawn.size() < warmup + queries) {
      SyntheticPerson person = population.person(1 + random.nextLong(population.size()));
      if (set.fits(person)) {
        drawn.add(set.query(person, random));
      }
    }
    return drawn;
  }

  private Timed time(
      PositionalSql sql,
      List<SearchQuery> warm,
      List<SearchQuery> measured,
      Function<SearchQuery, List<Object>> values)
      throws SQLException {
    long[] nanos = new long[measured.size()];
    boolean[] hits = new boolean[measured.size()];
    try (PreparedStatement statement = sql.prepare(connection, "")) {
      for (SearchQuery query : warm) {
        sql.bind(statement, values.apply(query));
        readIds(statement);
      }
      long wallStart = System.nanoTime();
      for (int i = 0; i < measured.size(); i++) {
        SearchQuery query = measured.get(i);
        sql.bind(statement, values.apply(query));
        long start = System.nanoTime();
        long[] ids = readIds(statement);
        nanos[i] = System.nanoTime() - start;
        hits[i] = Arrays.stream(ids).anyMatch(id -> id == query.personId());
      }
      return new Timed(Latencies.of(nanos, System.nanoTime() - wallStart), hits);
    }
  }

  /** Executes and reads every row and column; answers the first column, the person ids. */
  private static long[] readIds(PreparedStatement statement) throws SQLException {
    long[] ids = new long[32];
    int count = 0;
    try (ResultSet rows = statement.executeQuery()) {
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        if (count == ids.length) {
          ids = Arrays.copyOf(ids, count * 2);
        }
        ids[count++] = rows.getLong(1);
        for (int c = 2; c <= columns; c++) {
          rows.getObject(c);
        }
      }
    }
    return Arrays.copyOf(ids, count);
  }

  private String explain(PositionalSql sql, List<Object> values) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (PreparedStatement statement = sql.prepare(connection, "explain (analyze, buffers) ")) {
      sql.bind(statement, values);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          plan.append(rows.getString(1)).append('\n');
        }
      }
    }
    return plan.toString();
  }

  private SetResult.Namesakes namesakes(List<SearchQuery> measured, boolean[] hits)
      throws SQLException {
    int[] counts = new int[measured.size()];
    int few = 0;
    int foundAmongFew = 0;
    try (PreparedStatement count =
        connection.prepareStatement(
            "select count(*) from person where lower(family_name) = ? and lower(given_name) = ?")) {
      for (int i = 0; i < measured.size(); i++) {
        List<Object> name = measured.get(i).baselineValues();
        count.setObject(1, name.get(0));
        count.setObject(2, name.get(1));
        try (ResultSet rows = count.executeQuery()) {
          rows.next();
          counts[i] = rows.getInt(1);
        }
        if (counts[i] <= 20) {
          few++;
          foundAmongFew += hits[i] ? 1 : 0;
        }
      }
    }
    Arrays.sort(counts);
    return new SetResult.Namesakes(
        counts[counts.length / 2], few, few == 0 ? 0 : (double) foundAmongFew / few);
  }

  private record Timed(Latencies latencies, boolean[] hits) {
    double recall() {
      int found = 0;
      for (boolean hit : hits) {
        found += hit ? 1 : 0;
      }
      return (double) found / hits.length;
    }
  }
}

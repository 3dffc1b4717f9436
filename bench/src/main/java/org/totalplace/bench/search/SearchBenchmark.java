package org.totalplace.bench.search;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.totalplace.bench.postgres.BenchDatabase;
import org.totalplace.generator.population.LoadResult;
import org.totalplace.generator.population.Population;
import org.totalplace.generator.population.PopulationLoader;

/**
 * Generates a population, loads it into the platform's schema on PostgreSQL, and times the
 * platform's person search on it (four query sets) against exact-match SQL. Writes a Markdown
 * report and prints its table.
 */
public final class SearchBenchmark {

  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    Outcome outcome = run(options, System.out);
    System.out.println();
    System.out.print(outcome.table());
    System.out.println();
    System.out.println("Report: " + outcome.report());
  }

  /** What a run measured, and where its report went. */
  public record Outcome(List<Double> recalls, String table, Path report) {

    /** Recall of set 1 to 4, 0 to 1. */
    public double recall(int set) {
      return recalls.get(set - 1);
    }
  }

  public static Outcome run(Options options, PrintStream progress) throws Exception {
    LocalDateTime started = LocalDateTime.now();
    Population population = new Population(options.seed(), options.people());
    try (BenchDatabase database =
        options.dbUrl() == null
            ? BenchDatabase.embedded(options.pgDirectory())
            : BenchDatabase.external(options.dbUrl(), options.dbUser(), options.dbPassword())) {
      progress.println("PostgreSQL " + database.description());
      database.migrate();
      LoadResult load;
      try (Connection connection = database.connect()) {
        load = new PopulationLoader(population, progress).load(connection);
      }
      List<SetResult> sets = new ArrayList<>();
      DatabaseFacts facts;
      try (Connection connection = database.connect()) {
        var runner =
            new SetRunner(
                connection,
                population,
                options.seed(),
                options.warmup(),
                options.queries(),
                progress);
        for (QuerySet set : QuerySet.values()) {
          sets.add(runner.run(set));
        }
        facts = DatabaseFacts.read(connection);
      }
      var report =
          new SearchReport(
              started,
              options,
              Machine.describe(),
              database.description(),
              facts,
              load,
              sets,
              heapPeak());
      Path file = report.write(options.results());
      return new Outcome(sets.stream().map(SetResult::recall).toList(), report.table(), file);
    }
  }

  private static long heapPeak() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}

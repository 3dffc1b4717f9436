package org.totalplace.bench.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The whole benchmark, small: 5,000 people on embedded PostgreSQL with the platform's schema. */
class SearchBenchmarkIT {

  @Test
  void findsEveryoneByNhsNumberAndNearlyEveryoneByNameWithATypoAndDateOfBirth() throws Exception {
    Path results = Path.of("target/it-results");
    Options options =
        Options.defaults()
            .withPeople(5_000)
            .withQueries(300)
            .withWarmup(50)
            .withResults(results)
            .withPgDirectory(Path.of("target/it-pg"));
    var progress = new ByteArrayOutputStream();

    SearchBenchmark.Outcome outcome =
        SearchBenchmark.run(options, new PrintStream(progress, true, StandardCharsets.UTF_8));

    assertThat(outcome.recall(4)).isEqualTo(1.0);
    assertThat(outcome.recall(1)).isGreaterThanOrEqualTo(0.95);
    assertThat(outcome.report()).exists().startsWith(results);
    assertThat(outcome.report().getFileName().toString())
        .matches("search-\\d{4}-\\d\\d-\\d\\d-5000\\.md");
    String report = Files.readString(outcome.report());
    assertThat(report)
        .contains("5,000 people", "Exact NHS number", "PostgreSQL 18", "Execution Time")
        .contains(outcome.table());
    assertThat(progress.toString(StandardCharsets.UTF_8)).contains("person", "100%");
  }
}

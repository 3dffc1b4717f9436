package org.totalplace.generator.population;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Writes a population into the platform's tables with COPY: people, then their names (current and
 * previous), then their NHS numbers, each table in one stream fed in batches. The migrations'
 * indexes are set aside during the load and built afterwards; then the tables are vacuumed and
 * analysed, as autovacuum would soon do, so the benchmark does not race it.
 */
public final class PopulationLoader {

  private static final int BATCH = 10_000;

  private final Population population;
  private final PrintStream progress;

  public PopulationLoader(Population population, PrintStream progress) {
    this.population = population;
    this.progress = progress;
  }

  public LoadResult load(Connection connection) throws SQLException {
    connection.setAutoCommit(true);
    requireNoPeople(connection);
    try (Statement session = connection.createStatement()) {
      session.execute("set synchronous_commit = off");
      session.execute("set maintenance_work_mem = '1GB'");
    }
    BulkIndexes indexes = BulkIndexes.drop(connection, "person", "person_name", "identifier");
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();

    long start = System.nanoTime();
    TableCopy people =
        copy(
            copy,
            "person",
            "copy person (id, given_name, family_name, date_of_birth, postcode, created_at,"
                + " created_by, sex) from stdin",
            (p, row) -> {
              line(
                  row,
                  Long.toString(p.id()),
                  p.givenName(),
                  p.familyName(),
                  p.dateOfBirth().toString(),
                  p.postcode(),
                  p.createdAt().toString(),
                  p.createdBy(),
                  p.sex());
            });
    // search_name and family_key are generated columns: PostgreSQL fills them.
    TableCopy names =
        copy(
            copy,
            "person_name",
            "copy person_name (person_id, kind, given_name, family_name) from stdin",
            (p, row) -> {
              String id = Long.toString(p.id());
              line(row, id, "CURRENT", p.givenName(), p.familyName());
              if (p.previousFamilyName() != null) {
                line(row, id, "PREVIOUS", p.givenName(), p.previousFamilyName());
              }
            });
    TableCopy identifiers =
        copy(
            copy,
            "identifier",
            "copy identifier (person_id, scheme, value, agency, recorded_at, recorded_by)"
                + " from stdin",
            (p, row) -> {
              if (p.nhsNumber() != null) {
                line(
                    row,
                    Long.toString(p.id()),
                    "NHS",
                    p.nhsNumber(),
                    "health",
                    p.createdAt().toString(),
                    "health.worker");
              }
            });
    try (Statement sql = connection.createStatement()) {
      sql.execute("select setval(pg_get_serial_sequence('person', 'id'), max(id)) from person");
    }
    Duration copied = Duration.ofNanos(System.nanoTime() - start);
    long rows = people.rows() + names.rows() + identifiers.rows();
    progress.printf(
        "Loaded %,d rows in %.1f s (%,.0f rows/s)%n",
        rows, seconds(copied), rows / seconds(copied));

    List<IndexBuild> built = indexes.rebuild(connection);
    for (IndexBuild index : built) {
      progress.printf("Built index %s in %.1f s%n", index.name(), seconds(index.took()));
    }
    long vacuumStart = System.nanoTime();
    try (Statement sql = connection.createStatement()) {
      sql.execute("vacuum (analyze) person, person_name, identifier");
    }
    Duration vacuumed = Duration.ofNanos(System.nanoTime() - vacuumStart);
    progress.printf("Vacuumed and analysed in %.1f s%n", seconds(vacuumed));
    checkpoint(connection);
    return new LoadResult(List.of(people, names, identifiers), copied, built, vacuumed);
  }

  private TableCopy copy(
      CopyManager copy, String table, String sql, BiConsumer<SyntheticPerson, StringBuilder> rows)
      throws SQLException {
    long size = population.size();
    long every = Math.max(BATCH, (size / 10) / BATCH * BATCH);
    long start = System.nanoTime();
    CopyIn in = copy.copyIn(sql);
    try {
      StringBuilder batch = new StringBuilder(BATCH * 120);
      for (long id = 1; id <= size; id++) {
        rows.accept(population.person(id), batch);
        if (id % BATCH == 0 || id == size) {
          byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
          in.writeToCopy(bytes, 0, bytes.length);
          batch.setLength(0);
        }
        if (id % every == 0 || id == size) {
          double elapsed = (System.nanoTime() - start) / 1e9;
          progress.printf(
              "%-12s %,11d of %,d people sent (%3.0f%%), %,.0f people/s%n",
              table, id, size, 100.0 * id / size, id / elapsed);
        }
      }
      long stored = in.endCopy();
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      // Foreign keys are checked when the COPY ends, after the last row was sent.
      progress.printf(
          "%-12s %,d rows stored in %.1f s (%,.0f rows/s)%n",
          table, stored, seconds(took), stored / seconds(took));
      return new TableCopy(table, stored, took);
    } finally {
      if (in.isActive()) {
        in.cancelCopy();
      }
    }
  }

  /** One row of COPY's text format: tab-separated, \N for null. */
  private static void line(StringBuilder row, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        row.append('\t');
      }
      String field = fields[i];
      if (field == null) {
        row.append("\\N");
        continue;
      }
      for (int c = 0; c < field.length(); c++) {
        char ch = field.charAt(c);
        switch (ch) {
          case '\\' -> row.append("\\\\");
          case '\t' -> row.append("\\t");
          case '\n' -> row.append("\\n");
          case '\r' -> row.append("\\r");
          default -> row.append(ch);
        }
      }
    }
    row.append('\n');
  }

  private static void requireNoPeople(Connection connection) throws SQLException {
    try (var sql = connection.createStatement();
        var rows = sql.executeQuery("select exists (select 1 from person)")) {
      rows.next();
      if (rows.getBoolean(1)) {
        throw new IllegalStateException(
            "The database already holds people: the benchmark needs an empty totalplace schema");
      }
    }
  }

  /** Writes the load out now rather than in the middle of the timed queries (needs the right). */
  private void checkpoint(Connection connection) {
    try (Statement sql = connection.createStatement()) {
      sql.execute("checkpoint");
    } catch (SQLException e) {
      progress.println("No checkpoint after the load (" + e.getMessage().strip() + ")");
    }
  }

  static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }
}

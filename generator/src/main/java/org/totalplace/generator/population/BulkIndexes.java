package org.totalplace.generator.population;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The migrations' indexes on the loaded tables, set aside for a bulk load and built again after it,
 * which is many times faster than keeping them up to date row by row (above all the trigram GIN
 * index). The definitions are read back from PostgreSQL's catalogue before dropping, so the rebuilt
 * indexes are exactly those the migrations made. Indexes behind constraints (primary keys) stay.
 */
public final class BulkIndexes {

  private static final String DEFINITIONS =
      "select i.indexname, i.indexdef from pg_indexes i"
          + " where i.schemaname = current_schema() and i.tablename = any (?)"
          + " and not exists (select 1 from pg_constraint c"
          + "   where c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)"
          + " order by i.tablename, i.indexname";

  private final Map<String, String> definitions;

  private BulkIndexes(Map<String, String> definitions) {
    this.definitions = definitions;
  }

  /** Drops the indexes of {@code tables}, remembering how to build them again. */
  public static BulkIndexes drop(Connection connection, String... tables) throws SQLException {
    Map<String, String> definitions = new LinkedHashMap<>();
    try (var query = connection.prepareStatement(DEFINITIONS)) {
      query.setArray(1, connection.createArrayOf("text", tables));
      try (var rows = query.executeQuery()) {
        while (rows.next()) {
          definitions.put(rows.getString(1), rows.getString(2));
        }
      }
    }
    try (Statement ddl = connection.createStatement()) {
      for (String index : definitions.keySet()) {
        ddl.execute("drop index \"" + index + "\"");
      }
    }
    return new BulkIndexes(definitions);
  }

  /** Builds every dropped index again; answers how long each took, in build order. */
  public List<IndexBuild> rebuild(Connection connection) throws SQLException {
    List<IndexBuild> built = new ArrayList<>();
    try (Statement ddl = connection.createStatement()) {
      for (var index : definitions.entrySet()) {
        long start = System.nanoTime();
        ddl.execute(index.getValue());
        built.add(
            new IndexBuild(
                index.getKey(), index.getValue(), Duration.ofNanos(System.nanoTime() - start)));
      }
    }
    return built;
  }
}

package org.totalplace.generator.place;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The migrations' indexes on some tables, set aside for a bulk load and built again after it (as
 * the population loader does for people). Read back from the catalogue first, so the rebuilt
 * indexes are exactly those the migrations made; indexes behind constraints (primary keys) stay.
 */
final class TableIndexes {

  private static final String DEFINITIONS =
      "select i.indexname, i.indexdef from pg_indexes i"
          + " where i.schemaname = current_schema() and i.tablename = any (?)"
          + " and not exists (select 1 from pg_constraint c"
          + "   where c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)"
          + " order by i.tablename, i.indexname";

  private final Map<String, String> definitions;

  private TableIndexes(Map<String, String> definitions) {
    this.definitions = definitions;
  }

  static TableIndexes drop(Connection connection, String... tables) throws SQLException {
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
    return new TableIndexes(definitions);
  }

  /** Builds every dropped index again, reporting each one's time. */
  void rebuild(Connection connection, java.io.PrintStream progress) throws SQLException {
    try (Statement ddl = connection.createStatement()) {
      for (var index : definitions.entrySet()) {
        long start = System.nanoTime();
        ddl.execute(index.getValue());
        progress.printf(
            "Built index %s in %.1f s%n", index.getKey(), (System.nanoTime() - start) / 1e9);
      }
    }
  }
}

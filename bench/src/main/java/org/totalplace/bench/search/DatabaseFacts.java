package org.totalplace.bench.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The server's version, the settings that shape search plans, and the sizes of the tables. */
record DatabaseFacts(String version, Map<String, String> settings, List<String[]> tables) {

  private static final List<String> SETTINGS =
      List.of(
          "shared_buffers",
          "work_mem",
          "effective_cache_size",
          "random_page_cost",
          "max_parallel_workers_per_gather",
          "jit",
          "plan_cache_mode",
          "maintenance_work_mem",
          "fsync",
          "synchronous_commit",
          "pg_trgm.similarity_threshold",
          "pg_trgm.word_similarity_threshold");

  static DatabaseFacts read(Connection connection) throws SQLException {
    String version;
    try (var sql = connection.createStatement();
        var rows = sql.executeQuery("select version()")) {
      rows.next();
      version = rows.getString(1);
    }
    Map<String, String> settings = new LinkedHashMap<>();
    try (var show = connection.prepareStatement("select current_setting(?, true)")) {
      for (String name : SETTINGS) {
        show.setString(1, name);
        try (var rows = show.executeQuery()) {
          rows.next();
          String value = rows.getString(1);
          settings.put(name, value == null ? "(default)" : value);
        }
      }
    }
    List<String[]> tables = new ArrayList<>();
    try (var sql = connection.createStatement();
        var rows =
            sql.executeQuery(
                "select c.relname, c.reltuples::bigint, pg_size_pretty(pg_table_size(c.oid)),"
                    + " pg_size_pretty(pg_indexes_size(c.oid)) from pg_class c"
                    + " where c.relnamespace = current_schema()::regnamespace"
                    + " and c.relname in ('person', 'person_name', 'identifier')"
                    + " order by c.relname")) {
      while (rows.next()) {
        tables.add(
            new String[] {
              rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)
            });
      }
    }
    return new DatabaseFacts(version, settings, tables);
  }
}

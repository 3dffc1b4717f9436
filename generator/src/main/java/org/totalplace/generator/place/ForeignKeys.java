package org.totalplace.generator.place;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A table's foreign keys, set aside for a bulk load and put back after it. Checked row by row, a
 * COPY queues four lookups per referral and runs them all when it ends (minutes for millions of
 * rows); put back as NOT VALID and then validated, each key is checked by one join instead. The
 * definitions are read back from the catalogue, so the keys put back are the migrations' own.
 */
final class ForeignKeys {

  private record Key(String table, String name, String definition) {}

  private final List<Key> keys;

  private ForeignKeys(List<Key> keys) {
    this.keys = keys;
  }

  static ForeignKeys drop(Connection connection, String... tables) throws SQLException {
    List<Key> keys = new ArrayList<>();
    try (var query =
        connection.prepareStatement(
            "select c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)"
                + " from pg_constraint c where c.contype = 'f' and c.conrelid = any (?::regclass[])"
                + " order by 1, 2")) {
      query.setArray(1, connection.createArrayOf("text", tables));
      try (var rows = query.executeQuery()) {
        while (rows.next()) {
          keys.add(new Key(rows.getString(1), rows.getString(2), rows.getString(3)));
        }
      }
    }
    try (Statement ddl = connection.createStatement()) {
      for (Key key : keys) {
        ddl.execute("alter table " + key.table() + " drop constraint \"" + key.name() + "\"");
      }
    }
    return new ForeignKeys(keys);
  }

  /** Puts every key back, each checked against all rows in one pass. */
  void restore(Connection connection, PrintStream progress) throws SQLException {
    try (Statement ddl = connection.createStatement()) {
      for (Key key : keys) {
        long start = System.nanoTime();
        ddl.execute(
            "alter table "
                + key.table()
                + " add constraint \""
                + key.name()
                + "\" "
                + key.definition()
                + " not valid");
        ddl.execute("alter table " + key.table() + " validate constraint \"" + key.name() + "\"");
        progress.printf(
            "Checked foreign key %s.%s in %.1f s%n",
            key.table(), key.name(), (System.nanoTime() - start) / 1e9);
      }
    }
  }
}

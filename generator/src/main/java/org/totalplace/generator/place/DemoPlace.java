package org.totalplace.generator.place;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.postgresql.ds.PGSimpleDataSource;
import org.totalplace.platform.control.DatabaseMigration;

/**
 * The demo's place: the generator the bench loads a million people with, at a small size, so the
 * demo has a population to search and five years of referrals between the agencies behind its named
 * stories. Loaded once, into a schema that holds nobody yet, before the app deploys and adds those
 * stories on top.
 */
public final class DemoPlace {

  /** About as many people as one small ward's services know; five referrals a person. */
  public static final long PEOPLE = 2_000;

  public static final long REFERRALS = 10_000;

  /** Finished pathways only (the live ones are the named stories'), so counting has history. */
  public static final int PATHWAYS = 600;

  /** Generated workers per agency, beside the realm's demo logins. */
  public static final int WORKERS = 10;

  public static final long SEED = 20261203;

  private DemoPlace() {}

  /**
   * Brings the schema up to date (as the app would on deploy) and loads the place when nobody is
   * recorded yet.
   *
   * @return the people loaded: 0 when the database already held people
   */
  public static long loadIfEmpty(String jdbcUrl, String user, String password, PrintStream log)
      throws SQLException {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(jdbcUrl);
    dataSource.setUser(user);
    dataSource.setPassword(password);
    DatabaseMigration.flyway(dataSource).migrate();
    try (Connection db = dataSource.getConnection()) {
      if (anyoneRecorded(db)) {
        return 0;
      }
      return new PlaceLoader(SEED, PEOPLE, REFERRALS, PATHWAYS, WORKERS, Instant.now(), log)
          .forTheDemo()
          .load(db)
          .people()
          .people();
    }
  }

  private static boolean anyoneRecorded(Connection db) throws SQLException {
    try (Statement sql = db.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "select exists (select 1 from " + DatabaseMigration.SCHEMA + ".person)")) {
      rows.next();
      return rows.getBoolean(1);
    }
  }
}

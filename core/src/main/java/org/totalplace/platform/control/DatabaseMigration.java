package org.totalplace.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings the schema up to date when the app deploys; Flyway, not JPA, owns the schema. */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

  /**
   * The schema of the app's tables. Flowable creates its own ACT_ tables wherever the connection's
   * search path points: with the launcher's database user (named like the schema) that is this
   * schema too. Flyway only validates the migrations it applied, so they do not disturb it.
   */
  public static final String SCHEMA = "totalplace";

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "jdbc/totalplace")
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    var result = flyway(dataSource).migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  /** The one Flyway set-up, shared with the integration tests. */
  public static Flyway flyway(DataSource dataSource) {
    return Flyway.configure(DatabaseMigration.class.getClassLoader())
        .dataSource(dataSource)
        .schemas(SCHEMA)
        .locations("classpath:db/migration")
        .load();
  }
}

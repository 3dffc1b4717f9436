package org.totalplace.bench.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.totalplace.platform.control.DatabaseMigration;

/**
 * A database with the platform's schema (migrated by the platform's own Flyway set-up), reached
 * with {@code currentSchema=totalplace} so the search SQL's unqualified names resolve as in the
 * app.
 */
public final class BenchDatabase implements AutoCloseable {

  /**
   * Settings for the embedded server, sized for a 2-core, 24 GB machine as a production server
   * would be; memory per query (work_mem) stays at PostgreSQL's default, as in the app's server.
   */
  static final Map<String, String> EMBEDDED_SETTINGS = embeddedSettings();

  private final EmbeddedPostgres embedded;
  private final PGSimpleDataSource dataSource;
  private final String description;

  private BenchDatabase(
      EmbeddedPostgres embedded, PGSimpleDataSource dataSource, String description) {
    this.embedded = embedded;
    this.dataSource = dataSource;
    this.description = description;
  }

  /** A fresh embedded server whose data lives in {@code dataDirectory} (emptied first). */
  public static BenchDatabase embedded(Path dataDirectory) {
    try {
      deleteRecursively(dataDirectory);
      Files.createDirectories(dataDirectory);
      var builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setPGStartupWait(Duration.ofSeconds(60));
      EMBEDDED_SETTINGS.forEach(builder::setServerConfig);
      EmbeddedPostgres postgres = builder.start();
      var dataSource = new PGSimpleDataSource();
      dataSource.setUrl("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres");
      dataSource.setUser("postgres");
      dataSource.setCurrentSchema(DatabaseMigration.SCHEMA);
      return new BenchDatabase(
          postgres, dataSource, "embedded (zonky), data in " + dataDirectory.toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL did not start: " + e.getMessage(), e);
    }
  }

  /** An external server; its {@code totalplace} schema must hold no people yet. */
  public static BenchDatabase external(String jdbcUrl, String user, String password) {
    var dataSource = new PGSimpleDataSource();
    dataSource.setUrl(jdbcUrl);
    if (user != null) {
      dataSource.setUser(user);
    }
    if (password != null) {
      dataSource.setPassword(password);
    }
    dataSource.setCurrentSchema(DatabaseMigration.SCHEMA);
    return new BenchDatabase(null, dataSource, "external, " + jdbcUrl);
  }

  /** Brings the schema to the newest migration, as the app does when it deploys. */
  public void migrate() {
    DatabaseMigration.flyway(dataSource).migrate();
  }

  public Connection connect() throws SQLException {
    return dataSource.getConnection();
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public String description() {
    return description;
  }

  public boolean isEmbedded() {
    return embedded != null;
  }

  @Override
  public void close() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
  }

  private static Map<String, String> embeddedSettings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("listen_addresses", "127.0.0.1");
    settings.put("shared_buffers", "2GB");
    settings.put("effective_cache_size", "12GB");
    settings.put("maintenance_work_mem", "1GB");
    settings.put("max_wal_size", "8GB");
    settings.put("checkpoint_timeout", "30min");
    return settings;
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}

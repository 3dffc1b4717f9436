package org.totalplace.launcher.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.totalplace.launcher.host.LaunchFailure;
import org.totalplace.launcher.host.Processes;

/**
 * The PostgreSQL server behind the app and Keycloak, each with its own role and database.
 *
 * <p>With an external server we assume the given credentials also open a database named {@code
 * keycloak} on the same server: that keeps external mode to one set of settings.
 */
public final class Database implements AutoCloseable {
  private static final String APP = "totalplace";
  private static final String KEYCLOAK = "keycloak";

  private final EmbeddedPostgres embedded;
  private final String appUrl;
  private final String appUser;
  private final String appPassword;
  private final String keycloakUrl;
  private final String keycloakUser;
  private final String keycloakPassword;

  private Database(
      EmbeddedPostgres embedded,
      String appUrl,
      String appUser,
      String appPassword,
      String keycloakUrl,
      String keycloakUser,
      String keycloakPassword) {
    this.embedded = embedded;
    this.appUrl = appUrl;
    this.appUser = appUser;
    this.appPassword = appPassword;
    this.keycloakUrl = keycloakUrl;
    this.keycloakUser = keycloakUser;
    this.keycloakPassword = keycloakPassword;
  }

  /** Starts (or restarts, keeping its data) the embedded server in {@code dataDirectory}. */
  public static Database embedded(Path dataDirectory, int port, Path log) {
    return embedded(dataDirectory, port, log, false);
  }

  /**
   * Starts the embedded server, archiving its WAL for point-in-time restore when {@code archive}
   * (see {@link Backups}); the archive lives beside the data directory.
   */
  public static Database embedded(Path dataDirectory, int port, Path log, boolean archive) {
    stopLeftover(dataDirectory);
    try {
      Files.createDirectories(dataDirectory);
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
      if (archive) {
        for (String[] setting : Backups.archiving(dataDirectory.getParent())) {
          builder.setServerConfig(setting[0], setting[1]);
        }
      }
      EmbeddedPostgres postgres =
          builder
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setPort(port)
              .setServerConfig("listen_addresses", "127.0.0.1")
              // zonky starts PostgreSQL for throwaway tests: fsync off (-F) and commits
              // acknowledged before their WAL is written. A platform must not lose a referral the
              // client was told had been saved when PostgreSQL is killed, so both are turned back
              // on.
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              // Statement counts and times per query shape, for whoever tunes the platform (the
              // load bench counts statements per request with it); costs ~1% on a busy server.
              .setServerConfig("shared_preload_libraries", "pg_stat_statements")
              .setPGStartupWait(Duration.ofSeconds(60))
              // Stack.close() stops the servers in order (app first, database last).
              .setRegisterShutdownHook(false)
              .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      String base = "jdbc:postgresql://127.0.0.1:" + port + "/";
      try (Connection admin = DriverManager.getConnection(base + "postgres", "postgres", "")) {
        ensureRoleAndDatabase(admin, APP);
        ensureRoleAndDatabase(admin, KEYCLOAK);
      }
      return new Database(postgres, base + APP, APP, APP, base + KEYCLOAK, KEYCLOAK, KEYCLOAK);
    } catch (IOException | SQLException e) {
      throw new LaunchFailure(
          "PostgreSQL did not start: "
              + e.getMessage()
              + System.lineSeparator()
              + Processes.tail(log, 20),
          e);
    }
  }

  public static Database external(String jdbcUrl, String user, String password) {
    return new Database(null, jdbcUrl, user, password, sibling(jdbcUrl, KEYCLOAK), user, password);
  }

  /**
   * Stops a server an earlier, crashed run left behind, so its port and data directory are ours
   * again. A postmaster.pid naming a dead process is left to PostgreSQL, which ignores it.
   */
  public static void stopLeftover(Path dataDirectory) {
    Processes.alive(dataDirectory.resolve("postmaster.pid"), "postgres")
        .ifPresent(postgres -> Processes.stop(postgres, Duration.ofSeconds(30)));
  }

  /**
   * The same server and query, another database: {@code jdbc:postgresql://h:p/app?x} to keycloak.
   */
  static String sibling(String jdbcUrl, String database) {
    int hostStart = jdbcUrl.indexOf("//");
    int pathStart = hostStart < 0 ? -1 : jdbcUrl.indexOf('/', hostStart + 2);
    if (pathStart < 0) {
      throw new LaunchFailure(
          "Cannot read the database URL "
              + jdbcUrl
              + "; expected jdbc:postgresql://host:port/database");
    }
    int queryStart = jdbcUrl.indexOf('?', pathStart);
    String query = queryStart < 0 ? "" : jdbcUrl.substring(queryStart);
    return jdbcUrl.substring(0, pathStart + 1) + database + query;
  }

  private static void ensureRoleAndDatabase(Connection admin, String name) throws SQLException {
    // Names are our own constants, never user input, so building the DDL is safe.
    if (!exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", name)) {
      try (Statement ddl = admin.createStatement()) {
        ddl.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + name + "'");
      }
    }
    if (!exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", name)) {
      try (Statement ddl = admin.createStatement()) {
        ddl.execute("CREATE DATABASE " + name + " OWNER " + name);
      }
    }
  }

  private static boolean exists(Connection connection, String sql, String name)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, name);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  public boolean isEmbedded() {
    return embedded != null;
  }

  public String appUrl() {
    return appUrl;
  }

  public String appUser() {
    return appUser;
  }

  public String appPassword() {
    return appPassword;
  }

  public String keycloakUrl() {
    return keycloakUrl;
  }

  public String keycloakUser() {
    return keycloakUser;
  }

  public String keycloakPassword() {
    return keycloakPassword;
  }

  /**
   * Takes a base backup of this (running, embedded) server into the backups beside its data (see
   * {@link Backups}); answers its folder.
   */
  public static Path backup(Path dataDirectory, int port) {
    try (Connection superuser =
        DriverManager.getConnection(
            "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "")) {
      return Backups.backup(superuser, dataDirectory, dataDirectory.getParent());
    } catch (SQLException | IOException e) {
      throw new LaunchFailure("The backup failed: " + e.getMessage(), e);
    }
  }

  /**
   * Restores the stopped embedded server to {@code moment}: puts the newest base backup before it
   * back, starts PostgreSQL to replay the archived WAL up to that moment, waits for it to finish
   * and stops it again. Answers where the replaced data directory was kept.
   */
  public static Path restore(Path dataDirectory, int port, Path log, java.time.Instant moment) {
    if (Processes.alive(dataDirectory.resolve("postmaster.pid"), "postgres").isPresent()) {
      throw new LaunchFailure("Stop the platform first (./totalplace stop): its database is up.");
    }
    Path kept;
    try {
      kept = Backups.prepareRestore(dataDirectory.getParent(), dataDirectory, moment);
    } catch (IOException e) {
      throw new LaunchFailure("Could not put the base backup back: " + e.getMessage(), e);
    }
    try (Database recovering = embedded(dataDirectory, port, log, true);
        Connection db =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "")) {
      long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
      while (inRecovery(db)) {
        if (System.nanoTime() > deadline) {
          throw new LaunchFailure("PostgreSQL was still replaying the archive after 30 minutes.");
        }
        Thread.sleep(200); // polling the server's own recovery state
      }
    } catch (SQLException e) {
      throw new LaunchFailure("The restore failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LaunchFailure("The restore was interrupted.", e);
    }
    return kept;
  }

  private static boolean inRecovery(Connection db) throws SQLException {
    try (Statement sql = db.createStatement();
        ResultSet rs = sql.executeQuery("select pg_is_in_recovery()")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  /**
   * Kills the embedded server outright (postmaster and every backend), as a power cut or an
   * out-of-memory kill would, leaving its data directory to crash recovery at the next start.
   */
  public static void kill(Path dataDirectory) {
    ProcessHandle postmaster =
        Processes.alive(dataDirectory.resolve("postmaster.pid"), "postgres")
            .orElseThrow(() -> new LaunchFailure("PostgreSQL is not running, so it cannot crash."));
    postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
    postmaster.destroyForcibly();
    try {
      postmaster.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new LaunchFailure("PostgreSQL did not die when killed", e);
    }
  }

  @Override
  public void close() {
    if (embedded != null) {
      try {
        embedded.close();
      } catch (IOException e) {
        throw new LaunchFailure("PostgreSQL did not stop cleanly: " + e.getMessage(), e);
      }
    }
  }
}

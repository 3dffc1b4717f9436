package org.totalplace.launcher.keycloak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.totalplace.launcher.host.Archives;
import org.totalplace.launcher.host.Distribution;
import org.totalplace.launcher.host.Http;
import org.totalplace.launcher.host.LaunchFailure;
import org.totalplace.launcher.host.Processes;
import org.totalplace.launcher.host.Progress;
import org.totalplace.launcher.host.Wait;

/** Keycloak in production mode (optimized build for PostgreSQL) with the realm imported. */
public final class Keycloak implements AutoCloseable {
  /** Build-time options; health and metrics stay off so no management port (9000) is opened. */
  private static final List<String> BUILD_OPTIONS =
      List.of("--db=postgres", "--health-enabled=false", "--metrics-enabled=false");

  private static final String REALM = "totalplace";
  private static final String REALM_FILE = "totalplace-realm.json";
  private static final Duration READY_LIMIT = Duration.ofMinutes(5);

  private final Path home;
  private final int port;
  private final int appPort;
  private Process process;
  private boolean closed;

  /** Keycloak on {@code port}, for the app on {@code appPort} (its sign-in returns there). */
  public Keycloak(Path home, int port, int appPort) {
    this.home = home;
    this.port = port;
    this.appPort = appPort;
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  /** Unpacks, builds once, starts and waits until the realm answers. */
  public void start(
      Path dist, String dbUrl, String dbUser, String dbPassword, Progress.Step progress) {
    Path log = home.resolve("logs/keycloak.log");
    Path server =
        Archives.unpackOnce(
            Distribution.find(dist, "keycloak-quarkus-dist-", ".zip"), home, progress);
    importRealm(dist, server, appPort);
    reconnectAfterDatabaseRestart(server);
    buildOnce(server, progress);
    progress.doing("starting");
    launch(server, dbUrl, dbUser, dbPassword, log);
    Wait.until(
        "Keycloak",
        READY_LIMIT,
        () -> Http.status(url() + "/realms/" + REALM + "/.well-known/openid-configuration") == 200,
        () -> {
          if (!process.isAlive()) {
            throw new LaunchFailure(
                "Keycloak stopped while starting. Last lines of "
                    + log
                    + ":"
                    + System.lineSeparator()
                    + Processes.tail(log, 25));
          }
        });
  }

  /**
   * The realm names the app at port 8080, where {@code up} serves it; a stack on other ports (the
   * tests', a second checkout's) gets the realm with its own port in the addresses Keycloak may
   * send people back to after signing in and out.
   */
  private static void importRealm(Path dist, Path server, int appPort) {
    try {
      Path imports = Files.createDirectories(server.resolve("data/import"));
      String realm = Files.readString(Distribution.require(dist.resolve(REALM_FILE)));
      Files.writeString(
          imports.resolve(REALM_FILE),
          realm
              .replace("127.0.0.1:8080/", "127.0.0.1:" + appPort + "/")
              .replace("localhost:8080/", "localhost:" + appPort + "/"));
    } catch (IOException e) {
      throw new LaunchFailure("Could not copy the realm into Keycloak: " + e.getMessage(), e);
    }
  }

  /**
   * Keycloak's pool (Agroal) checks idle connections only every two minutes by default, so after
   * PostgreSQL restarts every login fails until then. Checking a connection that sat idle for a
   * second before lending it, and all of them every 10 s, lets Keycloak recover at once. Quarkus
   * options with no Keycloak name go in conf/quarkus.properties.
   */
  static final String POOL_VALIDATION =
      String.join(
          System.lineSeparator(),
          "# Written by the Totalplace launcher: reconnect at once after PostgreSQL restarts.",
          "quarkus.datasource.jdbc.foreground-validation-interval=1S",
          "quarkus.datasource.jdbc.background-validation-interval=10S",
          "quarkus.datasource.jdbc.validation-query-sql=select 1",
          "");

  private static void reconnectAfterDatabaseRestart(Path server) {
    try {
      Files.writeString(server.resolve("conf/quarkus.properties"), POOL_VALIDATION);
    } catch (IOException e) {
      throw new LaunchFailure("Could not configure Keycloak's pool: " + e.getMessage(), e);
    }
  }

  /** kc.sh build takes most of a minute, so it runs only when the build options change. */
  private void buildOnce(Path server, Progress.Step progress) {
    Path marker = server.resolve(".totalplace-build");
    String wanted = String.join(" ", BUILD_OPTIONS) + POOL_VALIDATION;
    try {
      if (Files.exists(marker) && Files.readString(marker).equals(wanted)) {
        return;
      }
      progress.doing("building for PostgreSQL", "(first start only, about a minute)");
      Path log = home.resolve("logs/keycloak-build.log");
      List<String> command =
          new java.util.ArrayList<>(List.of(server.resolve("bin/kc.sh").toString(), "build"));
      command.addAll(BUILD_OPTIONS);
      int exit = Processes.run(command, environment(), log, Duration.ofMinutes(10));
      if (exit != 0) {
        throw new LaunchFailure(
            "Keycloak's build step failed. Last lines of "
                + log
                + ":"
                + System.lineSeparator()
                + Processes.tail(log, 25));
      }
      Files.writeString(marker, wanted);
    } catch (IOException e) {
      throw new LaunchFailure("Could not build Keycloak: " + e.getMessage(), e);
    }
  }

  private synchronized void launch(
      Path server, String dbUrl, String dbUser, String dbPassword, Path log) {
    if (closed) {
      throw new LaunchFailure("Stopped before Keycloak started.");
    }
    List<String> command =
        List.of(
            server.resolve("bin/kc.sh").toString(),
            "start",
            "--optimized",
            "--import-realm",
            "--http-enabled=true",
            "--http-host=127.0.0.1",
            "--http-port=" + port,
            // A fixed hostname keeps the token issuer the same whichever name a client used.
            "--hostname=" + url(),
            // One node: no cluster discovery, no JGroups ports.
            "--cache=local",
            "--db-url=" + dbUrl,
            "--db-username=" + dbUser,
            "--db-password=" + dbPassword);
    process = Processes.start(command, environment(), log);
    Processes.writePid(pidFile(home), process.pid());
  }

  private static Map<String, String> environment() {
    return Map.of(
        "JAVA_HOME", System.getProperty("java.home"),
        "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
        "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
        "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
  }

  /** Stops a Keycloak an earlier, crashed run left behind. */
  public static void stopLeftover(Path home) {
    Processes.alive(pidFile(home), "kc.sh")
        .ifPresent(keycloak -> Processes.stop(keycloak, Duration.ofSeconds(30)));
  }

  private static Path pidFile(Path home) {
    return home.resolve("keycloak.pid");
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (process != null && process.isAlive()) {
      // kc.sh forwards SIGTERM to the Java process and waits for it.
      Processes.stop(process.toHandle(), Duration.ofSeconds(30));
    }
    try {
      Files.deleteIfExists(pidFile(home));
    } catch (IOException e) {
      // A stale pid file is checked against the live process list next time.
    }
  }
}

package org.totalplace.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.totalplace.audit.control.ChainVerifier;
import org.totalplace.audit.entity.ChainCheck;
import org.totalplace.launcher.host.LaunchFailure;
import org.totalplace.launcher.host.PortPlan;
import org.totalplace.launcher.host.Processes;
import org.totalplace.launcher.keycloak.Keycloak;
import org.totalplace.launcher.payara.Payara;
import org.totalplace.launcher.postgres.Database;

/**
 * {@code ./totalplace up|stop}. Settings come from the environment: TOTALPLACE_SMTP (host:port of
 * an SMTP server for the platform's email), TOTALPLACE_HOME (default .run), TOTALPLACE_PORT_OFFSET,
 * TOTALPLACE_DEMO_DATA (default true), TOTALPLACE_DIST, and TOTALPLACE_DB_URL / _USER / _PASSWORD
 * for an external PostgreSQL.
 */
public final class Launcher {
  private static final String PID_FILE = "launcher.pid";

  private Launcher() {}

  public static void main(String[] args) {
    String command = args.length == 0 ? "up" : args[0];
    try {
      requireJava17();
      switch (command) {
        case "up" -> up();
        case "stop" -> stop();
        case "verify-audit" -> System.exit(verifyAudit());
        default -> {
          System.err.println("Usage: ./totalplace [up|stop|verify-audit]");
          System.exit(2);
        }
      }
    } catch (LaunchFailure e) {
      System.err.println(e.getMessage());
      System.exit(1);
    }
  }

  static void requireJava17() {
    int feature = Runtime.version().feature();
    if (feature < 17) {
      throw new LaunchFailure(
          "Totalplace needs Java 17 or newer; this is Java "
              + feature
              + ". Set JAVA_HOME to a JDK 17+.");
    }
  }

  private static void up() throws LaunchFailure {
    Path home = home();
    Path pidFile = home.resolve(PID_FILE);
    Processes.alive(pidFile, "launcher")
        .filter(other -> other.pid() != ProcessHandle.current().pid())
        .ifPresent(
            other -> {
              throw new LaunchFailure(
                  "Totalplace is already running (pid "
                      + other.pid()
                      + "). Stop it with ./totalplace stop.");
            });
    Processes.writePid(pidFile, ProcessHandle.current().pid());
    AtomicReference<Stack> running = new AtomicReference<>();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  Optional.ofNullable(running.get()).ifPresent(Stack::close);
                  deleteQuietly(pidFile);
                }));

    Stack.Builder builder =
        Stack.configure()
            .home(home)
            .portOffset(Integer.parseInt(env("TOTALPLACE_PORT_OFFSET", "0")))
            .demoData(Boolean.parseBoolean(env("TOTALPLACE_DEMO_DATA", "true")));
    Optional.ofNullable(System.getenv("TOTALPLACE_DIST")).map(Path::of).ifPresent(builder::dist);
    String smtp = System.getenv("TOTALPLACE_SMTP");
    if (smtp != null && smtp.contains(":")) {
      builder.smtp(
          smtp.substring(0, smtp.lastIndexOf(':')),
          Integer.parseInt(smtp.substring(smtp.lastIndexOf(':') + 1)));
    }
    String dbUrl = System.getenv("TOTALPLACE_DB_URL");
    if (dbUrl != null) {
      builder.externalDatabase(
          dbUrl, env("TOTALPLACE_DB_USER", "totalplace"), env("TOTALPLACE_DB_PASSWORD", ""));
    }
    Stack stack = builder.start();
    running.set(stack);
    System.out.print(Welcome.text(stack));
    System.out.flush();
    try {
      // Everything runs in other processes; this one waits for Ctrl-C or ./totalplace stop.
      Thread.currentThread().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Asks a running {@code up} to stop, then clears anything a killed {@code up} left behind. */
  private static void stop() {
    Path home = home();
    Optional<ProcessHandle> launcher = Processes.alive(home.resolve(PID_FILE), "launcher");
    if (launcher.isPresent()) {
      System.out.println("Stopping Totalplace (pid " + launcher.get().pid() + ") ...");
      launcher.get().destroy();
      if (!Processes.awaitExit(launcher.get(), Duration.ofMinutes(3))) {
        throw new LaunchFailure(
            "Totalplace (pid " + launcher.get().pid() + ") did not stop within 3 minutes.");
      }
    } else {
      System.out.println("Totalplace is not running under " + home + ".");
    }
    Payara.stopLeftover(home);
    Keycloak.stopLeftover(home);
    Database.stopLeftover(home.resolve("pgdata"));
    deleteQuietly(home.resolve(PID_FILE));
    System.out.println("Stopped.");
  }

  /**
   * Checks the whole audit trail of a running platform's database (the embedded one, or the one
   * TOTALPLACE_DB_URL names) as the data-protection officer's check does: 0 when intact, 1 if not.
   */
  private static int verifyAudit() {
    String url = System.getenv("TOTALPLACE_DB_URL");
    String user = env("TOTALPLACE_DB_USER", "totalplace");
    String password = env("TOTALPLACE_DB_PASSWORD", url == null ? "totalplace" : "");
    if (url == null) {
      int offset = Integer.parseInt(env("TOTALPLACE_PORT_OFFSET", "0"));
      url =
          "jdbc:postgresql://127.0.0.1:" + new PortPlan(offset).postgres().number() + "/totalplace";
    }
    return verifyAudit(url, user, password, System.out);
  }

  /** The check behind {@code ./totalplace verify-audit}, on any database: 0 when intact. */
  public static int verifyAudit(String url, String user, String password, PrintStream out) {
    try (Connection db = DriverManager.getConnection(url, user, password)) {
      db.setReadOnly(true);
      ChainCheck check = ChainVerifier.verify(db);
      out.println(
          (check.isIntact() ? "Intact: " : "Broken: " + check.getProblem() + ". ")
              + check.getChecked()
              + " sealed entries checked; "
              + check.getWaiting()
              + " waiting to be sealed"
              + (check.getWaiting() == 0
                  ? ""
                  : " (the oldest for " + check.waitedSeconds(Instant.now()) + " s)")
              + (check.getUnchained() == 0
                  ? ""
                  : "; " + check.getUnchained() + " from before the chain began, not covered")
              + ".");
      return check.isIntact() ? 0 : 1;
    } catch (SQLException e) {
      throw new LaunchFailure(
          "Could not read the audit trail at "
              + url
              + " ("
              + e.getMessage()
              + "). Is the platform up (./totalplace up)?");
    }
  }

  private static Path home() {
    return Path.of(env("TOTALPLACE_HOME", ".run")).toAbsolutePath().normalize();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A stale pid file is checked against the live process list anyway.
    }
  }
}

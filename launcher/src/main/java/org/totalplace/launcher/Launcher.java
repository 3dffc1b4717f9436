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
import java.util.List;
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
import org.totalplace.operations.control.ConsistencyCheck;

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
        case "check" -> System.exit(check());
        case "backup" -> backup();
        case "restore" -> restore(args);
        default -> {
          System.err.println(
              "Usage: ./totalplace [up|stop|check|verify-audit|backup|restore --to <time>]");
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
            .demoData(Boolean.parseBoolean(env("TOTALPLACE_DEMO_DATA", "true")))
            // Point-in-time restore for the embedded database; an external one is the DBA's.
            .continuousBackup(System.getenv("TOTALPLACE_DB_URL") == null);
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
    String[] db = database();
    return verifyAudit(db[0], db[1], db[2], System.out);
  }

  /** A base backup of the running platform's embedded database, beside its WAL archive. */
  private static void backup() {
    int offset = Integer.parseInt(env("TOTALPLACE_PORT_OFFSET", "0"));
    Path backup = Stack.configure().home(home()).portOffset(offset).build().backup();
    System.out.println("Base backup taken: " + backup);
  }

  /**
   * Restores the stopped platform's embedded database to a moment ({@code --to "2026-12-08
   * 14:05:00"}, UK time, or an ISO instant), from the newest base backup before it and the WAL
   * archive.
   */
  private static void restore(String[] args) {
    int to = java.util.Arrays.asList(args).indexOf("--to");
    if (to < 0 || to + 1 >= args.length) {
      throw new LaunchFailure(
          "Say when to restore to: ./totalplace restore --to \"2026-12-08 14:05\"");
    }
    Instant moment = Moments.parse(args[to + 1]);
    int offset = Integer.parseInt(env("TOTALPLACE_PORT_OFFSET", "0"));
    Path kept = Stack.restore(home(), offset, moment);
    System.out.println(
        "Restored to "
            + moment
            + ". The data it replaced is kept in "
            + kept
            + ". Start the platform with ./totalplace up.");
  }

  private static int check() {
    String[] db = database();
    return check(db[0], db[1], db[2], System.out);
  }

  /**
   * The running platform's database: the embedded one, or the one TOTALPLACE_DB_URL names (url,
   * user, password).
   */
  private static String[] database() {
    String url = System.getenv("TOTALPLACE_DB_URL");
    String user = env("TOTALPLACE_DB_USER", "totalplace");
    String password = env("TOTALPLACE_DB_PASSWORD", url == null ? "totalplace" : "");
    if (url == null) {
      int offset = Integer.parseInt(env("TOTALPLACE_PORT_OFFSET", "0"));
      url =
          "jdbc:postgresql://127.0.0.1:" + new PortPlan(offset).postgres().number() + "/totalplace";
    }
    return new String[] {url, user, password};
  }

  /**
   * The check behind {@code ./totalplace check}, on any database, up or after a crash: every
   * consistency rule and the audit chain; 0 when all hold, 1 if any does not.
   */
  public static int check(String url, String user, String password, PrintStream out) {
    try (Connection db = DriverManager.getConnection(url, user, password)) {
      db.setReadOnly(true);
      List<ConsistencyCheck.Finding> findings = ConsistencyCheck.run(db);
      for (ConsistencyCheck.Finding finding : findings) {
        out.println(
            (finding.holds() ? "ok      " : "BROKEN  ")
                + finding.rule()
                + (finding.holds()
                    ? ""
                    : ": " + finding.broken() + " (" + finding.meaning() + ")"));
      }
      boolean holds = findings.stream().allMatch(ConsistencyCheck.Finding::holds);
      out.println(holds ? "Consistent." : "Not consistent: see the lines marked BROKEN.");
      return holds ? 0 : 1;
    } catch (SQLException e) {
      throw new LaunchFailure(
          "Could not check the database at "
              + url
              + " ("
              + e.getMessage()
              + "). Is the platform's database up (./totalplace up)?");
    }
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

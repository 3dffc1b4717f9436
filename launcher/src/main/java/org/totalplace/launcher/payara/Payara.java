package org.totalplace.launcher.payara;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.totalplace.launcher.host.Archives;
import org.totalplace.launcher.host.Distribution;
import org.totalplace.launcher.host.Http;
import org.totalplace.launcher.host.LaunchFailure;
import org.totalplace.launcher.host.PortPlan;
import org.totalplace.launcher.host.Processes;
import org.totalplace.launcher.host.Progress;
import org.totalplace.launcher.host.Wait;

/** Our own Payara Server 6 domain {@code totalplace}, kept under the launcher's home. */
public final class Payara implements AutoCloseable {
  private static final String DOMAIN = "totalplace";
  private static final String APP_NAME = "totalplace";
  private static final String MAX_HEAP = "1536m";

  private final Path home;
  private final PortPlan ports;
  private Path installation;
  private boolean started;
  private boolean closed;

  public Payara(Path home, PortPlan ports) {
    this.home = home;
    this.ports = ports;
  }

  public String webUrl() {
    return "http://127.0.0.1:" + ports.http().number();
  }

  /** Unpacks, prepares the domain (first run: a copy of domain1) and starts it. */
  public void start(Path dist, List<String> appOptions, DataSource dataSource, Progress.Step step) {
    installation = Archives.unpackOnce(Distribution.find(dist, "payara-", ".zip"), home, step);
    Path domain = createDomainOnce(installation);
    DomainXml.read(domain.resolve("config/domain.xml"))
        .ports(ports)
        .noVersionBanners()
        .jvmOptions(MAX_HEAP, appOptions)
        .dataSource(dataSource.jdbcUrl(), dataSource.user(), dataSource.password())
        .write(domain.resolve("config/domain.xml"));
    JsonLogs.configure(domain.resolve("config/logging.properties"));
    installDriver(dist, domain);
    step.doing("starting");
    startDomain();
  }

  /**
   * Deploys the EAR unless this very file (by SHA-256) is already deployed: the domain keeps its
   * applications across restarts, so a warm start skips the deploy.
   */
  public void deploy(Path ear, Progress.Step step) {
    Path deployedMarker = domainDir().resolve(".totalplace-ear.sha256");
    String sha = sha256(ear);
    if (!sha.equals(readOrEmpty(deployedMarker))) {
      step.doing("deploying " + ear.getFileName());
      int exit =
          asadmin(
              List.of(
                  "--host",
                  "127.0.0.1",
                  "--port",
                  Integer.toString(ports.admin().number()),
                  "deploy",
                  "--force=true",
                  "--name",
                  APP_NAME,
                  ear.toString()),
              Duration.ofMinutes(10));
      if (exit != 0) {
        throw failure("Deploying the application failed.");
      }
      writeQuietly(deployedMarker, sha);
    } else {
      step.doing("starting (already deployed)");
    }
    step.doing("waiting for the app to be ready");
    // MicroProfile Health's readiness: the database, Keycloak, the job executor and the webhook
    // dispatcher all answer, not merely the front page.
    AtomicInteger lastStatus = new AtomicInteger(-1);
    try {
      Wait.until(
          "The application",
          // Readiness includes Keycloak, whose first start (its build for PostgreSQL) can take
          // two minutes on a slow machine: room for that beside the deploy.
          Duration.ofMinutes(5),
          () -> {
            lastStatus.set(Http.status(readinessUrl()));
            return lastStatus.get() == 200;
          },
          () -> {
            if (Processes.alive(pidFile(home), "java").isEmpty()) {
              throw failure("Payara stopped while the application was starting.");
            }
          });
    } catch (LaunchFailure timedOut) {
      if (lastStatus.get() < 0) {
        throw timedOut;
      }
      throw failure(
          "The application is not ready after 5 minutes: "
              + readinessUrl()
              + " answers HTTP "
              + lastStatus.get()
              + " "
              + Http.body(readinessUrl()));
    }
  }

  /** MicroProfile Health's readiness endpoint, which Payara serves in the app at the root. */
  public String readinessUrl() {
    return webUrl() + "/health/ready";
  }

  /** Waits for Payara itself (not the app) to answer: used when there is no EAR to deploy. */
  public void awaitHttp() {
    Wait.until("Payara", Duration.ofMinutes(2), () -> Http.status(webUrl() + "/") > 0, () -> {});
  }

  private Path createDomainOnce(Path installation) {
    Path domain = domainDir();
    if (Files.exists(domain.resolve("config/domain.xml"))) {
      return domain;
    }
    // Copying the template domain takes a second; asadmin create-domain takes half a minute.
    try {
      Path scratch = domain.resolveSibling(".creating-" + DOMAIN);
      Archives.deleteTree(scratch);
      Archives.copyTree(installation.resolve("glassfish/domains/domain1"), scratch);
      Archives.deleteTree(domain);
      Files.move(scratch, domain);
      return domain;
    } catch (IOException e) {
      throw new LaunchFailure("Could not create the Payara domain: " + e.getMessage(), e);
    }
  }

  private static void installDriver(Path dist, Path domain) {
    Path driver = Distribution.find(dist, "postgresql-", ".jar");
    try {
      Path lib = Files.createDirectories(domain.resolve("lib"));
      Files.copy(driver, lib.resolve(driver.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new LaunchFailure("Could not copy the PostgreSQL driver: " + e.getMessage(), e);
    }
  }

  private synchronized void startDomain() {
    if (closed) {
      throw new LaunchFailure("Stopped before Payara started.");
    }
    started = true;
    int exit =
        asadmin(
            List.of("start-domain", "--domaindir", domainsDir().toString(), DOMAIN),
            Duration.ofMinutes(5));
    if (exit != 0) {
      throw failure("Payara did not start.");
    }
  }

  private int asadmin(List<String> arguments, Duration limit) {
    List<String> command = new ArrayList<>();
    command.add(installation.resolve("bin/asadmin").toString());
    command.addAll(arguments);
    // The same JDK as the launcher, not whatever java is first on the PATH.
    return Processes.run(
        command, Map.of("AS_JAVA", System.getProperty("java.home")), asadminLog(), limit);
  }

  private LaunchFailure failure(String what) {
    String nl = System.lineSeparator();
    return new LaunchFailure(
        what
            + " Last lines of "
            + asadminLog()
            + ":"
            + nl
            + Processes.tail(asadminLog(), 10)
            + nl
            + "Last lines of "
            + serverLog()
            + ":"
            + nl
            + Processes.tail(serverLog(), 30));
  }

  /**
   * Kills Payara outright, as a power cut or an out-of-memory kill would, then starts it again and
   * waits for the app: for tests that nothing is lost or half-done across a crash.
   */
  public void crashAndRestart(Path ear, Progress.Step step) {
    ProcessHandle server =
        Processes.alive(pidFile(home), "java")
            .orElseThrow(() -> new LaunchFailure("Payara is not running, so it cannot crash."));
    server.destroyForcibly();
    try {
      server.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new LaunchFailure("Payara did not die when killed", e);
    }
    startDomain();
    deploy(ear, step);
  }

  /** Stops a domain an earlier, crashed run left behind. */
  public static void stopLeftover(Path home) {
    Processes.alive(pidFile(home), "java")
        .ifPresent(payara -> Processes.stop(payara, Duration.ofSeconds(60)));
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (!started) {
      return;
    }
    started = false;
    try {
      asadmin(
          List.of("stop-domain", "--domaindir", domainsDir().toString(), DOMAIN),
          Duration.ofMinutes(2));
    } finally {
      // If asadmin could not reach it (or Ctrl-C already hit it), make sure it is gone.
      stopLeftover(home);
    }
  }

  private Path domainsDir() {
    return home.resolve("domains");
  }

  private Path domainDir() {
    return domainsDir().resolve(DOMAIN);
  }

  private Path asadminLog() {
    return home.resolve("logs/asadmin.log");
  }

  private Path serverLog() {
    return domainDir().resolve("logs/server.log");
  }

  private static Path pidFile(Path home) {
    return home.resolve("domains").resolve(DOMAIN).resolve("config/pid");
  }

  private static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
        digest.update(buffer, 0, read);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new LaunchFailure("Could not read " + file + ": " + e.getMessage(), e);
    }
  }

  private static String readOrEmpty(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file).trim() : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static void writeQuietly(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      // Without the marker the next start simply deploys again.
    }
  }

  /** Where the app's data source points. */
  public record DataSource(String jdbcUrl, String user, String password) {}
}

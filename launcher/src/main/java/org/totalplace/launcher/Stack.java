package org.totalplace.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.totalplace.generator.place.DemoPlace;
import org.totalplace.launcher.host.Archives;
import org.totalplace.launcher.host.Distribution;
import org.totalplace.launcher.host.LaunchFailure;
import org.totalplace.launcher.host.LibraryLogs;
import org.totalplace.launcher.host.PortPlan;
import org.totalplace.launcher.host.Progress;
import org.totalplace.launcher.keycloak.Keycloak;
import org.totalplace.launcher.payara.Payara;
import org.totalplace.launcher.postgres.Database;

/**
 * The running platform: PostgreSQL, Keycloak and Payara with the app deployed.
 *
 * <pre>{@code
 * try (Stack stack = Stack.configure().home(dir).portOffset(10000).dist(distDir).start()) {
 *   ... stack.apiUrl() ...
 * }
 * }</pre>
 *
 * A JVM shutdown hook also closes it, so a test run that dies leaves no servers behind.
 */
public final class Stack implements AutoCloseable {
  private static final int STEPS = 5;

  private final Builder config;
  private final PortPlan ports;
  private final Progress progress = new Progress(System.out, STEPS);
  private final Keycloak keycloak;
  private final Payara payara;
  private final Thread shutdownHook = new Thread(this::close, "totalplace-stop");
  private volatile Database database;
  private double startupSeconds;
  private volatile boolean closed;

  private Stack(Builder config) {
    this.config = config;
    this.ports = new PortPlan(config.portOffset);
    this.keycloak = new Keycloak(config.home, ports.keycloak().number(), ports.http().number());
    this.payara = new Payara(config.home, ports);
  }

  public static Builder configure() {
    return new Builder();
  }

  public String webUrl() {
    return payara.webUrl();
  }

  /** The ports this stack binds (system tests aim at its admin port, say). */
  public PortPlan ports() {
    return ports;
  }

  public String apiUrl() {
    return webUrl() + "/api/v1";
  }

  public String keycloakUrl() {
    return keycloak.url();
  }

  public String jdbcUrl() {
    return database.appUrl();
  }

  public String dbUser() {
    return database.appUser();
  }

  public String dbPassword() {
    return database.appPassword();
  }

  public Path home() {
    return config.home;
  }

  public double startupSeconds() {
    return startupSeconds;
  }

  private void start() {
    long startNanos = System.nanoTime();
    Launcher.requireJava17();
    Path home = config.home;
    createDirectories(home.resolve("logs"));
    LibraryLogs.toFile(home.resolve("logs/launcher.log"));
    // An earlier run that was killed may still hold the ports and the data directory.
    Payara.stopLeftover(home);
    Keycloak.stopLeftover(home);
    Database.stopLeftover(home.resolve("pgdata"));
    if (config.freshData) {
      // The unpacked servers and Keycloak's build stay; the data, realm included, starts anew.
      try {
        Archives.deleteTree(home.resolve("pgdata"));
      } catch (IOException e) {
        throw new LaunchFailure("Cannot clear the old test data in " + home.resolve("pgdata"), e);
      }
    }
    PortPlan.assertFree(ports.needed(config.externalUrl == null));
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    try {
      startDatabase();
      startServers();
    } catch (RuntimeException e) {
      // After Ctrl-C or ./totalplace stop the servers vanish on purpose: no need to explain why.
      boolean stopRequested = closed;
      close();
      throw stopRequested ? new LaunchFailure("Stopped before everything was up.") : e;
    }
    startupSeconds = (System.nanoTime() - startNanos) / 1e9;
  }

  private void startDatabase() {
    try (Progress.Step step = progress.step(1, "PostgreSQL")) {
      if (config.externalUrl != null) {
        database =
            Database.external(config.externalUrl, config.externalUser, config.externalPassword);
        step.say("using " + config.externalUrl);
        return;
      }
      step.doing("starting");
      database =
          Database.embedded(
              config.home.resolve("pgdata"),
              ports.postgres().number(),
              config.home.resolve("logs/postgres.log"),
              config.continuousBackup);
      step.ready();
    }
  }

  /** Keycloak and Payara start side by side: together they are most of the wait. */
  private void startServers() {
    ExecutorService executor =
        Executors.newFixedThreadPool(
            2,
            runnable -> {
              Thread thread = new Thread(runnable, "totalplace-start");
              thread.setDaemon(true);
              return thread;
            });
    try {
      CompletableFuture<Void> keycloakUp =
          CompletableFuture.runAsync(this::startKeycloak, executor);
      CompletableFuture<Void> payaraUp = CompletableFuture.runAsync(this::startPayara, executor);
      // Fail as soon as either fails, rather than waiting minutes for the other one.
      CompletableFuture<Void> outcome = new CompletableFuture<>();
      for (CompletableFuture<Void> server : List.of(keycloakUp, payaraUp)) {
        server.whenComplete(
            (ignored, failure) -> {
              if (failure != null) {
                outcome.completeExceptionally(failure);
              }
            });
      }
      CompletableFuture.allOf(keycloakUp, payaraUp).thenRun(() -> outcome.complete(null));
      outcome.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof LaunchFailure failure) {
        throw failure;
      }
      throw new LaunchFailure("Starting failed: " + cause, cause);
    } finally {
      executor.shutdown();
    }
  }

  private void startKeycloak() {
    try (Progress.Step step = progress.step(2, "Keycloak")) {
      keycloak.start(
          config.dist,
          database.keycloakUrl(),
          database.keycloakUser(),
          database.keycloakPassword(),
          step);
      step.ready();
    }
  }

  private void startPayara() {
    // The demo's place loads while Payara starts; the app deploys onto it.
    CompletableFuture<Void> demoPlace =
        config.demoData ? CompletableFuture.runAsync(this::loadDemoPlace) : done();
    try (Progress.Step step = progress.step(3, "Payara")) {
      List<String> appOptions = new java.util.ArrayList<>();
      appOptions.add("-Dtotalplace.keycloak.url=" + keycloak.url());
      appOptions.add("-Dtotalplace.demo-data=" + config.demoData);
      appOptions.add("-Dtotalplace.web.client-secret=demo-web-client-secret");
      appOptions.add("-Dtotalplace.url=" + payara.webUrl());
      // This stack is for development and tests: receivers on this machine may use plain http.
      appOptions.add("-Dtotalplace.webhooks.allow-http-loopback=true");
      // ...but never to this stack's own administration ports (Payara admin, JMX, Keycloak, ...).
      appOptions.add("-Dtotalplace.webhooks.refused-ports=" + ports.administrationPorts());
      if (config.smtpHost != null) {
        appOptions.add("-Dtotalplace.smtp.host=" + config.smtpHost);
        appOptions.add("-Dtotalplace.smtp.port=" + config.smtpPort);
      }
      payara.start(
          config.dist,
          appOptions,
          new Payara.DataSource(database.appUrl(), database.appUser(), database.appPassword()),
          step);
      step.ready();
    }
    demoPlace.join();
    try (Progress.Step step = progress.step(5, "Application")) {
      Optional<Path> ear = Distribution.findOptional(config.dist, "", ".ear");
      if (ear.isEmpty()) {
        // Only while the EAR module is not built yet; a full build always copies it.
        step.say("skipped: no .ear in " + config.dist);
        payara.awaitHttp();
        return;
      }
      payara.deploy(ear.get(), step);
      step.ready();
    }
  }

  /**
   * The generated population behind the demo's named stories, written once into an empty schema;
   * the generator's own lines go to the log, not the console.
   */
  private void loadDemoPlace() {
    try (Progress.Step step = progress.step(4, "Demo place");
        PrintStream log =
            new PrintStream(
                Files.newOutputStream(config.home.resolve("logs/demo-place.log")),
                true,
                StandardCharsets.UTF_8)) {
      step.doing(
          String.format("generating %,d people and five years of referrals", DemoPlace.PEOPLE));
      long people =
          DemoPlace.loadIfEmpty(database.appUrl(), database.appUser(), database.appPassword(), log);
      step.say(
          people > 0
              ? String.format("%,d generated people loaded", people)
              : "kept (people are recorded)");
      step.ready();
    } catch (IOException | SQLException e) {
      throw new LaunchFailure(
          "Could not load the demo's generated place: "
              + e.getMessage()
              + " (see "
              + config.home.resolve("logs/demo-place.log")
              + ")",
          e);
    }
  }

  private static CompletableFuture<Void> done() {
    return CompletableFuture.completedFuture(null);
  }

  /** Kills the app server mid-flight and starts it again; the data and the other servers stay. */
  public void crashAndRestartApp() {
    try (Progress.Step step = progress.step(5, "Application after a crash")) {
      payara.crashAndRestart(
          Distribution.findOptional(config.dist, "", ".ear").orElseThrow(), step);
      step.ready();
    }
  }

  /** A base backup of the running embedded database (WAL is archived continuously). */
  public Path backup() {
    return Database.backup(config.home.resolve("pgdata"), ports.postgres().number());
  }

  /**
   * Restores a stopped stack's embedded database (app data and Keycloak's realm alike) to how it
   * was at {@code moment}; start the stack again afterwards with fresh data off.
   */
  public static Path restore(Path home, int portOffset, java.time.Instant moment) {
    return Database.restore(
        home.resolve("pgdata"),
        new PortPlan(portOffset).postgres().number(),
        home.resolve("logs/postgres.log"),
        moment);
  }

  /**
   * Kills the embedded PostgreSQL mid-flight and starts it again on the same data (crash recovery
   * replays its WAL); Payara and Keycloak stay up and must reconnect by themselves.
   */
  public void crashAndRestartDatabase() {
    if (config.externalUrl != null) {
      throw new LaunchFailure("An external PostgreSQL is not ours to kill.");
    }
    Database.kill(config.home.resolve("pgdata"));
    // The dead server's handle still holds its lock on the data directory: let it go first.
    quietly(database);
    startDatabase();
  }

  /** Stops Payara and Keycloak (side by side), then PostgreSQL. Safe to call more than once. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException | IllegalArgumentException e) {
      // Already shutting down (we are the hook), or the hook was never added.
    }
    progress.line("Stopping Totalplace ...");
    CompletableFuture<Void> payaraDown = CompletableFuture.runAsync(() -> quietly(payara));
    quietly(keycloak);
    payaraDown.join();
    quietly(database);
    progress.line("Stopped.");
  }

  private void quietly(AutoCloseable server) {
    if (server == null) {
      return;
    }
    try {
      server.close();
    } catch (Exception e) {
      // Stopping carries on with the others; Ctrl-C may already have stopped this one.
      progress.line("  (while stopping: " + e.getMessage() + ")");
    }
  }

  private static void createDirectories(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new LaunchFailure("Could not create " + directory + ": " + e.getMessage(), e);
    }
  }

  /** Settings for {@link Stack}; every one has a default fit for people on their own machine. */
  public static final class Builder {
    private Path home = Path.of(".run");
    private int portOffset;
    private boolean demoData = true;
    private boolean freshData;
    private Path dist = defaultDist();
    private String externalUrl;
    private String externalUser;
    private String externalPassword;
    private String smtpHost;
    private int smtpPort;
    private boolean continuousBackup;

    private Builder() {}

    /** Archive the embedded database's WAL for point-in-time restore (./totalplace restore). */
    public Builder continuousBackup(boolean continuousBackup) {
      this.continuousBackup = continuousBackup;
      return this;
    }

    /** The SMTP server the platform sends email through; without one, email waits unsent. */
    public Builder smtp(String host, int port) {
      this.smtpHost = host;
      this.smtpPort = port;
      return this;
    }

    /** Where servers are unpacked and their data and logs kept; reused by the next start. */
    public Builder home(Path home) {
      this.home = home.toAbsolutePath();
      return this;
    }

    /** Added to every port: 0 for people, 10000 for the system tests. */
    public Builder portOffset(int portOffset) {
      this.portOffset = portOffset;
      return this;
    }

    public Builder demoData(boolean demoData) {
      this.demoData = demoData;
      return this;
    }

    /** The folder with the server zips, the EAR, the realm and the JDBC driver. */
    /** Start from an empty database (the tests do): the realm is imported again too. */
    public Builder freshData(boolean freshData) {
      this.freshData = freshData;
      return this;
    }

    public Builder dist(Path dist) {
      this.dist = dist.toAbsolutePath();
      return this;
    }

    /** Use this PostgreSQL instead of the embedded one; it must also have a keycloak database. */
    public Builder externalDatabase(String jdbcUrl, String user, String password) {
      this.externalUrl = jdbcUrl;
      this.externalUser = user;
      this.externalPassword = password;
      return this;
    }

    /** Starts everything and returns once the app answers; prints progress to System.out. */
    /** The stack, not started: for commands that work on its files and ports (backup). */
    public Stack build() {
      home = home.toAbsolutePath();
      return new Stack(this);
    }

    public Stack start() {
      home = home.toAbsolutePath();
      Stack stack = new Stack(this);
      stack.start();
      return stack;
    }

    /**
     * target/dist beside the launcher's jar or classes folder: right when run from a checkout. Code
     * using the launcher from the local repository should set {@link #dist(Path)}.
     */
    private static Path defaultDist() {
      try {
        Path code =
            Path.of(Stack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return code.toAbsolutePath().getParent().resolve("dist");
      } catch (URISyntaxException | RuntimeException e) {
        return Path.of("launcher/target/dist").toAbsolutePath();
      }
    }
  }
}

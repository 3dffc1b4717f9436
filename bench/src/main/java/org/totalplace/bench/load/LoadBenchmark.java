package org.totalplace.bench.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.totalplace.bench.dashboard.LeadSession;
import org.totalplace.bench.dashboard.RealmDist;
import org.totalplace.bench.search.Machine;
import org.totalplace.generator.place.Place;
import org.totalplace.generator.population.Population;
import org.totalplace.launcher.Stack;

/**
 * bench/load: a platform of its own on a generated place of the chosen size (loaded once and kept),
 * people's sessions logged in through Keycloak (heap per session measured), SQL statements per
 * request counted, then {@link PlaceLoad} run with Gatling at the chosen number of active sessions,
 * then the raw SQL of the same work timed against the same PostgreSQL, and one report written
 * beside Gatling's.
 */
public final class LoadBenchmark {

  private LoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    int users = Integer.parseInt(options.getOrDefault("users", "20"));
    int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
    long people = Long.parseLong(options.getOrDefault("people", "20000"));
    long referrals = Long.parseLong(options.getOrDefault("referrals", Long.toString(people * 5)));
    Place.Size size =
        new Place.Size(
            people,
            referrals,
            Integer.parseInt(
                options.getOrDefault("pathways", Long.toString(Math.min(3000, people / 10)))),
            Integer.parseInt(options.getOrDefault("workers", "25")),
            Long.parseLong(options.getOrDefault("seed", "20261123")));
    int offset = Integer.parseInt(options.getOrDefault("port-offset", "30000"));
    Path home = Path.of(options.getOrDefault("home", "target/stack-load")).toAbsolutePath();
    Path results = Path.of(options.getOrDefault("results", "results")).toAbsolutePath();
    boolean keep = Place.loaded(home, size);
    if (keep) {
      // The data is kept, the server is not: a kept Payara domain starts with the application it
      // had, which is not always this build's (and then answers 404), so it is made again.
      deleteTree(home.resolve("domains"));
    }
    try (Stack stack =
        Stack.configure()
            .home(home)
            .dist(
                RealmDist.prepare(
                    Path.of(options.getOrDefault("dist", "../launcher/target/dist")),
                    home.resolveSibling(home.getFileName() + "-dist"),
                    8080 + offset))
            .portOffset(offset)
            .demoData(false)
            .freshData(!keep)
            .start()) {
      new LoadBenchmark.Run(stack, size, users, seconds, keep).measure(results);
    }
  }

  /** One run on a started stack. */
  private record Run(Stack stack, Place.Size size, int users, int seconds, boolean keep) {

    void measure(Path results) throws Exception {
      String base = stack.jdbcUrl().substring(0, stack.jdbcUrl().lastIndexOf('/') + 1);
      try (Connection db =
              DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
          Connection admin = DriverManager.getConnection(base + "totalplace", "postgres", "")) {
        if (keep) {
          System.out.println("Keeping the place an earlier run loaded (" + size + ")");
        } else {
          Place.load(admin, stack.home(), size, System.out);
        }
        try (Statement sql = db.createStatement()) {
          sql.execute("set search_path = totalplace");
        }
        int leads = Math.max(1, users / 10);
        int systems = Math.max(1, users * 3 / 10);
        int workers = Math.max(1, users - leads - systems);

        LoadWork picked =
            LoadWork.pick(db, new Population(size.seed(), size.people()), 300, size.seed());
        Path feeders = stack.home().resolve("feeders");
        System.out.println("Finding or starting hospital discharge plans through the page ...");
        LeadSession planner =
            LeadSession.login(
                stack.webUrl(), stack.keycloakUrl(), "housing.worker", PageSessions.PASSWORD);
        List<Long> plans = new ArrayList<>(LoadWork.openPlansLedBy(db, "housing.worker", 150));
        plans.addAll(PathwayStarts.start(planner, picked.visits(), 150 - plans.size()));
        if (plans.isEmpty()) {
          throw new IllegalStateException("No pathway plan to mark steps of");
        }
        LoadWork work = picked.withPathways(plans);
        work.write(feeders);
        System.out.printf(
            "%d people to visit, %d pathway plans to mark steps of%n",
            work.visits().size(), work.pathways().size());

        Jcmd payara = Jcmd.payaraOf(stack.home());
        HeapProbe heap = HeapProbe.of(payara);
        long before = heap.liveBytes();
        long first = work.visits().get(0).personId();
        System.out.printf("Logging in %d workers' and %d leads' sessions ...%n", workers, leads);
        PageSessions workerSessions =
            PageSessions.login(
                stack.webUrl(),
                stack.keycloakUrl(),
                "housing.worker",
                workers,
                "/person.xhtml?id=" + first);
        PageSessions leadSessions =
            PageSessions.login(
                stack.webUrl(),
                stack.keycloakUrl(),
                "housing.lead",
                leads,
                "/lead/caseloads.xhtml");
        long after = heap.liveBytes();
        LoadWork.writeSessions(feeders.resolve("workers.csv"), workerSessions.cookies());
        LoadWork.writeSessions(feeders.resolve("leads.csv"), leadSessions.cookies());

        System.out.println("Counting SQL statements per request ...");
        StatementCounts counter = new StatementCounts(admin);
        counter.measureBackground(Duration.ofSeconds(10));
        List<StatementCounts.Count> counts =
            new PerRequest(
                    stack, work, workerSessions.sessions().get(0), leadSessions.sessions().get(0))
                .count(counter);

        double loadBefore = Machine.loadAverage();
        CpuUse cpu = CpuUse.of(stack.home());
        Profile profile = new Profile(payara, stack.home().resolve("load.jfr"));
        profile.start();
        cpu.start();
        Instant loadStarted = Instant.now();
        Path gatling = results.resolve("gatling");
        Files.createDirectories(gatling);
        System.setProperty("load.web", stack.webUrl());
        System.setProperty("load.api", stack.apiUrl());
        System.setProperty("load.keycloak", stack.keycloakUrl());
        System.setProperty("load.seconds", String.valueOf(seconds));
        System.setProperty("load.service", String.valueOf(work.service()));
        System.setProperty("load.workers", String.valueOf(workers));
        System.setProperty("load.systems", String.valueOf(systems));
        System.setProperty("load.leads", String.valueOf(leads));
        System.setProperty("load.visits", feeders.resolve("visits.csv").toString());
        System.setProperty("load.pathways", feeders.resolve("pathways.csv").toString());
        System.setProperty("load.workerSessions", feeders.resolve("workers.csv").toString());
        System.setProperty("load.leadSessions", feeders.resolve("leads.csv").toString());
        System.out.printf(
            "Running %d active sessions (%d workers, %d systems, %d leads) for %d s ...%n",
            users, workers, systems, leads, seconds);
        int status =
            io.gatling.app.Gatling$.MODULE$.fromArgs(
                new String[] {"-s", PlaceLoad.class.getName(), "-rf", gatling.toString()});
        System.out.println("Gatling finished with status " + status);
        Instant loadEnded = Instant.now();
        CpuUse.Used used = cpu.stop();
        double loadAfter = Machine.loadAverage();
        Profile.Read profiled = profile.stop();
        System.out.println("Waiting for the sealer, then verifying the whole audit chain ...");
        Sealing.Measured sealing =
            Sealing.measure(
                db, loadStarted, loadEnded, stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());

        System.out.println("Timing the raw SQL baselines ...");
        RawBaselines baselines = RawBaselines.measure(db, work, base + "postgres");
        Path run = GatlingStats.newestRun(gatling);
        LoadRun measured =
            new LoadRun(
                LocalDate.now(),
                sizes(admin),
                workers,
                systems,
                leads,
                seconds,
                GatlingStats.read(run),
                Drift.read(run, 6),
                run,
                baselines,
                List.of(workerSessions.logins(), leadSessions.logins()),
                new LoadRun.Heap(before, after, workers + leads),
                counts,
                counter.backgroundPerSecond(),
                new double[] {loadBefore, loadAfter},
                new LoadRun.Inside(used, profiled, sealing));
        String report = LoadReport.render(measured);
        Files.createDirectories(results);
        Path file =
            results.resolve(
                "load-"
                    + LocalDate.now()
                    + "-"
                    + size.people()
                    + "-people-"
                    + users
                    + "-users-"
                    + seconds
                    + "s.md");
        Files.writeString(file, report);
        System.out.println(report);
        System.out.println("Written to " + file);
      }
    }
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Rows per table, as PostgreSQL's statistics estimate them after the load's analyse. */
  private static Map<String, Long> sizes(Connection admin) throws Exception {
    Map<String, Long> sizes = new LinkedHashMap<>();
    List<String> tables =
        new ArrayList<>(
            List.of(
                "person",
                "person_name",
                "identifier",
                "address",
                "relationship",
                "involvement",
                "sharing_basis",
                "entry",
                "staff",
                "referral",
                "referral_event",
                "pathway",
                "pathway_step",
                "audit_event"));
    try (Statement sql = admin.createStatement()) {
      sql.execute("analyze");
      for (String table : tables) {
        try (ResultSet rows =
            sql.executeQuery(
                "select greatest(reltuples, 0)::bigint from pg_class where oid = 'totalplace."
                    + table
                    + "'::regclass")) {
          rows.next();
          sizes.put(table, rows.getLong(1));
        }
      }
    }
    return sizes;
  }
}

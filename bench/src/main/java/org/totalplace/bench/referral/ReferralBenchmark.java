package org.totalplace.bench.referral;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.totalplace.bench.search.Machine;
import org.totalplace.launcher.Stack;

/**
 * Creates, accepts and reads referrals through the real platform (Payara, Keycloak tokens,
 * PostgreSQL, Flowable, audit), one at a time for latency and on several threads for sustained
 * throughput, and times the raw SQL of the same rows in the same run as a baseline.
 */
public final class ReferralBenchmark {

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new java.util.HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    int count = Integer.parseInt(options.getOrDefault("referrals", "300"));
    int threads = Integer.parseInt(options.getOrDefault("threads", "4"));
    int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
    Path results = Path.of(options.getOrDefault("results", "results"));
    try (Stack stack =
        Stack.configure()
            .home(Path.of(options.getOrDefault("home", "target/stack")))
            .dist(Path.of(options.getOrDefault("dist", "../launcher/target/dist")))
            // Another offset lets it run beside a kept bench stack (--port-offset 40000).
            .portOffset(Integer.parseInt(options.getOrDefault("port-offset", "20000")))
            .demoData(false)
            .freshData(true)
            .start()) {
      new ReferralBenchmark(stack, count, threads, seconds).run(results);
    }
  }

  private final Stack stack;
  private final int count;
  private final int threads;
  private final int seconds;
  private PlatformClient housing;
  private PlatformClient drugAlcohol;
  private long service;
  private final List<Long> people = new ArrayList<>();

  ReferralBenchmark(Stack stack, int count, int threads, int seconds) {
    this.stack = stack;
    this.count = count;
    this.threads = threads;
    this.seconds = seconds;
  }

  void run(Path results) throws Exception {
    housing = new PlatformClient(stack.apiUrl(), stack.keycloakUrl(), "housing-system");
    drugAlcohol = new PlatformClient(stack.apiUrl(), stack.keycloakUrl(), "drug-alcohol-system");
    for (JsonNode s : housing.get("/services")) {
      if (s.get("agency").asText().equals("drug-alcohol")) {
        service = s.get("id").asLong();
      }
    }
    System.out.println("Setting up 50 people with consent to the drug and alcohol service ...");
    for (int i = 0; i < 50; i++) {
      people.add(person(i));
    }
    System.out.println("Warming up ...");
    for (int i = 0; i < 50; i++) {
      long id = create(i).get("id").asLong();
      drugAlcohol.post("/referrals/" + id + "/accept", Map.of(), 200);
    }

    System.out.println("Timing " + count + " referrals one at a time ...");
    List<Long> creates = new ArrayList<>();
    List<Long> accepts = new ArrayList<>();
    List<Long> reads = new ArrayList<>();
    List<Long> matches = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long start = System.nanoTime();
      housing.get(
          "/persons?q=Bench%20Person"
              + (char) ('a' + i % 50 % 26)
              + (char) ('a' + i % 50 / 26)
              + "&dateOfBirth=1980-01-01");
      matches.add(System.nanoTime() - start);
      start = System.nanoTime();
      long id = create(i).get("id").asLong();
      creates.add(System.nanoTime() - start);
      start = System.nanoTime();
      drugAlcohol.get("/referrals/" + id);
      reads.add(System.nanoTime() - start);
      start = System.nanoTime();
      drugAlcohol.post("/referrals/" + id + "/accept", Map.of(), 200);
      accepts.add(System.nanoTime() - start);
    }

    System.out.println("Sending referrals on " + threads + " threads for " + seconds + " s ...");
    List<Long> underLoad = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long loadStart = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int offset = t;
      pool.submit(
          () -> {
            int i = offset;
            while (running.get()) {
              long start = System.nanoTime();
              create(i += threads);
              underLoad.add(System.nanoTime() - start);
            }
          });
    }
    TimeUnit.SECONDS.sleep(seconds);
    running.set(false);
    pool.shutdown();
    pool.awaitTermination(60, TimeUnit.SECONDS);
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

    System.out.println("Timing the raw SQL baselines ...");
    Timings rawInsert;
    Timings rawRead;
    try (Connection db =
        DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword())) {
      rawInsert = RawReferralSql.inserts(db, people, service, count);
      rawRead = RawReferralSql.reads(db, count);
    }

    // One at a time, so each kind's rate is what its own time allows.
    Timings create = Timings.of("Create referral (API)", creates, busy(creates));
    Timings accept = Timings.of("Accept referral (API)", accepts, busy(accepts));
    Timings read = Timings.of("Read referral (API)", reads, busy(reads));
    Timings match =
        Timings.of("Match person, name and date of birth (API)", matches, busy(matches));
    Timings loaded = Timings.of("Create referral, " + threads + " threads", underLoad, loadSeconds);
    String report =
        report(create, accept, read, match, loaded, rawInsert, rawRead, threads, seconds);
    Files.createDirectories(results);
    Path file = results.resolve("referrals-" + LocalDate.now() + ".md");
    Files.writeString(file, report);
    System.out.println(report);
    System.out.println("Written to " + file.toAbsolutePath());
  }

  private static double busy(List<Long> nanos) {
    return nanos.stream().mapToLong(Long::longValue).sum() / 1e9;
  }

  private long person(int i) {
    long id =
        housing
            .post(
                "/persons",
                Map.of(
                    "givenName", "Bench",
                    "familyName", "Person" + (char) ('a' + i % 26) + (char) ('a' + i / 26),
                    "dateOfBirth", "1980-01-01",
                    "postcode", "LS1 1AA"),
                201)
            .get("id")
            .asLong();
    housing.post(
        "/persons/" + id + "/consents",
        Map.of(
            "agencies", List.of("drug-alcohol"),
            "basis", "CONSENT",
            "consent", "GIVEN",
            "purpose", "Benchmark",
            "givenOn", LocalDate.now(ZoneOffset.UTC).toString()),
        204);
    return id;
  }

  private JsonNode create(int i) {
    return housing.post(
        "/referrals",
        Map.of(
            "personId",
            people.get(i % people.size()),
            "serviceId",
            service,
            "urgency",
            "URGENT",
            "reason",
            "Benchmark referral " + i),
        201);
  }

  private static String report(
      Timings create,
      Timings accept,
      Timings read,
      Timings match,
      Timings loaded,
      Timings rawInsert,
      Timings rawRead,
      int threads,
      int seconds) {
    Machine machine = Machine.describe();
    StringBuilder md = new StringBuilder();
    md.append("# Referral benchmark, ").append(LocalDate.now()).append("\n\n");
    md.append("Machine: ")
        .append(machine.cores())
        .append(" cores, ")
        .append(machine.cpu())
        .append(", ")
        .append(machine.memory())
        .append(", ")
        .append(machine.os())
        .append(", Java ")
        .append(machine.java())
        .append(". Load average at the end: ")
        .append(String.format("%.2f", Machine.loadAverage()))
        .append(".\n\n");
    md.append(
        "The whole platform runs on this machine (Payara, Keycloak, PostgreSQL), as does the"
            + " client. A create is a POST /api/v1/referrals by the housing system: access check,"
            + " sharing-basis check, the referral row, the Flowable process started at its"
            + " acknowledge step with its one timer (one process operation), the chronology entry,"
            + " the history row and the audit row (sealed after commit). An accept of a referral"
            + " nobody acknowledged receives and accepts it in one process operation,"
            + " records the involvement, history, notices and audit. A match is a GET"
            + " /api/v1/persons?q=<name>&dateOfBirth= by the housing system over the people this"
            + " run made (the search at a million people is bench/search's).\n\n");
    md.append("| Request | n | p50 ms | p95 ms | p99 ms | per second | p50 vs baseline |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    md.append(create.row(rawInsert.percentile(50))).append('\n');
    md.append(accept.row(Double.NaN)).append('\n');
    md.append(read.row(rawRead.percentile(50))).append('\n');
    md.append(match.row(Double.NaN)).append('\n');
    md.append(loaded.row(rawInsert.percentile(50))).append('\n');
    md.append(rawInsert.row(Double.NaN)).append('\n');
    md.append(rawRead.row(Double.NaN)).append('\n');
    md.append("\nSustained: ")
        .append(String.format("%.1f", loaded.perSecond()))
        .append(" referrals per second on ")
        .append(threads)
        .append(" client threads over ")
        .append(seconds)
        .append(" s.\n");
    return md.toString();
  }
}

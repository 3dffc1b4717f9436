package org.totalplace.bench.dashboard;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.totalplace.bench.search.Machine;
import org.totalplace.launcher.Stack;

/**
 * Times the counting pages through the whole platform on the place an earlier dashboard run loaded
 * (a million people, five million referrals): the place map and a cohort comparison, read from the
 * snapshot the platform counts every quarter of an hour, and people's journeys, computed on each
 * view. Beside them, in the same run, the raw SQL of each, the same figures computed live from
 * every event (what the snapshot saves), and how long the platform took to count the place.
 */
public final class CountingBenchmark {

  static final String LEAD = "housing.lead";

  /** The pages timed: label, address (%d is the person for a journey), marker. */
  record Page(String label, String path, String marker) {}

  static final List<Page> PAGES =
      List.of(
          new Page("Place map, all years", "/counting/place.xhtml", "where the money goes"),
          new Page(
              "Place map, one year", "/counting/place.xhtml?year=2024", "where the money goes"),
          new Page(
              "Cohort comparison: release pathways against everyone",
              "/counting/cohorts.xhtml?code=PATHWAY:PRISON_RELEASE&compare=PLACE",
              "Release plans in place on the day"),
          new Page(
              "A person's journey (200 people)", "/journey.xhtml?id=%d", "journey and its cost"));

  static final String JOURNEY_SQL =
      "select source, source_id, started_on, ended_on, agency, sensitivity, other_agency, source ="
          + " 'STEP_MISSED' and (other_agency = 'housing' or exists (select 1 from pathway_step s"
          + " where s.pathway_id = pc.pathway_id and s.agency = 'housing')), text, rule_id,"
          + " mapping_version, basis, borne_by, unit_cost_code, theme, cost_description,"
          + " financial_year, quantity, cost from priced_cost pc where person_id = ? order by"
          + " started_on, source, source_id";

  static final String[][] SNAPSHOT_SQL = {
    {
      "SQL: the place map from the snapshot",
      "select theme, borne_by, cost, people from place_cost where snapshot_id = (select max(id)"
          + " from counting_snapshot) and financial_year = 0"
    },
    {
      "SQL: the cohort comparison from the snapshot",
      "select y.code, y.financial_year, y.cost, y.top_cost, c.people from cohort_year y join"
          + " cohort c using (snapshot_id, code) where snapshot_id = (select max(id) from"
          + " counting_snapshot) and code in ('PATHWAY:PRISON_RELEASE', 'PLACE') union all select"
          + " 'R', releases, cost, 0, people from release_outcome where snapshot_id = (select"
          + " max(id) from counting_snapshot)"
    }
  };

  static final String LIVE_PLACE_MAP =
      "select theme, borne_by, sum(cost), count(distinct person_id) from priced_cost group by 1, 2";

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    int requests = Integer.parseInt(options.getOrDefault("requests", "200"));
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "20"));
    Path results = Path.of(options.getOrDefault("results", "results"));
    Path home = Path.of(options.getOrDefault("home", "target/stack"));
    if (!Files.exists(home.resolve("loaded-1000000-5000000-20261123"))
        && !Boolean.parseBoolean(options.getOrDefault("any-data", "false"))) {
      throw new IllegalStateException(
          "No loaded place in " + home + ": run bench/dashboard first (it loads one to keep)");
    }
    try (Stack stack =
        Stack.configure()
            .home(home)
            .dist(
                RealmDist.prepare(
                    Path.of(options.getOrDefault("dist", "../launcher/target/dist")),
                    home.resolveSibling("dashboard-dist"),
                    DashboardBenchmark.WEB_PORT))
            .portOffset(20000)
            .demoData(false)
            .freshData(false)
            .start()) {
      new CountingBenchmark(stack, requests, warmup).run(results);
    }
  }

  private final Stack stack;
  private final int requests;
  private final int warmup;

  CountingBenchmark(Stack stack, int requests, int warmup) {
    this.stack = stack;
    this.requests = requests;
    this.warmup = warmup;
  }

  void run(Path results) throws Exception {
    LocalDateTime started = LocalDateTime.now();
    Map<String, String> count;
    List<Long> people;
    try (Connection db = connect()) {
      count = firstCount(db);
      people = journeyPeople(db);
    }
    // A kept domain answers before the app has loaded: wait until a page sends people to log in.
    org.totalplace.launcher.host.Wait.until(
        "The pages",
        java.time.Duration.ofMinutes(3),
        () -> org.totalplace.launcher.host.Http.status(stack.webUrl() + "/index.xhtml") == 302,
        () -> {});
    LeadSession lead =
        LeadSession.login(stack.webUrl(), stack.keycloakUrl(), LEAD, DashboardBenchmark.PASSWORD);
    List<Sample> pages = new ArrayList<>();
    for (Page page : PAGES) {
      pages.add(time(lead, page, people));
    }
    List<Sample> sql = new ArrayList<>();
    Map<String, Long> facts;
    try (Connection db = connect()) {
      for (String[] query : SNAPSHOT_SQL) {
        sql.add(timeSql(db, query[0], query[1], null, requests));
      }
      sql.add(
          timeSql(
              db, "SQL: a person's journey (the same 200 people)", JOURNEY_SQL, people, requests));
      sql.add(
          timeSql(
              db, "SQL: the place map computed live from every event", LIVE_PLACE_MAP, null, 3));
      facts = facts(db);
    }
    String report = report(started, count, pages, sql, facts, people.size());
    Files.createDirectories(results);
    Path file = results.resolve("counting-" + LocalDate.now() + "-" + facts.get("people") + ".md");
    Files.writeString(file, report);
    System.out.println(report);
    System.out.println("Written to " + file.toAbsolutePath());
  }

  private Connection connect() throws SQLException {
    Connection db =
        DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
    try (Statement session = db.createStatement()) {
      session.execute("set search_path = totalplace");
    }
    return db;
  }

  /** Waits for the platform's first count of the place (it starts within a minute of deploying). */
  private static Map<String, String> firstCount(Connection db) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
    // A snapshot kept from an earlier run may predate the load (the timer counts within a minute
    // of a fresh start, while the loader is still writing): drop it, so the platform counts the
    // whole loaded place now and the figures timed are the full place's.
    try (Statement sql = db.createStatement()) {
      sql.executeUpdate("delete from counting_snapshot");
    }
    System.out.println("Waiting for the platform to count the place ...");
    while (System.nanoTime() < deadline) {
      try (Statement sql = db.createStatement();
          ResultSet rs =
              sql.executeQuery(
                  "select took_ms, events, people, mapping_version from counting_snapshot order by"
                      + " id desc limit 1")) {
        if (rs.next()) {
          Map<String, String> count = new LinkedHashMap<>();
          count.put("took", String.format(Locale.UK, "%.1f s", rs.getLong(1) / 1000.0));
          count.put("events", String.format(Locale.UK, "%,d", rs.getLong(2)));
          count.put("people", String.format(Locale.UK, "%,d", rs.getLong(3)));
          count.put("mapping version", rs.getString(4));
          System.out.println("Counted: " + count);
          return count;
        }
      }
      Thread.sleep(2000); // the poll interval of a wait for the platform's own timer
    }
    throw new IllegalStateException("The platform did not count the place in 30 minutes");
  }

  /** 200 people housing works with, spread over the place. */
  private static List<Long> journeyPeople(Connection db) throws SQLException {
    List<Long> people = new ArrayList<>();
    try (Statement sql = db.createStatement();
        ResultSet rs =
            sql.executeQuery(
                "select person_id from involvement where agency = 'housing' and ended_on is null"
                    + " and person_id % 997 = 0 order by person_id limit 200")) {
      while (rs.next()) {
        people.add(rs.getLong(1));
      }
    }
    return people;
  }

  private Sample time(LeadSession lead, Page page, List<Long> people) {
    System.out.println("Timing " + page.label() + " ...");
    List<Long> nanos = new ArrayList<>();
    for (int i = 0; i < warmup + requests; i++) {
      String url = String.format(page.path(), people.get(i % people.size()));
      long start = System.nanoTime();
      HttpResponse<String> response = lead.get(url);
      long took = System.nanoTime() - start;
      if (response.statusCode() != 200 || !response.body().contains(page.marker())) {
        throw new IllegalStateException(
            page.label()
                + ": HTTP "
                + response.statusCode()
                + " without the page's marker at "
                + url);
      }
      if (i >= warmup) {
        nanos.add(took);
      }
    }
    Sample sample = Sample.of(page.label(), nanos);
    System.out.printf("  p50 %.1f ms, p95 %.1f ms%n", sample.percentile(50), sample.percentile(95));
    return sample;
  }

  private static Sample timeSql(
      Connection db, String label, String sql, List<Long> people, int runs) throws SQLException {
    System.out.println("Timing " + label + " ...");
    List<Long> nanos = new ArrayList<>();
    try (PreparedStatement query = db.prepareStatement(sql)) {
      int warm = Math.min(3, runs);
      for (int i = 0; i < warm + runs; i++) {
        if (people != null) {
          query.setLong(1, people.get(i % people.size()));
        }
        long start = System.nanoTime();
        try (ResultSet rs = query.executeQuery()) {
          while (rs.next()) {
            rs.getObject(1);
          }
        }
        if (i >= warm) {
          nanos.add(System.nanoTime() - start);
        }
      }
    }
    Sample sample = Sample.of(label, nanos);
    System.out.printf("  p50 %.1f ms, p95 %.1f ms%n", sample.percentile(50), sample.percentile(95));
    return sample;
  }

  private static Map<String, Long> facts(Connection db) throws SQLException {
    Map<String, Long> facts = new LinkedHashMap<>();
    String[][] queries = {
      {"people", "select count(*) from person"},
      {"referrals", "select count(*) from referral"},
      {
        "accepted referrals (priced)", "select count(*) from referral where accepted_at is not null"
      },
      {"chronology entries", "select count(*) from entry"},
      {"addresses", "select count(*) from address"},
      {"pathways", "select count(*) from pathway"},
      {"cost rules in force", "select count(*) from cost_rule where to_version is null"},
      {
        "place map rows in the snapshot",
        "select count(*) from place_cost where snapshot_id = (select max(id) from counting_snapshot)"
      },
      {
        "cohorts in the snapshot",
        "select count(*) from cohort where snapshot_id = (select max(id) from counting_snapshot)"
      }
    };
    try (Statement sql = db.createStatement()) {
      for (String[] q : queries) {
        try (ResultSet rs = sql.executeQuery(q[1])) {
          rs.next();
          facts.put(q[0], rs.getLong(1));
        }
      }
    }
    return facts;
  }

  private String report(
      LocalDateTime started,
      Map<String, String> count,
      List<Sample> pages,
      List<Sample> sql,
      Map<String, Long> facts,
      int journeys) {
    Machine machine = Machine.describe();
    StringBuilder md = new StringBuilder();
    md.append("# Counting benchmark, ").append(LocalDate.now()).append("\n\n");
    md.append("Started ")
        .append(started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
        .append(". Machine: ")
        .append(machine.cores())
        .append(" cores, ")
        .append(machine.memory())
        .append(", Java ")
        .append(machine.java().lines().findFirst().orElse(""))
        .append(". The whole platform (Payara, Keycloak, PostgreSQL) and the client run on it.\n\n")
        .append("Pages are fetched one after another by ")
        .append(LEAD)
        .append(" over one logged-in session; each must answer 200 with its marker. ")
        .append(warmup)
        .append(" warm-ups, then ")
        .append(requests)
        .append(" timed requests per page; journeys rotate over ")
        .append(journeys)
        .append(" people housing works with. SQL runs over JDBC on the same database in the same")
        .append(" run, all rows read (3 warm-ups).\n\n");
    md.append("## The platform's count of the place\n\n");
    count.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
    md.append("\n## Sizes\n\n| What | Rows |\n|---|---|\n");
    facts.forEach((k, v) -> md.append(String.format(Locale.UK, "| %s | %,d |%n", k, v)));
    md.append(
        "\n## Pages (through Payara, JSF, the session)\n\n| Page | p50 ms | p95 ms | p99 ms | n |\n|---|---|---|---|---|\n");
    pages.forEach(s -> md.append(row(s)));
    md.append(
        "\n## Raw SQL of the same\n\n| Query | p50 ms | p95 ms | p99 ms | n |\n|---|---|---|---|---|\n");
    sql.forEach(s -> md.append(row(s)));
    md.append(
        "\nAims (issue \"Counting\"): the place map and a cohort comparison p95 at or under 500 ms,"
            + " read from a snapshot at most 15 minutes old (its age is on the page); a person's"
            + " journey p95 at or under 100 ms.\n");
    return md.toString();
  }

  private static String row(Sample s) {
    return String.format(
        Locale.UK,
        "| %s | %.1f | %.1f | %.1f | %d |%n",
        s.name(),
        s.percentile(50),
        s.percentile(95),
        s.percentile(99),
        s.count());
  }
}

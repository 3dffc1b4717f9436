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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.totalplace.bench.search.Machine;
import org.totalplace.generator.place.LoadedPlace;
import org.totalplace.generator.place.PlaceLoader;
import org.totalplace.generator.place.ReferralGenerator;
import org.totalplace.launcher.Stack;

/**
 * Times the team lead's dashboard pages through the whole platform (Payara, JSF, Keycloak session,
 * PostgreSQL) on a place with millions of referrals loaded straight into its database, and the raw
 * SQL of the same figures over JDBC in the same run as a baseline.
 */
public final class DashboardBenchmark {

  /** The realm's demo team lead who looks at the dashboards. */
  static final String LEAD = "housing.lead";

  static final String PASSWORD = "demo-password";

  /** Payara's HTTP port at the bench's port offset (20000). */
  static final int WEB_PORT = 8080 + 20000;

  /**
   * The pages timed: label, path, a text each response must contain, the baseline it is compared
   * with, and whether each request asks for a different period. In the path %1$s is the date a year
   * ago and %2$s today (ISO dates), %3$s 90 days ago; a shifting page moves all three back by one
   * day per request, so that every request asks for a period the flow page has not kept (it keeps
   * each period's figures for a minute) and the figures are computed each time.
   */
  static final List<Page> PAGES =
      List.of(
          new Page(
              "Team caseloads (housing), live",
              "/lead/caseloads.xhtml",
              "Team caseloads",
              0,
              false),
          new Page(
              "Flow, last 90 days (default view)",
              "/lead/flow.xhtml",
              "Flow between agencies",
              1,
              false),
          new Page(
              "Flow, a year, whole place",
              "/lead/flow.xhtml?from=%1$s&to=%2$s&view=place",
              "Flow between agencies",
              2,
              false),
          new Page(
              "Flow, 90 days, whole place, computed each time",
              "/lead/flow.xhtml?from=%3$s&to=%2$s&view=place",
              "Flow between agencies",
              1,
              true),
          new Page(
              "Flow, a year, whole place, computed each time",
              "/lead/flow.xhtml?from=%1$s&to=%2$s&view=place",
              "Flow between agencies",
              2,
              true));

  /** Pages that exist today, timed instead when a dashboard page does not answer yet. */
  static final List<Page> STAND_INS =
      List.of(
          new Page("Stand-in: My work (housing.lead)", "/work.xhtml", "My work", -1, false),
          new Page("Stand-in: Inbox (housing.lead)", "/inbox.xhtml", "Inbox", -1, false));

  public static final List<Baseline> BASELINES =
      List.of(
          new Baseline(
              "SQL: open work per worker, housing",
              "select assignee, count(*), count(*) filter (where acknowledge_due_at < now() or"
                  + " decide_due_at < now()) from referral where to_agency = 'housing' and status"
                  + " in ('SENT','RECEIVED','INFORMATION_REQUESTED','ACCEPTED','IN_PROGRESS') and"
                  + " assignee is not null group by assignee"),
          new Baseline(
              "SQL: flow medians, 90 days, whole place",
              "select from_agency, to_agency, count(*), percentile_cont(0.5) within group (order"
                  + " by extract(epoch from received_at - sent_at)), percentile_cont(0.9) within"
                  + " group (order by extract(epoch from accepted_at - sent_at)) from referral"
                  + " where sent_at >= now() - interval '90 days' and sent_at is not null group by"
                  + " 1, 2"),
          new Baseline(
              "SQL: flow medians, 365 days, whole place",
              "select from_agency, to_agency, count(*), percentile_cont(0.5) within group (order"
                  + " by extract(epoch from received_at - sent_at)), percentile_cont(0.9) within"
                  + " group (order by extract(epoch from accepted_at - sent_at)) from referral"
                  + " where sent_at >= now() - interval '365 days' and sent_at is not null group"
                  + " by 1, 2"),
          new Baseline(
              "SQL: a worker's counts in the navigation, from the counters (every page, since V14)",
              "select c.kind, c.username = '', c.n from work_count_now c where c.agency ="
                  + " 'housing' and c.username in ('', 'housing.w001')"),
          new Baseline(
              "SQL: the same counts counted from the referrals and notices (every page, before"
                  + " V14)",
              "select (select sum(mine) + sum(unassigned) + sum(waiting) + sum(overdue) from"
                  + " (select count(*) filter (where r.assignee = 'housing.w001') as mine,"
                  + " count(*) filter (where r.assignee is null) as unassigned, count(*) filter"
                  + " (where (r.assignee is null or r.assignee = 'housing.w001') and r.status in"
                  + " ('SENT', 'RECEIVED')) as waiting, count(*) filter (where coalesce(case"
                  + " r.status when 'SENT' then r.acknowledge_due_at < now() when 'RECEIVED' then"
                  + " r.decide_due_at < now() end, false) or coalesce(r.status in ('ACCEPTED',"
                  + " 'IN_PROGRESS') and r.last_activity_at < now() - make_interval(days =>"
                  + " t.inactivity_days), false)) as overdue from referral r left join"
                  + " response_target t on t.urgency = r.urgency where r.to_agency = 'housing' and"
                  + " r.status in ('SENT', 'RECEIVED', 'INFORMATION_REQUESTED', 'ACCEPTED',"
                  + " 'IN_PROGRESS') union all select count(*), 0, 0, 0 from referral r where"
                  + " r.from_agency = 'housing' and r.sent_by = 'housing.w001' and r.status in"
                  + " ('DRAFT', 'INFORMATION_REQUESTED')) c), (select count(*) from notice n where"
                  + " n.agency = 'housing' and n.read_at is null and (n.to_username is null or"
                  + " n.to_username = 'housing.w001'))"));

  record Page(String label, String path, String marker, int baseline, boolean shifting) {
    /** The address of request {@code i}; the same for every request unless shifting. */
    String url(LocalDate today, int i) {
      LocalDate last = shifting ? today.minusDays(i) : today;
      return String.format(path, last.minusDays(365), last, last.minusDays(90));
    }
  }

  public record Baseline(String label, String sql) {}

  /** A page's outcome: timed, or why not. */
  record PageResult(Page page, String url, Sample sample, String problem, int bytes) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    long people = Long.parseLong(options.getOrDefault("people", "1000000"));
    long referrals = Long.parseLong(options.getOrDefault("referrals", "5000000"));
    int requests = Integer.parseInt(options.getOrDefault("requests", "200"));
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "20"));
    int computed = Integer.parseInt(options.getOrDefault("computed", "30"));
    int sqlRequests =
        Integer.parseInt(options.getOrDefault("baseline-requests", Integer.toString(requests)));
    int pathways = Integer.parseInt(options.getOrDefault("pathways", "3000"));
    int workers = Integer.parseInt(options.getOrDefault("workers", "25"));
    long seed = Long.parseLong(options.getOrDefault("seed", "20261123"));
    Path results = Path.of(options.getOrDefault("results", "results"));
    // Keeps the database an earlier run with the same sizes and seed loaded (marked by a file), to
    // time a change of the platform on the same data without half an hour of loading.
    Path home = Path.of(options.getOrDefault("home", "target/stack"));
    Path loaded = home.resolve("loaded-" + people + "-" + referrals + "-" + seed);
    boolean reuse =
        Boolean.parseBoolean(options.getOrDefault("reuse", "false")) && Files.exists(loaded);
    try (Stack stack =
        Stack.configure()
            .home(home)
            .dist(
                RealmDist.prepare(
                    Path.of(options.getOrDefault("dist", "../launcher/target/dist")),
                    home.resolveSibling("dashboard-dist"),
                    WEB_PORT))
            .portOffset(20000)
            .demoData(false)
            .freshData(!reuse)
            .start()) {
      new DashboardBenchmark(
              stack,
              people,
              referrals,
              pathways,
              workers,
              seed,
              requests,
              warmup,
              computed,
              sqlRequests)
          .run(results, reuse, loaded);
    }
  }

  private final Stack stack;
  private final long people;
  private final long referrals;
  private final int pathways;
  private final int workers;
  private final long seed;
  private final int requests;
  private final int warmup;
  private final int computed;
  private final int sqlRequests;

  DashboardBenchmark(
      Stack stack,
      long people,
      long referrals,
      int pathways,
      int workers,
      long seed,
      int requests,
      int warmup,
      int computed,
      int sqlRequests) {
    this.stack = stack;
    this.people = people;
    this.referrals = referrals;
    this.pathways = pathways;
    this.workers = workers;
    this.seed = seed;
    this.requests = requests;
    this.warmup = warmup;
    this.computed = computed;
    this.sqlRequests = sqlRequests;
  }

  void run(Path results, boolean reuse, Path loaded) throws Exception {
    LocalDateTime started = LocalDateTime.now();
    Instant now = Instant.now();
    LoadedPlace load = null;
    try (Connection db = connect()) {
      if (reuse) {
        System.out.printf("Keeping the %,d referrals an earlier run loaded%n", referralsIn(db));
      } else {
        Files.deleteIfExists(loaded);
        load =
            new PlaceLoader(seed, people, referrals, pathways, workers, now, System.out).load(db);
        Files.createFile(loaded);
        System.out.printf("Loaded everything in %.1f s%n", PlaceLoader.seconds(load.total()));
      }
    }

    System.out.println("Logging in as " + LEAD + " ...");
    LeadSession lead = LeadSession.login(stack.webUrl(), stack.keycloakUrl(), LEAD, PASSWORD);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    List<PageResult> pages = new ArrayList<>();
    boolean missing = false;
    for (Page page : PAGES) {
      PageResult result = time(lead, page, today);
      missing |= result.sample() == null;
      pages.add(result);
    }
    if (missing) {
      for (Page page : STAND_INS) {
        pages.add(time(lead, page, today));
      }
    }

    List<Sample> baselines = new ArrayList<>();
    Map<String, Long> facts = new LinkedHashMap<>();
    List<Integer> baselineRows = new ArrayList<>();
    try (Connection db = connect()) {
      for (Baseline baseline : BASELINES) {
        System.out.println("Timing " + baseline.label() + " ...");
        int[] rows = new int[1];
        baselines.add(timeSql(db, baseline, rows));
        baselineRows.add(rows[0]);
      }
      facts = facts(db);
    }

    String report =
        report(started, load, pages, baselines, baselineRows, facts, stack.startupSeconds());
    Files.createDirectories(results);
    Path file = results.resolve("dashboard-" + LocalDate.now() + ".md");
    Files.writeString(file, report);
    System.out.println();
    System.out.println(report);
    System.out.println("Written to " + file.toAbsolutePath());
  }

  private static long referralsIn(Connection db) throws SQLException {
    try (Statement sql = db.createStatement();
        ResultSet rs = sql.executeQuery("select count(*) from referral")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private Connection connect() throws SQLException {
    Connection db =
        DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
    try (Statement session = db.createStatement()) {
      session.execute("set search_path = totalplace");
    }
    return db;
  }

  /** Warm-up requests, then the timed ones; every response must be 200 with the marker. */
  private PageResult time(LeadSession lead, Page page, LocalDate today) {
    int count = page.shifting() ? computed : requests;
    int warm = page.shifting() ? Math.min(warmup, 2) : warmup;
    // Shifting pages start a day back, so even the first is not the period a fixed page asked for.
    int shift = page.shifting() ? 1 : 0;
    String url = page.url(today, shift);
    System.out.println("Timing " + page.label() + " (" + url + ", " + count + " requests) ...");
    HttpResponse<String> first = lead.get(url);
    String problem = check(first, page);
    if (problem != null) {
      System.out.println("  not timed: " + problem);
      return new PageResult(page, url, null, problem, 0);
    }
    for (int i = 1; i < warm; i++) {
      problem = check(lead.get(page.url(today, shift + i)), page);
      if (problem != null) {
        throw new IllegalStateException(page.label() + " during warm-up: " + problem);
      }
    }
    List<Long> nanos = new ArrayList<>();
    int bytes = 0;
    for (int i = 0; i < count; i++) {
      String address = page.url(today, shift + warm + i);
      long start = System.nanoTime();
      HttpResponse<String> response = lead.get(address);
      nanos.add(System.nanoTime() - start);
      problem = check(response, page);
      if (problem != null) {
        throw new IllegalStateException(page.label() + ", request " + i + ": " + problem);
      }
      bytes = response.body().length();
    }
    Sample sample = Sample.of(page.label(), nanos);
    System.out.printf(
        "  p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
        sample.percentile(50), sample.percentile(95), sample.percentile(99));
    return new PageResult(page, url, sample, null, bytes);
  }

  private static String check(HttpResponse<String> response, Page page) {
    if (response.statusCode() != 200) {
      return "HTTP " + response.statusCode() + " at " + response.uri();
    }
    if (!response.body().contains(page.marker())) {
      return "no \"" + page.marker() + "\" in the page at " + response.uri();
    }
    return null;
  }

  private Sample timeSql(Connection db, Baseline baseline, int[] rowCount) throws SQLException {
    List<Long> nanos = new ArrayList<>();
    try (PreparedStatement query = db.prepareStatement(baseline.sql())) {
      int warm = Math.min(warmup, 3);
      for (int i = 0; i < warm + sqlRequests; i++) {
        long start = System.nanoTime();
        int rows = 0;
        try (ResultSet rs = query.executeQuery()) {
          while (rs.next()) {
            rs.getObject(1);
            rows++;
          }
        }
        long took = System.nanoTime() - start;
        if (i >= warm) {
          nanos.add(took);
        }
        rowCount[0] = rows;
      }
    }
    Sample sample = Sample.of(baseline.label(), nanos);
    System.out.printf(
        "  p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%d rows)%n",
        sample.percentile(50), sample.percentile(95), sample.percentile(99), rowCount[0]);
    return sample;
  }

  private static Map<String, Long> facts(Connection db) throws SQLException {
    Map<String, Long> facts = new LinkedHashMap<>();
    String[][] queries = {
      {"people", "select count(*) from person"},
      {"referrals", "select count(*) from referral"},
      {
        "open referrals",
        "select count(*) from referral where status in ('SENT','RECEIVED',"
            + "'INFORMATION_REQUESTED','ACCEPTED','IN_PROGRESS')"
      },
      {
        "open referrals to housing",
        "select count(*) from referral where to_agency = 'housing' and status in ('SENT',"
            + "'RECEIVED','INFORMATION_REQUESTED','ACCEPTED','IN_PROGRESS')"
      },
      {
        "referrals sent in the last 90 days",
        "select count(*) from referral where sent_at >= now() - interval '90 days'"
      },
      {
        "referrals sent in the last 365 days",
        "select count(*) from referral where sent_at >= now() - interval '365 days'"
      },
      {"referral events", "select count(*) from referral_event"},
      {"staff", "select count(*) from staff"},
      {"pathways", "select count(*) from pathway"},
      {"pathway steps", "select count(*) from pathway_step"},
      {"database bytes", "select pg_database_size(current_database())"},
      {"referral table bytes (with indexes)", "select pg_total_relation_size('referral')"}
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
      LoadedPlace load,
      List<PageResult> pages,
      List<Sample> baselines,
      List<Integer> baselineRows,
      Map<String, Long> facts,
      double startupSeconds) {
    Machine machine = Machine.describe();
    StringBuilder md = new StringBuilder();
    md.append("# Dashboard benchmark, ").append(LocalDate.now()).append("\n\n");
    md.append("Started ")
        .append(started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
        .append(". Machine: ")
        .append(machine.cores())
        .append(" cores, ")
        .append(machine.cpu())
        .append(", ")
        .append(machine.memory())
        .append(", ")
        .append(machine.os())
        .append(", Java ")
        .append(machine.java().lines().findFirst().orElse(""))
        .append(". Load average at the end: ")
        .append(String.format(Locale.UK, "%.2f", Machine.loadAverage()))
        .append(".\n\n");
    md.append(
            "The whole platform runs on this machine (Payara, Keycloak, PostgreSQL), as does the"
                + " client. The data was loaded straight into the platform's PostgreSQL by COPY"
                + " (referral triggers off, indexes built afterwards, derived columns computed by the"
                + " generator), then analysed. Pages are fetched one after another by the realm's"
                + " demo team lead ")
        .append(LEAD)
        .append(" over one logged-in session (Keycloak login form, OIDC code flow); each")
        .append(" response must be 200 and contain the page's marker. ")
        .append(warmup)
        .append(" warm-up requests, then ")
        .append(requests)
        .append(" timed ones per page; up to 3 warm-ups, then ")
        .append(sqlRequests)
        .append(" timed runs of each baseline query (over JDBC on the same database, all rows")
        .append(" read). The flow page keeps each period's place-wide")
        .append(" figures for a minute, so most requests for a fixed period are served from")
        .append(" them; the rows \"computed each time\" move the period back a day per request")
        .append(" (")
        .append(computed)
        .append(" requests after 2 warm-ups), so the figures are computed for every one of")
        .append(" them. The caseloads page has no such store: every request is live.\n\n");

    md.append("## Sizes\n\n| What | Rows |\n|---|---|\n");
    facts.forEach(
        (name, value) -> {
          if (!name.endsWith("bytes") && !name.endsWith("indexes)")) {
            md.append(String.format(Locale.UK, "| %s | %,d |%n", name, value));
          }
        });
    md.append(
        String.format(
            Locale.UK,
            "%nDatabase size (pg_database_size): %.2f GiB; referral table with its indexes: %.2f"
                + " GiB.%n%n",
            facts.getOrDefault("database bytes", 0L) / 1073741824.0,
            facts.getOrDefault("referral table bytes (with indexes)", 0L) / 1073741824.0));

    if (load == null) {
      md.append(
          String.format(
              Locale.UK,
              "## Load%n%nThe data of an earlier run was kept (`--reuse true`); its load times are"
                  + " in that run's report. Platform start on it: %.1f s.%n%n",
              startupSeconds));
    } else {
      appendLoad(md, load, startupSeconds);
    }
    appendLatency(md, pages, baselines, baselineRows);
    return md.toString();
  }

  private static void appendLoad(StringBuilder md, LoadedPlace load, double startupSeconds) {
    md.append("## Load\n\n| Stage | Seconds |\n|---|---|\n");
    md.append(
        String.format(
            Locale.UK,
            "| Platform start (fresh data) | %.1f |%n"
                + "| People, names, identifiers (%,d rows, indexes, vacuum) | %.1f |%n"
                + "| Referrals (%,d) and their events (%,d), by COPY | %.1f |%n"
                + "| Pathways (%,d) and steps (%,d) | %.1f |%n"
                + "| Referral and pathway indexes built, foreign keys checked | %.1f |%n"
                + "| Vacuum and analyse | %.1f |%n"
                + "| **Whole load** | **%.1f** |%n%n",
            startupSeconds,
            load.people().rows(),
            PlaceLoader.seconds(load.peopleTook()),
            load.referrals(),
            load.events(),
            PlaceLoader.seconds(load.referralCopy()),
            load.pathways(),
            load.pathwaySteps(),
            PlaceLoader.seconds(load.pathwayCopy()),
            PlaceLoader.seconds(load.indexBuild()),
            PlaceLoader.seconds(load.vacuumAnalyze()),
            PlaceLoader.seconds(load.total())));
  }

  private void appendLatency(
      StringBuilder md,
      List<PageResult> pages,
      List<Sample> baselines,
      List<Integer> baselineRows) {
    md.append("## Latency\n\n");
    md.append("| Request | n | p50 ms | p95 ms | p99 ms | p50 vs baseline | p95 vs baseline |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    for (PageResult page : pages) {
      if (page.sample() == null) {
        md.append("| ")
            .append(page.page().label())
            .append(" | not timed: ")
            .append(page.problem().replace("|", "\\|"))
            .append(" | | | | | |\n");
        continue;
      }
      Sample s = page.sample();
      Sample base = page.page().baseline() >= 0 ? baselines.get(page.page().baseline()) : null;
      md.append(
          String.format(
              Locale.UK,
              "| %s | %d | %.1f | %.1f | %.1f | %s | %s |%n",
              page.page().label(),
              s.count(),
              s.percentile(50),
              s.percentile(95),
              s.percentile(99),
              ratio(s, base, 50),
              ratio(s, base, 95)));
    }
    for (int i = 0; i < baselines.size(); i++) {
      Sample s = baselines.get(i);
      md.append(
          String.format(
              Locale.UK,
              "| %s (%d rows) | %d | %.1f | %.1f | %.1f | | |%n",
              s.name(),
              baselineRows.get(i),
              s.count(),
              s.percentile(50),
              s.percentile(95),
              s.percentile(99)));
    }
    md.append("\nPages and their baselines:\n\n");
    for (PageResult page : pages) {
      md.append("- ")
          .append(page.page().label())
          .append(": `GET ")
          .append(page.url())
          .append("`")
          .append(
              page.page().baseline() >= 0
                  ? " vs " + BASELINES.get(page.page().baseline()).label()
                  : " (no baseline)")
          .append(
              page.bytes() > 0 ? String.format(Locale.UK, ", %,d characters", page.bytes()) : "")
          .append('\n');
    }
    md.append("\nBaseline SQL:\n\n");
    for (Baseline b : BASELINES) {
      md.append("- ").append(b.label()).append(": `").append(b.sql()).append("`\n");
    }
    md.append(
        String.format(
            Locale.UK,
            "%nGenerated with seed %d, %d workers per agency (the last of each has left), %,d"
                + " people, %,d referrals over %d years.%n",
            seed,
            workers,
            people,
            referrals,
            ReferralGenerator.YEARS));
  }

  private static String ratio(Sample page, Sample base, double p) {
    if (base == null) {
      return "";
    }
    return String.format(Locale.UK, "%.1f×", page.percentile(p) / base.percentile(p));
  }

  static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }
}

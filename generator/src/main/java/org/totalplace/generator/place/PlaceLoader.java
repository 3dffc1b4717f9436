package org.totalplace.generator.place;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.totalplace.counts.control.Counters;
import org.totalplace.generator.population.BulkIndexes;
import org.totalplace.generator.population.IndexBuild;
import org.totalplace.generator.population.LoadResult;
import org.totalplace.generator.population.Population;
import org.totalplace.generator.population.PopulationLoader;

/**
 * Loads a dashboard-sized place straight into the platform's (empty) schema: people through the
 * population loader, then each agency's workers and team leads, each person's record history
 * (addresses, households, involvements, bases to share, chronology, audit trail), referrals and the
 * history events of the open ones, and some pathways with their steps, all by COPY with the
 * referral tables' indexes set aside and their triggers off (the generator computes what the
 * triggers would). Then the indexes are built again, the triggers switched back on and the tables
 * analysed.
 */
public final class PlaceLoader {

  private static final int BATCH = 5_000;

  private final long seed;
  private final long people;
  private final long referrals;
  private final int pathways;
  private final int perAgency;
  private final Instant now;
  private final PrintStream progress;
  private boolean finishedReferralsOnly;

  public PlaceLoader(
      long seed,
      long people,
      long referrals,
      int pathways,
      int perAgency,
      Instant now,
      PrintStream progress) {
    this.seed = seed;
    this.people = people;
    this.referrals = referrals;
    this.pathways = pathways;
    this.perAgency = perAgency;
    this.now = now;
    this.progress = progress;
  }

  /**
   * The demo's place: the referrals still open at {@code now} are left out, as they would have no
   * process in the engine and nobody could act on them (the demo's open work comes from its named
   * stories), and the place is recorded as the demo's.
   */
  public PlaceLoader forTheDemo() {
    this.finishedReferralsOnly = true;
    return this;
  }

  public LoadedPlace load(Connection connection) throws SQLException {
    long start = System.nanoTime();
    connection.setAutoCommit(true);
    try (Statement session = connection.createStatement()) {
      session.execute("set search_path = totalplace");
      session.execute("set synchronous_commit = off");
      session.execute("set maintenance_work_mem = '1GB'");
    }
    requireEmpty(connection);

    progress.printf("Loading %,d people ...%n", people);
    long peopleStart = System.nanoTime();
    LoadResult population =
        new PopulationLoader(new Population(seed, people), progress).load(connection);
    Duration peopleTook = since(peopleStart);
    try (Statement session = connection.createStatement()) {
      // The population loader may have left its own settings; ours again.
      session.execute("set search_path = totalplace");
      session.execute("set synchronous_commit = off");
      session.execute("set maintenance_work_mem = '1GB'");
    }

    List<String> agencies = agencies(connection);
    Map<String, long[]> services = services(connection);
    Staffing staffing = new Staffing(agencies, perAgency);
    long staff = insertStaff(connection, staffing);
    progress.printf("Inserted %,d staff (%d workers per agency, a lead each)%n", staff, perAgency);

    BulkIndexes recordIndexes = BulkIndexes.drop(connection, RecordsLoader.TABLES);
    ForeignKeys recordKeys = ForeignKeys.drop(connection, RecordsLoader.TABLES);
    long recordsStart = System.nanoTime();
    Map<String, Long> records =
        new RecordsLoader(
                new Population(seed, people), new RecordHistory(seed, staffing, now), progress)
            .load(connection);
    progress.printf(
        "Wrote the records' history in %.1f s: %s%n", seconds(since(recordsStart)), records);
    printBuilds(recordIndexes.rebuild(connection));
    recordKeys.restore(connection, progress);

    ReferralGenerator generator = new ReferralGenerator(seed, people, now, staffing, services);
    BulkIndexes indexes =
        BulkIndexes.drop(connection, "referral", "referral_event", "pathway", "pathway_step");
    ForeignKeys keys =
        ForeignKeys.drop(connection, "referral", "referral_event", "pathway", "pathway_step");
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("alter table referral disable trigger user");
    }
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    long referralStart = System.nanoTime();
    long[] counts = copyReferrals(copy, generator);
    Duration referralCopy = since(referralStart);

    long pathwayStart = System.nanoTime();
    long[] pathwayCounts = copyPathways(copy, staffing);
    Duration pathwayCopy = since(pathwayStart);
    try (Statement sql = connection.createStatement()) {
      sql.execute("select setval(pg_get_serial_sequence('referral', 'id'), max(id)) from referral");
      sql.execute("select setval(pg_get_serial_sequence('pathway', 'id'), max(id)) from pathway");
    }

    long indexStart = System.nanoTime();
    printBuilds(indexes.rebuild(connection));
    keys.restore(connection, progress);
    Duration indexBuild = since(indexStart);
    try (Statement ddl = connection.createStatement()) {
      // The row triggers were off for the copy: when each open referral falls due is worked out
      // here, by the same SQL, then the counters are counted from the rows once.
      ddl.execute(
          "update referral set overdue_from = referral_overdue_from(referral.*), overdue ="
              + " coalesce(referral_overdue_from(referral.*) < now(), false) where status in"
              + " ('SENT', 'RECEIVED', 'ACCEPTED', 'IN_PROGRESS')");
      ddl.execute("alter table referral enable trigger user");
    }
    long countStart = System.nanoTime();
    Counters.recount(connection);
    Counters.fold(connection);
    progress.printf("Counted the work waiting in %.1f s%n", seconds(since(countStart)));
    long vacuumStart = System.nanoTime();
    try (Statement sql = connection.createStatement()) {
      sql.execute(
          "vacuum (analyze) referral, referral_event, staff, pathway, pathway_step, address,"
              + " relationship, involvement, sharing_basis, entry, audit_event");
    }
    Duration vacuum = since(vacuumStart);
    progress.printf("Vacuumed and analysed the referral tables in %.1f s%n", seconds(vacuum));
    try (Statement sql = connection.createStatement()) {
      sql.execute("checkpoint");
    } catch (SQLException e) {
      progress.println("No checkpoint after the load (" + e.getMessage().strip() + ")");
    }
    recordThePlace(connection, counts[0]);
    return new LoadedPlace(
        population,
        peopleTook,
        staff,
        counts[0],
        counts[1],
        counts[2],
        pathwayCounts[0],
        pathwayCounts[1],
        referralCopy,
        pathwayCopy,
        indexBuild,
        vacuum,
        since(start));
  }

  /** So the platform, its operators and the demo's stories can tell these people are not real. */
  private void recordThePlace(Connection connection, long storedReferrals) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into generated_place (seed, people, referrals, purpose, loaded_at)"
                + " values (?, ?, ?, ?, ?)")) {
      insert.setLong(1, seed);
      insert.setLong(2, people);
      insert.setLong(3, storedReferrals);
      insert.setString(4, finishedReferralsOnly ? "DEMO" : "BENCHMARK");
      insert.setTimestamp(5, Timestamp.from(now));
      insert.executeUpdate();
    }
  }

  /** Referrals, then the events of the open ones (kept as COPY text meanwhile). */
  private long[] copyReferrals(CopyManager copy, ReferralGenerator generator) throws SQLException {
    StringBuilder events = new StringBuilder(1 << 20);
    CopyText eventRows = new CopyText(events);
    long open = 0;
    long eventCount = 0;
    long storedReferrals;
    long every = Math.max(BATCH, referrals / 10 / BATCH * BATCH);
    long start = System.nanoTime();
    CopyIn in =
        copy.copyIn(
            "copy referral (id, person_id, service_id, from_agency, to_agency, urgency, reason,"
                + " status, decline_reason, sent_at, sent_by, status_changed_at,"
                + " status_changed_by, created_at, decline_code, information_request, outcome,"
                + " assignee, assignee_name, acknowledge_due_at, decide_due_at, received_at,"
                + " accepted_at, started_at, closed_at, last_activity_at, unowned_since,"
                + " unowned_minutes, bounce) from stdin");
    try {
      StringBuilder batch = new StringBuilder(BATCH * 600);
      CopyText row = new CopyText(batch);
      for (long id = 1; id <= referrals; id++) {
        SyntheticReferral r = generator.referral(id);
        if (!(finishedReferralsOnly && r.open())) {
          writeReferral(row, eventRows, r);
          open += r.open() ? 1 : 0;
          eventCount += r.events().size();
        }
        if (id % BATCH == 0 || id == referrals) {
          byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
          in.writeToCopy(bytes, 0, bytes.length);
          batch.setLength(0);
        }
        if (id % every == 0 || id == referrals) {
          double elapsed = (System.nanoTime() - start) / 1e9;
          progress.printf(
              "referral %,11d of %,d sent (%3.0f%%), %,.0f rows/s, %,d open so far%n",
              id, referrals, 100.0 * id / referrals, id / elapsed, open);
        }
      }
      storedReferrals = in.endCopy();
      progress.printf(
          "referral %,d rows stored in %.1f s%n",
          storedReferrals, (System.nanoTime() - start) / 1e9);
    } finally {
      if (in.isActive()) {
        in.cancelCopy();
      }
    }
    long eventStart = System.nanoTime();
    CopyIn eventsIn =
        copy.copyIn(
            "copy referral_event (referral_id, at, username, display_name, agency, action,"
                + " from_status, to_status) from stdin");
    try {
      byte[] bytes = events.toString().getBytes(StandardCharsets.UTF_8);
      events.setLength(0);
      int chunk = 1 << 20;
      for (int offset = 0; offset < bytes.length; offset += chunk) {
        eventsIn.writeToCopy(bytes, offset, Math.min(chunk, bytes.length - offset));
      }
      long stored = eventsIn.endCopy();
      progress.printf(
          "referral_event %,d rows stored in %.1f s%n",
          stored, (System.nanoTime() - eventStart) / 1e9);
    } finally {
      if (eventsIn.isActive()) {
        eventsIn.cancelCopy();
      }
    }
    return new long[] {storedReferrals, open, eventCount};
  }

  private static void writeReferral(CopyText row, CopyText eventRows, SyntheticReferral r) {
    row.field(r.id())
        .field(r.personId())
        .field(r.serviceId())
        .field(r.fromAgency())
        .field(r.toAgency())
        .field(r.urgency())
        .field(r.reason())
        .field(r.status())
        .field(r.declineReason())
        .field(r.sentAt())
        .field(r.sentBy())
        .field(r.statusChangedAt())
        .field(r.statusChangedBy())
        .field(r.createdAt())
        .field(r.declineCode())
        .field(r.informationRequest())
        .field(r.outcome())
        .field(r.assignee())
        .field(r.assigneeName())
        .field(r.acknowledgeDueAt())
        .field(r.decideDueAt())
        .field(r.receivedAt())
        .field(r.acceptedAt())
        .field(r.startedAt())
        .field(r.closedAt())
        .field(r.lastActivityAt())
        .field(r.unownedSince())
        .field(r.unownedMinutes())
        .field(r.bounce())
        .end();
    for (SyntheticReferral.Event e : r.events()) {
      eventRows
          .field(r.id())
          .field(e.at())
          .field(e.username())
          .field(e.displayName())
          .field(e.agency())
          .field(e.action())
          .field(e.fromStatus())
          .field(e.toStatus())
          .end();
    }
  }

  /**
   * Pathways for distinct people (one open pathway of a kind per person), led by the workers of
   * probation, children's services, health and housing, with three steps each.
   */
  private long[] copyPathways(CopyManager copy, Staffing staffing) throws SQLException {
    int count = (int) Math.min(pathways, people);
    if (count == 0) {
      return new long[] {0, 0};
    }
    SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    StringBuilder pathwayText = new StringBuilder(count * 200);
    StringBuilder stepText = new StringBuilder(count * 3 * 150);
    CopyText pathway = new CopyText(pathwayText);
    CopyText step = new CopyText(stepText);
    String[] kinds = {"PRISON_RELEASE", "LEAVING_CARE", "HOSPITAL_DISCHARGE"};
    String[] usualLead = {"probation", "childrens-services", "health"};
    StringBuilder spellText = new StringBuilder();
    StringBuilder addressText = new StringBuilder();
    StringBuilder entryText = new StringBuilder();
    PathwayHistory history =
        new PathwayHistory(
            new CopyText(spellText), new CopyText(addressText), new CopyText(entryText));
    long stepCount = 0;
    long stride = Math.max(1, people / count);
    for (int i = 1; i <= count; i++) {
      int k = i % kinds.length;
      String agency = r.nextDouble() < 0.4 ? "housing" : usualLead[k];
      if (!staffing.agencies().contains(agency)) {
        agency = staffing.agencies().get(0);
      }
      int n = 1 + r.nextInt(staffing.perAgency());
      double s = r.nextDouble();
      String status;
      LocalDate keyDate;
      // The demo's place is history only: its live pathways are the named stories' own.
      if (s < 0.65 || finishedReferralsOnly) {
        status = "CLOSED";
        keyDate = today.minusDays(30 + r.nextInt(3 * 365));
      } else if (s < 0.85) {
        status = "ACTIVE";
        keyDate = today.plusDays(r.nextInt(60) - 30);
      } else if (s < 0.95) {
        status = "PLANNED";
        keyDate = today.plusDays(30 + r.nextInt(60));
      } else {
        status = "IN_PLACE";
        keyDate = today.minusDays(r.nextInt(14));
      }
      LocalDate startsOn = keyDate.minusDays(28);
      Instant created =
          startsOn.minusDays(1 + r.nextInt(14)).atStartOfDay(ZoneOffset.UTC).toInstant();
      double t = r.nextDouble();
      String tier = t < 0.2 ? "HIGH" : t < 0.7 ? "MEDIUM" : "LOW";
      String lead = staffing.username(agency, n);
      pathway
          .field(i)
          .field(kinds[k])
          .field(1 + (i - 1) * stride)
          .field(lead)
          .field(staffing.displayName(agency, n))
          .field(agency)
          .field(keyDate.toString())
          .field(startsOn.toString())
          .field(status)
          .field(created)
          .field(lead)
          .field(tier)
          .end();
      PathwayHistory.Step[] steps = PathwayHistory.steps(kinds[k]);
      // A closed plan either had every step in place on its day or had a step done late.
      boolean allInPlace = r.nextDouble() < 0.65;
      int late = allInPlace ? -1 : r.nextInt(steps.length);
      for (int j = 0; j < steps.length; j++) {
        LocalDate due = PathwayHistory.due(steps[j], keyDate);
        String stepStatus =
            switch (status) {
              case "CLOSED", "IN_PLACE" -> "IN_PLACE";
              case "PLANNED" -> "WAITING";
              default -> r.nextBoolean() ? "OPEN" : "IN_PLACE";
            };
        boolean done = stepStatus.equals("IN_PLACE");
        LocalDate doneOn =
            status.equals("CLOSED") && j == late
                ? due.plusDays(1 + r.nextInt(60))
                : due.minusDays(r.nextInt(10));
        Instant doneAt = done ? doneOn.atStartOfDay(ZoneOffset.UTC).toInstant() : null;
        if (doneAt != null && doneAt.isAfter(now)) {
          doneAt = now;
        }
        String stepAgency =
            staffing.agencies().contains(steps[j].agency())
                ? steps[j].agency()
                : staffing.agencies().get(0);
        step.field(i)
            .field(steps[j].key())
            .field(steps[j].title())
            .field(stepAgency)
            .field(due.toString())
            .field(stepStatus)
            .field(doneAt)
            .field(
                done ? staffing.displayName(stepAgency, 1 + r.nextInt(staffing.perAgency())) : null)
            .end();
        stepCount++;
      }
      if (kinds[k].equals("PRISON_RELEASE") && status.equals("CLOSED")) {
        history.release(r, 1 + (i - 1) * stride, keyDate, late < 0, today);
      }
    }
    long stored =
        copyAll(
            copy,
            "copy pathway (id, kind, person_id, lead_username, lead_name, lead_agency, key_date,"
                + " starts_on, status, created_at, created_by, risk_tier) from stdin",
            pathwayText);
    long storedSteps =
        copyAll(
            copy,
            "copy pathway_step (pathway_id, step_key, title, agency, due_on, status, done_at,"
                + " done_by) from stdin",
            stepText);
    copyAll(
        copy,
        "copy custody_spell (person_id, status, started_at, ended_at, recorded_by) from stdin",
        spellText);
    copyAll(
        copy,
        "copy address (person_id, line, postcode, moved_in, moved_out, recorded_at, recorded_by)"
            + " from stdin",
        addressText);
    copyAll(
        copy,
        "copy entry (person_id, agency, kind, sensitivity, summary, occurred_at, recorded_at,"
            + " recorded_by) from stdin",
        entryText);
    progress.printf(
        "pathway %,d rows, pathway_step %,d rows, %,d rows of release history%n",
        stored, storedSteps, history.rows());
    return new long[] {stored, stepCount};
  }

  private static long copyAll(CopyManager copy, String sql, StringBuilder text)
      throws SQLException {
    CopyIn in = copy.copyIn(sql);
    try {
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      in.writeToCopy(bytes, 0, bytes.length);
      return in.endCopy();
    } finally {
      if (in.isActive()) {
        in.cancelCopy();
      }
    }
  }

  /** Each agency's workers, and a team lead for each (the realm's own, e.g. housing.lead). */
  private long insertStaff(Connection connection, Staffing staffing) throws SQLException {
    SplittableRandom r = new SplittableRandom(seed ^ 0x2545F4914F6CDD1DL);
    long count = 0;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into staff (username, display_name, email, agency, team_lead, active,"
                + " last_seen_at, contracted_hours, caseworker) values (?, ?, ?, ?, ?, ?, ?, ?,"
                + " true) on conflict (username) do nothing")) {
      for (String agency : staffing.agencies()) {
        for (int n = 1; n <= staffing.perAgency(); n++) {
          boolean active = staffing.active(n);
          String username = staffing.username(agency, n);
          insert.setString(1, username);
          insert.setString(2, staffing.displayName(agency, n));
          insert.setString(3, username + "@bench.totalplace.test");
          insert.setString(4, agency);
          insert.setBoolean(5, false);
          insert.setBoolean(6, active);
          Instant seen =
              active
                  ? now.minusSeconds(r.nextLong(5 * 24 * 3600))
                  : now.minus(Duration.ofDays(60 + r.nextInt(200)));
          insert.setTimestamp(7, Timestamp.from(seen));
          insert.setBigDecimal(8, staffing.contractedHours(n));
          insert.addBatch();
          count++;
        }
        String lead = agency + ".lead";
        insert.setString(1, lead);
        insert.setString(2, lead);
        insert.setString(3, lead + "@demo.totalplace.test");
        insert.setString(4, agency);
        insert.setBoolean(5, true);
        insert.setBoolean(6, true);
        insert.setTimestamp(7, Timestamp.from(now.minus(Duration.ofDays(1))));
        insert.setBigDecimal(8, new java.math.BigDecimal("37.0"));
        insert.addBatch();
        count++;
      }
      insert.executeBatch();
    }
    return count;
  }

  private static List<String> agencies(Connection connection) throws SQLException {
    List<String> agencies = new ArrayList<>();
    try (var sql = connection.createStatement();
        var rows = sql.executeQuery("select code from agency order by code")) {
      while (rows.next()) {
        agencies.add(rows.getString(1));
      }
    }
    return agencies;
  }

  private static Map<String, long[]> services(Connection connection) throws SQLException {
    Map<String, List<Long>> ids = new LinkedHashMap<>();
    try (var sql = connection.createStatement();
        var rows = sql.executeQuery("select agency_code, id from service order by id")) {
      while (rows.next()) {
        ids.computeIfAbsent(rows.getString(1), a -> new ArrayList<>()).add(rows.getLong(2));
      }
    }
    Map<String, long[]> services = new LinkedHashMap<>();
    ids.forEach((a, list) -> services.put(a, list.stream().mapToLong(Long::longValue).toArray()));
    return services;
  }

  private static void requireEmpty(Connection connection) throws SQLException {
    try (var sql = connection.createStatement();
        var rows =
            sql.executeQuery(
                "select exists (select 1 from referral) or exists (select 1 from person)")) {
      rows.next();
      if (rows.getBoolean(1)) {
        throw new IllegalStateException(
            "The database already holds people or referrals: the dashboard bench needs fresh data");
      }
    }
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  public static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }

  private void printBuilds(List<IndexBuild> built) {
    for (IndexBuild index : built) {
      progress.printf("Built index %s in %.1f s%n", index.name(), index.took().toNanos() / 1e9);
    }
  }
}

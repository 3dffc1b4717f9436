package org.totalplace.generator.place;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.totalplace.audit.control.AuditChain;
import org.totalplace.audit.control.ChainSealer;
import org.totalplace.generator.population.Population;
import org.totalplace.generator.population.SyntheticPerson;

/**
 * Writes every person's {@link RecordHistory} by COPY, a batch of people at a time, with the
 * tables' indexes and foreign keys set aside meanwhile, and the audit trail of that history (the
 * record made, and each agency's look at it) chained by hash exactly as the platform chains its
 * own, so the data-protection officer's check of the trail passes on the generated place.
 */
final class RecordsLoader {

  private static final int BATCH = 10_000;

  static final String[] TABLES = {
    "address",
    "relationship",
    "involvement",
    "sharing_basis",
    "entry",
    "audit_event",
    "fact_capture"
  };

  private static final Map<String, String> COPY = new LinkedHashMap<>();

  static {
    COPY.put(
        "address",
        "copy address (person_id, line, postcode, moved_in, moved_out, recorded_at, recorded_by)"
            + " from stdin");
    COPY.put(
        "relationship",
        "copy relationship (person_id, related_person_id, kind, recorded_at, recorded_by) from"
            + " stdin");
    COPY.put(
        "involvement",
        "copy involvement (person_id, agency, lead_worker, started_on, ended_on) from stdin");
    COPY.put(
        "sharing_basis",
        "copy sharing_basis (person_id, agency, basis, consent, purpose, given_on, recorded_at,"
            + " recorded_by, withdrawn_at, withdrawn_by) from stdin");
    COPY.put(
        "entry",
        "copy entry (person_id, agency, kind, sensitivity, summary, occurred_at, recorded_at,"
            + " recorded_by) from stdin");
    COPY.put("fact_capture", "copy fact_capture (person_id, fact, agency, how, at) from stdin");
    COPY.put(
        "audit_event",
        "copy audit_event (at, username, agency, role, action, subject_type, subject_id, detail,"
            + " basis, origin, changes, chain_seq, previous_hash, hash) from stdin");
  }

  private final Population population;
  private final RecordHistory history;
  private final PrintStream progress;
  private long seq;
  private String previous = AuditChain.START;
  private Instant oldest;

  RecordsLoader(Population population, RecordHistory history, PrintStream progress) {
    this.population = population;
    this.history = history;
    this.progress = progress;
  }

  /** Rows written per table. */
  Map<String, Long> load(Connection connection) throws SQLException {
    // The history is written sealed, so the platform's sealer must not seal at the same time.
    try (Statement lock = connection.createStatement()) {
      lock.execute("select pg_advisory_lock(" + ChainSealer.LOCK + ")");
    }
    try {
      long before = startChain(connection);
      Map<String, Long> rows = write(connection);
      sealed(connection, before);
      return rows;
    } finally {
      try (Statement unlock = connection.createStatement()) {
        unlock.execute("select pg_advisory_unlock(" + ChainSealer.LOCK + ")");
      }
    }
  }

  /** The seal of what this load chained, as the platform's sealer records its own. */
  private void sealed(Connection connection, long before) throws SQLException {
    if (seq == before) {
      return;
    }
    try (PreparedStatement seal =
        connection.prepareStatement(
            "insert into audit_seal (first_seq, last_seq, last_hash, oldest_at, sealed_at)"
                + " values (?, ?, ?, ?, now())")) {
      seal.setLong(1, before + 1);
      seal.setLong(2, seq);
      seal.setString(3, previous);
      seal.setObject(4, java.time.OffsetDateTime.ofInstant(oldest, java.time.ZoneOffset.UTC));
      seal.executeUpdate();
    }
  }

  private Map<String, Long> write(Connection connection) throws SQLException {
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String table : TABLES) {
      rows.put(table, 0L);
    }
    long people = population.size();
    long start = System.nanoTime();
    long every = Math.max(BATCH, people / 10 / BATCH * BATCH);
    for (long from = 1; from <= people; from += BATCH) {
      Map<String, StringBuilder> text = new LinkedHashMap<>();
      Map<String, CopyText> out = new LinkedHashMap<>();
      for (String table : TABLES) {
        StringBuilder b = new StringBuilder(1 << 16);
        text.put(table, b);
        out.put(table, new CopyText(b));
      }
      long to = Math.min(people, from + BATCH - 1);
      for (long id = from; id <= to; id++) {
        write(population.person(id), out, rows);
      }
      for (String table : TABLES) {
        copy(copy, COPY.get(table), text.get(table));
      }
      if (to % every == 0 || to == people) {
        double elapsed = (System.nanoTime() - start) / 1e9;
        progress.printf(
            "records %,11d of %,d people (%3.0f%%), %,.0f people/s: %s%n",
            to, people, 100.0 * to / people, to / elapsed, rows);
      }
    }
    return rows;
  }

  /**
   * Who collected the person's date of birth and address, and how: the first agency keyed both;
   * each later one keyed them again (as agencies did before they shared a record) or had the
   * address told once and passed on. Fixed by the person's id, so a place is the same each time.
   */
  private static void captures(
      SyntheticPerson person,
      int nth,
      String agency,
      Instant at,
      Map<String, CopyText> out,
      Map<String, Long> rows) {
    long roll = Math.floorMod(person.id() * 31 + nth * 17, 100);
    if (nth == 0 || roll < 40) {
      capture(out, rows, person.id(), "DATE_OF_BIRTH", agency, "KEYED", at);
    }
    if (nth == 0 || roll < 30) {
      capture(out, rows, person.id(), "ADDRESS", agency, "KEYED", at);
    } else if (roll < 70) {
      capture(out, rows, person.id(), "ADDRESS", agency, "SHARED", at);
    }
  }

  private static void capture(
      Map<String, CopyText> out,
      Map<String, Long> rows,
      long person,
      String fact,
      String agency,
      String how,
      Instant at) {
    out.get("fact_capture").field(person).field(fact).field(agency).field(how).field(at).end();
    rows.merge("fact_capture", 1L, Long::sum);
  }

  private void write(SyntheticPerson person, Map<String, CopyText> out, Map<String, Long> rows) {
    RecordHistory.Record record = history.of(person);
    Instant recorded = person.createdAt();
    for (RecordHistory.Address a : record.addresses()) {
      out.get("address")
          .field(person.id())
          .field(a.line())
          .field(a.postcode())
          .field(a.movedIn().toString())
          .field(a.movedOut() == null ? null : a.movedOut().toString())
          .field(recorded)
          .field(person.createdBy())
          .end();
      rows.merge("address", 1L, Long::sum);
    }
    for (RecordHistory.Relationship r : record.relationships()) {
      out.get("relationship")
          .field(r.person())
          .field(r.related())
          .field(r.kind())
          .field(recorded)
          .field(person.createdBy())
          .end();
      rows.merge("relationship", 1L, Long::sum);
    }
    audit(out, rows, recorded, person.createdBy(), null, "PERSON_CREATED", person.id(), null);
    for (RecordHistory.Involvement i : record.involvements()) {
      out.get("involvement")
          .field(person.id())
          .field(i.agency())
          .field(i.leadWorker())
          .field(i.startedOn().toString())
          .field(i.endedOn() == null ? null : i.endedOn().toString())
          .end();
      rows.merge("involvement", 1L, Long::sum);
      Instant looked = i.startedOn().atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(36_000);
      captures(person, record.involvements().indexOf(i), i.agency(), looked, out, rows);
      audit(
          out,
          rows,
          looked,
          i.leadWorker(),
          i.agency(),
          "PERSON_VIEWED",
          person.id(),
          "record open");
    }
    for (RecordHistory.Basis b : record.bases()) {
      Instant at = b.givenOn().atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(32_400);
      out.get("sharing_basis")
          .field(person.id())
          .field(b.agency())
          .field(b.basis())
          .field(b.consent())
          .field("Support and services for the person")
          .field(b.givenOn().toString())
          .field(at)
          .field(person.createdBy())
          .field(b.withdrawnAt())
          .field(b.withdrawnAt() == null ? null : person.createdBy())
          .end();
      rows.merge("sharing_basis", 1L, Long::sum);
    }
    for (RecordHistory.Entry e : record.entries()) {
      out.get("entry")
          .field(person.id())
          .field(e.agency())
          .field(e.kind().kind())
          .field(e.kind().sensitivity())
          .field(e.kind().summary())
          .field(e.occurredAt())
          .field(e.occurredAt())
          .field(e.recordedBy())
          .end();
      rows.merge("entry", 1L, Long::sum);
    }
  }

  /** One audit row, chained to the one before as AuditTrail chains the platform's own. */
  private void audit(
      Map<String, CopyText> out,
      Map<String, Long> rows,
      Instant when,
      String username,
      String agency,
      String action,
      long personId,
      String basis) {
    Instant at = AuditChain.storable(when);
    oldest = oldest == null || at.isBefore(oldest) ? at : oldest;
    String role = "frontline-worker";
    Object[] sealed = {
      at, username, agency, role, action, "person", personId, null, basis, null, null
    };
    seq++;
    String hash = AuditChain.hash(previous, seq, sealed);
    out.get("audit_event")
        .field(at)
        .field(username)
        .field(agency)
        .field(role)
        .field(action)
        .field("person")
        .field(personId)
        .field((String) null)
        .field(basis)
        .field((String) null)
        .field((String) null)
        .field(seq)
        .field(previous)
        .field(hash)
        .end();
    previous = hash;
    rows.merge("audit_event", 1L, Long::sum);
  }

  /** The chain goes on from whatever the trail already holds (nothing, in a fresh place). */
  private long startChain(Connection connection) throws SQLException {
    try (Statement sql = connection.createStatement();
        var last =
            sql.executeQuery(
                "select chain_seq, hash from audit_event where chain_seq is not null order by"
                    + " chain_seq desc limit 1")) {
      if (last.next()) {
        seq = last.getLong(1);
        previous = last.getString(2);
      }
    }
    return seq;
  }

  private static void copy(CopyManager copy, String sql, StringBuilder text) throws SQLException {
    if (text.length() == 0) {
      return;
    }
    CopyIn in = copy.copyIn(sql);
    try {
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      in.writeToCopy(bytes, 0, bytes.length);
      in.endCopy();
    } finally {
      if (in.isActive()) {
        in.cancelCopy();
      }
    }
  }
}

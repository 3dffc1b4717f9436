package org.totalplace.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.audit.entity.ChainCheck;
import org.totalplace.platform.control.DatabaseMigration;

/**
 * Sealing after commit on a real PostgreSQL with the real schema: the order is complete when
 * transactions commit out of id order, one sealer at a time, and the verifier finds a changed, a
 * removed, a slipped-in and a cut-off entry.
 */
class ChainSealingIT {

  static EmbeddedPostgres postgres;

  @BeforeAll
  static void migrate() throws Exception {
    postgres = EmbeddedPostgres.start();
    DatabaseMigration.flyway(postgres.getPostgresDatabase()).migrate();
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  /** Each test starts from an empty trail; only a superuser with triggers off can do this. */
  @BeforeEach
  void emptyTrail() throws SQLException {
    try (Connection db = connect();
        Statement st = db.createStatement()) {
      st.execute("set session_replication_role = replica");
      st.execute("truncate audit_event, audit_seal restart identity");
    }
  }

  @Test
  void rowsOfTransactionsCommittedOutOfIdOrderAreSealedCompletelyInTransactionOrder()
      throws Exception {
    try (Connection early = transaction();
        Connection late = transaction()) {
      // "early" takes its transaction id first but writes its row last, so its row has the higher
      // row id; "late" commits first.
      scalar(early, "select pg_current_xact_id()::text");
      write(late, "late");
      write(early, "early");
      late.commit();

      // While "early" is open, "late" is past the horizon: sealing it now would let "early" slip
      // in before it later.
      assertThat(seal().sealed()).isZero();
      assertThat(ChainVerifier.verify(connect()).getWaiting()).isEqualTo(1);

      early.commit();
    }
    assertThat(seal().sealed()).isEqualTo(2);
    assertThat(column("select detail from audit_event order by chain_seq"))
        .containsExactly("early", "late");
    ChainCheck check = ChainVerifier.verify(connect());
    assertThat(check.isIntact()).as(check.getProblem()).isTrue();
    assertThat(check.getChecked()).isEqualTo(2);
    assertThat(check.getWaiting()).isZero();
  }

  @Test
  void onlyOneSealerSealsAtATime() throws Exception {
    writeCommitted(3);
    try (Connection first = transaction();
        Connection second = transaction()) {
      ChainSealer.Run sealing = ChainSealer.seal(first);
      ChainSealer.Run other = ChainSealer.seal(second);
      assertThat(sealing).isEqualTo(new ChainSealer.Run(true, 3));
      assertThat(other).isEqualTo(new ChainSealer.Run(false, 0));
      first.commit();
      second.commit();
    }
    assertThat(seal()).isEqualTo(new ChainSealer.Run(true, 0));
  }

  @Test
  void twoSealersRacingWritersSealEveryRowOnceInOneUnbrokenChain() throws Exception {
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Long>> writers = new ArrayList<>();
    for (int w = 0; w < 2; w++) {
      writers.add(
          pool.submit(
              () -> {
                long written = 0;
                try (Connection db = transaction()) {
                  for (int i = 0; i < 300; i++) {
                    write(db, "w" + i);
                    write(db, "w" + i + "b");
                    db.commit();
                    written += 2;
                  }
                }
                return written;
              }));
    }
    List<Future<Long>> sealers = new ArrayList<>();
    for (int s = 0; s < 2; s++) {
      sealers.add(
          pool.submit(
              () -> {
                long sealed = 0;
                try (Connection db = transaction()) {
                  while (writing.get() || waiting() > 0) {
                    sealed += ChainSealer.seal(db, 50).sealed();
                    db.commit();
                  }
                }
                return sealed;
              }));
    }
    long written = writers.get(0).get() + writers.get(1).get();
    writing.set(false);
    long sealed = sealers.get(0).get() + sealers.get(1).get();
    pool.shutdown();

    assertThat(sealed).isEqualTo(written).isEqualTo(1200);
    assertThat(scalar(connect(), "select count(distinct chain_seq) from audit_event"))
        .isEqualTo(1200L);
    ChainCheck check = ChainVerifier.verify(connect());
    assertThat(check.isIntact()).as(check.getProblem()).isTrue();
    assertThat(check.getChecked()).isEqualTo(1200);
  }

  @Test
  void aCheckWhileTheSealerSealsFindsTheTrailIntact() throws Exception {
    AtomicBoolean sealing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Future<?> writer =
        pool.submit(
            () -> {
              try (Connection db = transaction()) {
                while (sealing.get()) {
                  write(db, "while checking");
                  db.commit();
                }
              }
              return null;
            });
    Future<?> sealer =
        pool.submit(
            () -> {
              try (Connection db = transaction()) {
                while (sealing.get()) {
                  ChainSealer.seal(db, 7);
                  db.commit();
                }
              }
              return null;
            });
    try {
      // Each check reads the trail at READ COMMITTED, statement by statement, as the officer's page
      // does inside its container transaction, while seals keep landing between the statements.
      for (int i = 0; i < 40; i++) {
        try (Connection db = connect()) {
          ChainCheck check = ChainVerifier.verify(db);
          assertThat(check.isIntact()).as(check.getProblem()).isTrue();
        }
      }
    } finally {
      sealing.set(false);
      writer.get();
      sealer.get();
      pool.shutdown();
    }
  }

  @Test
  void aChangedSealedEntryIsFound() throws Exception {
    sealed(5);
    tamper("update audit_event set detail = 'nothing to see' where chain_seq = 3");
    ChainCheck check = ChainVerifier.verify(connect());
    assertThat(check.isIntact()).isFalse();
    assertThat(check.getBrokenAt()).isEqualTo(3);
    assertThat(check.getProblem()).contains("Entry 3 has been changed");
  }

  @Test
  void aRemovedEntryIsFound() throws Exception {
    sealed(5);
    tamper("delete from audit_event where chain_seq = 2");
    assertThat(ChainVerifier.verify(connect()).getProblem()).isEqualTo("Entry 2 is missing");
  }

  @Test
  void anEntrySlippedInBetweenSealedOnesIsFound() throws Exception {
    sealed(4);
    // Room is made at position 3 and a forged entry put there, chained to the real entry 2.
    tamper("update audit_event set chain_seq = chain_seq + 10 where chain_seq >= 3");
    tamper("update audit_event set chain_seq = chain_seq - 9 where chain_seq >= 13");
    String previous =
        (String) scalar(connect(), "select hash from audit_event where chain_seq = 2");
    tamper(
        "insert into audit_event (at, username, action, subject_type, detail, chain_seq,"
            + " previous_hash, hash) values (now(), 'mallory', 'PERSON_VIEWED', 'person',"
            + " 'forged', 3, '"
            + previous
            + "', 'x')");
    ChainCheck check = ChainVerifier.verify(connect());
    assertThat(check.isIntact()).isFalse();
    assertThat(check.getBrokenAt()).isEqualTo(3);
  }

  @Test
  void aCutOffTailAndAForgedAppendAreFoundAgainstTheSeals() throws Exception {
    sealed(4);
    tamper("delete from audit_event where chain_seq = 4");
    assertThat(ChainVerifier.verify(connect()).getProblem())
        .isEqualTo("Entries 4 to 4 are missing from the end");

    emptyTrail();
    sealed(2);
    String previous =
        (String) scalar(connect(), "select hash from audit_event where chain_seq = 2");
    Object[] fields = {
      java.time.Instant.parse("2026-12-01T10:00:00Z"),
      "mallory",
      null,
      null,
      "PERSON_VIEWED",
      "person",
      null,
      "forged",
      null,
      null,
      null
    };
    tamper(
        "insert into audit_event (at, username, action, subject_type, detail, chain_seq,"
            + " previous_hash, hash) values ('2026-12-01T10:00:00Z', 'mallory', 'PERSON_VIEWED',"
            + " 'person', 'forged', 3, '"
            + previous
            + "', '"
            + AuditChain.hash(previous, 3, fields)
            + "')");
    assertThat(ChainVerifier.verify(connect()).getProblem())
        .isEqualTo("Entries 3 to 3 were added after the last seal");
  }

  @Test
  void sealingIsTheOnlyChangeTheTrailAllows() throws Exception {
    writeCommitted(1);
    try (Connection db = connect();
        Statement st = db.createStatement()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  st.executeUpdate(
                      "update audit_event set chain_seq = 1, previous_hash = 'a', hash = 'b',"
                          + " detail = 'changed while sealing'"))
          .hasMessageContaining("append-only");
    }
    assertThat(seal().sealed()).isEqualTo(1);
    try (Connection db = connect();
        Statement st = db.createStatement()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> st.executeUpdate("update audit_event set chain_seq = 2"))
          .hasMessageContaining("append-only");
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> st.executeUpdate("delete from audit_seal"))
          .hasMessageContaining("append-only");
    }
  }

  private static void sealed(int rows) throws SQLException {
    writeCommitted(rows);
    assertThat(seal().sealed()).isEqualTo(rows);
    assertThat(ChainVerifier.verify(connect()).isIntact()).isTrue();
  }

  private static ChainSealer.Run seal() throws SQLException {
    try (Connection db = transaction()) {
      ChainSealer.Run run = ChainSealer.seal(db);
      db.commit();
      return run;
    }
  }

  private static void writeCommitted(int rows) throws SQLException {
    try (Connection db = transaction()) {
      for (int i = 0; i < rows; i++) {
        write(db, "row " + i);
      }
      db.commit();
    }
  }

  private static void write(Connection db, String detail) throws SQLException {
    try (var insert =
        db.prepareStatement(
            "insert into audit_event (at, username, agency, role, action, subject_type,"
                + " subject_id, detail) values (clock_timestamp(), 'housing.worker', 'housing',"
                + " 'frontline-worker', 'PERSON_VIEWED', 'person', 7, ?)")) {
      insert.setString(1, detail);
      insert.executeUpdate();
    }
  }

  private static long waiting() throws SQLException {
    try (Connection db = connect()) {
      return (Long) scalar(db, "select count(*) from audit_event where chain_seq is null");
    }
  }

  private static void tamper(String sql) throws SQLException {
    try (Connection db = connect();
        Statement st = db.createStatement()) {
      st.execute("set session_replication_role = replica");
      st.execute(sql);
    }
  }

  private static List<String> column(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection db = connect();
        Statement st = db.createStatement();
        ResultSet rows = st.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  private static Object scalar(Connection db, String sql) throws SQLException {
    try (Statement st = db.createStatement();
        ResultSet row = st.executeQuery(sql)) {
      row.next();
      return row.getObject(1);
    }
  }

  private static Connection transaction() throws SQLException {
    Connection db = connect();
    db.setAutoCommit(false);
    return db;
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        postgres.getJdbcUrl("postgres", "postgres") + "&currentSchema=totalplace");
  }
}

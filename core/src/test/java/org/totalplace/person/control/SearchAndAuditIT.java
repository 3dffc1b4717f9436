package org.totalplace.person.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.totalplace.platform.control.DatabaseMigration;

/** The search SQL and the audit trail's protections, on a real PostgreSQL with the real schema. */
class SearchAndAuditIT {

  static EmbeddedPostgres postgres;
  static Connection db;

  @BeforeAll
  static void migrate() throws Exception {
    postgres = EmbeddedPostgres.start();
    DatabaseMigration.flyway(postgres.getPostgresDatabase()).migrate();
    db =
        DriverManager.getConnection(
            postgres.getJdbcUrl("postgres", "postgres") + "&currentSchema=totalplace");
    long id = 0;
    for (String[] p :
        new String[][] {
          {"John", "Smith", "1980-01-02", "LS1 1AA"},
          {"Jon", "Smyth", "1980-01-02", "LS2 2BB"},
          {"Joan", "Smith", "1955-05-05", "LS1 1AA"},
          {"Mary", "Thompson", "1990-03-04", "M1 1AA"},
          {"Liam", "O'Connor", "1979-11-03", "LS9 8AB"},
        }) {
      id++;
      try (PreparedStatement insert =
          db.prepareStatement(
              "insert into person (id, given_name, family_name, date_of_birth, postcode,"
                  + " created_at, created_by) values (?, ?, ?, ?::date, ?, now(), 'test')")) {
        insert.setLong(1, id);
        insert.setString(2, p[0]);
        insert.setString(3, p[1]);
        insert.setString(4, p[2]);
        insert.setString(5, p[3]);
        insert.executeUpdate();
      }
      try (PreparedStatement name =
          db.prepareStatement(
              "insert into person_name (person_id, kind, given_name, family_name)"
                  + " values (?, 'CURRENT', ?, ?)")) {
        name.setLong(1, id);
        name.setString(2, p[0]);
        name.setString(3, p[1]);
        name.executeUpdate();
      }
    }
    // Mary was Mary Wood before she married: her old name still finds her.
    db.createStatement()
        .executeUpdate(
            "insert into person_name (person_id, kind, given_name, family_name)"
                + " values (4, 'PREVIOUS', 'Mary', 'Wood')");
  }

  @AfterAll
  static void stop() throws Exception {
    db.close();
    postgres.close();
  }

  static List<Long> byName(String typed) throws SQLException {
    try (PreparedStatement search =
        db.prepareStatement(jdbc(SearchStatements.byName(false, false)))) {
      List<Object> name = SearchStatements.nameParameters(typed, true);
      for (int i = 0; i < name.size(); i++) {
        search.setObject(i + 1, name.get(i));
      }
      return ids(search);
    }
  }

  /** JPA numbers its parameters; plain JDBC does not. */
  static String jdbc(String sql) {
    return sql.replaceAll("\\?\\d", "?");
  }

  static List<Long> ids(PreparedStatement statement) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (var rows = statement.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    return ids;
  }

  @Test
  void aTypoStillFindsThePersonFirst() throws SQLException {
    assertThat(byName("jhon smith")).first().isEqualTo(1L);
    assertThat(byName("liam oconor")).first().isEqualTo(5L);
  }

  @Test
  void theSoundOfTheFamilyNameFindsSpellingVariants() throws SQLException {
    assertThat(byName("jon smith")).contains(1L, 2L);
    assertThat(byName("mary thomson")).contains(4L);
  }

  @Test
  void aFamilyNameTwoEditsAwayIsFoundWithTheDateOfBirth() throws SQLException {
    // By name alone only names close on both parts are candidates (a million people hold too many
    // loose matches); with a date of birth the few people born that day may differ more.
    try (PreparedStatement search =
        db.prepareStatement(jdbc(SearchStatements.byName(true, false)))) {
      search.setString(1, "mary tomson");
      search.setString(2, "tomson");
      search.setObject(3, java.time.LocalDate.of(1990, 3, 4));
      assertThat(ids(search)).containsExactly(4L);
    }
  }

  @Test
  void byNameAloneASoundAlikeFamilyNameNeedsASoundAlikeGivenNameToo() throws SQLException {
    // Every Smith once came back for any name ending in Smith: 37,000 of a million people.
    assertThat(byName("peter smith")).doesNotContain(1L, 2L, 3L);
    assertThat(byName("jonn smyth")).contains(1L, 2L);
  }

  @Test
  void aRecordMergedIntoAnotherIsNotFoundItself() throws SQLException {
    db.createStatement()
        .executeUpdate(
            "insert into person (id, given_name, family_name, date_of_birth, created_at,"
                + " created_by, merged_into) values (60, 'Liam', 'OConnor', '1979-11-03', now(),"
                + " 'test', 5)");
    db.createStatement()
        .executeUpdate(
            "insert into person_name (person_id, kind, given_name, family_name)"
                + " values (60, 'CURRENT', 'Liam', 'OConnor')");
    assertThat(byName("liam oconnor")).contains(5L).doesNotContain(60L);
  }

  @Test
  void previousNamesAreFound() throws SQLException {
    assertThat(byName("mary wood")).containsExactly(4L);
  }

  @Test
  void dateOfBirthNarrowsTheSearch() throws SQLException {
    try (PreparedStatement search =
        db.prepareStatement(jdbc(SearchStatements.byName(true, false)))) {
      search.setString(1, "joan smith");
      search.setString(2, "smith");
      search.setObject(3, java.time.LocalDate.of(1980, 1, 2));
      assertThat(ids(search)).containsExactlyInAnyOrder(1L, 2L);
    }
  }

  @Test
  void aSurnameWithTwoLettersSwappedAndTheDateOfBirthFindsThePerson() throws SQLException {
    try (PreparedStatement search =
        db.prepareStatement(jdbc(SearchStatements.byName(true, false)))) {
      search.setString(1, "smiht");
      search.setString(2, "smiht");
      search.setObject(3, java.time.LocalDate.of(1980, 1, 2));
      assertThat(ids(search)).first().isEqualTo(1L);
    }
  }

  @Test
  void theNameTypedExactlyComesFirstAheadOfOlderRecordsThatScoreTheSame() throws SQLException {
    // "jo pemberton" is wholly inside "mary jo pemberton" (word similarity 1, the same sound): 25
    // older
    // records score the same as the newer exact match, and once won the tie on age.
    for (long id = 100; id < 125; id++) {
      person(id, "Mary Jo", "Pemberton");
    }
    person(200, "Jo", "Pemberton");

    List<Long> found = byName("jo pemberton");

    assertThat(found).first().isEqualTo(200L);
    // One more than the twenty shown is read, so that the platform can say more people match.
    assertThat(found).hasSize(SearchStatements.LIMIT + 1);
  }

  private static void person(long id, String given, String family) throws SQLException {
    try (PreparedStatement insert =
            db.prepareStatement(
                "insert into person (id, given_name, family_name, date_of_birth, created_at,"
                    + " created_by) values (?, ?, ?, '1970-01-01', now(), 'test')");
        PreparedStatement name =
            db.prepareStatement(
                "insert into person_name (person_id, kind, given_name, family_name)"
                    + " values (?, 'CURRENT', ?, ?)")) {
      for (PreparedStatement row : List.of(insert, name)) {
        row.setLong(1, id);
        row.setString(2, given);
        row.setString(3, family);
        row.executeUpdate();
      }
    }
  }

  @Test
  void theAuditTrailCannotBeChangedOrDeleted() throws SQLException {
    db.createStatement()
        .executeUpdate(
            "insert into audit_event (at, username, action, subject_type, chain_seq,"
                + " previous_hash, hash) values (now(), 'ann', 'PERSON_VIEWED', 'person', 1, 'a', 'b')");
    assertThatThrownBy(
            () -> db.createStatement().executeUpdate("update audit_event set username = 'bob'"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> db.createStatement().executeUpdate("delete from audit_event"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> db.createStatement().executeUpdate("truncate audit_event"))
        .hasMessageContaining("append-only");
  }
}

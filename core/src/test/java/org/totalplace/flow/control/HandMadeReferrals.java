package org.totalplace.flow.control;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.totalplace.platform.control.DatabaseMigration;
import org.totalplace.platform.control.Sql;

/**
 * A migrated PostgreSQL and a way to write referrals into it by hand, with exactly the times a test
 * needs, for checking figures whose right answers are worked out on paper.
 */
public final class HandMadeReferrals implements AutoCloseable {

  private final EmbeddedPostgres postgres;
  private final EntityManagerFactory jpa;
  public final EntityManager em;

  public HandMadeReferrals() throws Exception {
    postgres = EmbeddedPostgres.start();
    DatabaseMigration.flyway(postgres.getPostgresDatabase()).migrate();
    jpa =
        Persistence.createEntityManagerFactory(
            "totalplace",
            Map.of(
                "jakarta.persistence.transactionType",
                "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource",
                "",
                "jakarta.persistence.jdbc.url",
                postgres.getJdbcUrl("postgres", "postgres") + "&currentSchema=totalplace,public",
                "jakarta.persistence.jdbc.user",
                "postgres",
                "eclipselink.logging.level",
                "WARNING"));
    em = jpa.createEntityManager();
  }

  /** A connection of its own, each statement committed, as the platform's background steps run. */
  public Connection connection() throws SQLException {
    return DriverManager.getConnection(
        postgres.getJdbcUrl("postgres", "postgres") + "&currentSchema=totalplace,public");
  }

  /** Runs statements in one committed transaction. */
  public void write(Runnable statements) {
    em.getTransaction().begin();
    statements.run();
    em.getTransaction().commit();
  }

  public long person(String given, String family) {
    return Sql.insert(
        em,
        "insert into person (given_name, family_name, date_of_birth, created_at, created_by)"
            + " values (?1, ?2, ?3, now(), 'test')",
        given,
        family,
        LocalDate.of(1990, 1, 1));
  }

  public long service(String agency) {
    return Sql.id(
        Sql.query(em, "select min(id) from service where agency_code = ?1", agency)
            .getSingleResult());
  }

  /** A referral sent at a moment, in a status, as the lifecycle would have left it. */
  public long sent(
      long person, String from, String to, String urgency, String status, Instant sentAt) {
    return Sql.insert(
        em,
        "insert into referral (person_id, service_id, from_agency, to_agency, urgency, reason,"
            + " status, sent_at, sent_by, status_changed_at, status_changed_by, created_at,"
            + " last_activity_at, decline_code, decline_reason, outcome) values (?1, ?2, ?3, ?4,"
            + " ?5, 'test', ?6, ?7, 'sender', ?7, 'sender', ?7, ?7, ?8, ?9, ?10)",
        person,
        service(to),
        from,
        to,
        urgency,
        status,
        sentAt,
        "DECLINED".equals(status) ? "NO_CAPACITY" : null,
        "DECLINED".equals(status) ? "Full" : null,
        status.endsWith("COMPLETED") ? "Done" : null);
  }

  /** Sets a column of a referral, as a lifecycle step would. */
  public void set(long referral, String column, Object value) {
    Sql.update(em, "update referral set " + column + " = ?1 where id = ?2", value, referral);
  }

  @Override
  public void close() throws Exception {
    em.close();
    jpa.close();
    postgres.close();
  }
}

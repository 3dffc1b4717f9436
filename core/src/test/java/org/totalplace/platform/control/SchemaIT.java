package org.totalplace.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.totalplace.directory.entity.Service;
import org.totalplace.person.entity.NewPerson;
import org.totalplace.person.entity.Person;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.referral.entity.Referral;
import org.totalplace.referral.entity.ReferralStatus;
import org.totalplace.referral.entity.Urgency;

/** The Flyway schema on a real PostgreSQL, and the JPA mappings and queries against it. */
class SchemaIT {

  static EmbeddedPostgres postgres;
  static EntityManagerFactory jpa;

  @BeforeAll
  static void migrate() throws Exception {
    postgres = EmbeddedPostgres.start();
    var first = DatabaseMigration.flyway(postgres.getPostgresDatabase()).migrate();
    assertThat(first.migrationsExecuted).isPositive();
    jpa =
        Persistence.createEntityManagerFactory(
            "totalplace",
            Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "jakarta.persistence.jdbc.user", "postgres",
                "eclipselink.logging.level", "WARNING"));
  }

  @AfterAll
  static void stop() throws Exception {
    jpa.close();
    postgres.close();
  }

  @Test
  void migratingAgainChangesNothing() {
    assertThat(
            DatabaseMigration.flyway(postgres.getPostgresDatabase()).migrate().migrationsExecuted)
        .isZero();
  }

  @Test
  void theEntitiesMapOntoTheMigratedSchemaAndTheInboxFindsANewReferral() {
    EntityManager em = jpa.createEntityManager();
    em.getTransaction().begin();
    Service drugAlcohol =
        em.createNamedQuery("Service.all", Service.class).getResultList().stream()
            .filter(s -> s.getAgency().getCode().equals("drug-alcohol"))
            .findFirst()
            .orElseThrow();
    Caller hana = new Caller("hana", "Hana", "housing", Set.of(Roles.FRONTLINE_WORKER));
    Person person =
        new Person(
            new NewPerson("Jordan", "Miles", LocalDate.of(1988, 4, 12), "ls11 5qp"),
            "hana",
            Instant.now());
    em.persist(person);
    Referral referral =
        new Referral(person, drugAlcohol, hana, Urgency.URGENT, "Asked for help", Instant.now());
    referral.send(hana, Instant.now(), Instant.now().plusSeconds(3600));
    em.persist(referral);
    em.getTransaction().commit();
    em.clear();

    var inbox =
        em.createNamedQuery("Referral.byIds", Referral.class)
            .setParameter("ids", java.util.List.of(referral.getId()))
            .getResultList();

    assertThat(inbox).extracting(Referral::getId).contains(referral.getId());
    Referral found = em.find(Referral.class, referral.getId());
    assertThat(found.getPerson().getPostcode()).isEqualTo("LS11 5QP");
    assertThat(found.getUrgency()).isEqualTo(Urgency.URGENT);
    assertThat(
            em.createNamedQuery("Referral.sentBy", Referral.class)
                .setParameter("agency", "drug-alcohol")
                .setParameter("draft", ReferralStatus.DRAFT)
                .getResultList())
        .isEmpty();
    em.close();
  }

  @Test
  void theDatabaseRefusesADeclineWithoutAReasonAndAReferralToTheSameAgency() throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection()) {
      var st = c.createStatement();
      st.execute(
          "insert into totalplace.person (given_name, family_name, date_of_birth, created_at,"
              + " created_by) values ('A', 'B', '1990-01-01', now(), 't')");
      String insert =
          "insert into totalplace.referral (person_id, service_id, from_agency, to_agency, urgency,"
              + " reason, status, sent_at, sent_by, status_changed_at, status_changed_by,"
              + " created_at, last_activity_at)"
              + " select max(p.id), 1, '%s', 'housing', 'ROUTINE', 'r', '%s', now(), 't', now(),"
              + " 't', now(), now() from totalplace.person p";
      assertThatThrownBy(() -> st.execute(insert.formatted("police", "DECLINED")))
          .hasMessageContaining("check");
      assertThatThrownBy(() -> st.execute(insert.formatted("housing", "SENT")))
          .hasMessageContaining("check");
    }
  }
}

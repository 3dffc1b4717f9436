package org.totalplace.webhook.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.totalplace.platform.control.DatabaseMigration;
import org.totalplace.platform.control.Sql;
import org.totalplace.webhook.entity.Delivery;
import org.totalplace.webhook.entity.DeliveryStatus;
import org.totalplace.webhook.entity.EventType;
import org.totalplace.webhook.entity.WebhookSubscription;

/** The outbox, the claim and the ledger's SQL on the migrated schema. */
class WebhookOutboxIT {

  static EmbeddedPostgres postgres;
  static EntityManagerFactory jpa;

  @BeforeAll
  static void migrate() throws Exception {
    postgres = EmbeddedPostgres.start();
    DatabaseMigration.flyway(postgres.getPostgresDatabase()).migrate();
    jpa =
        Persistence.createEntityManagerFactory(
            "totalplace",
            Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.url",
                    postgres.getJdbcUrl("postgres", "postgres") + "&currentSchema=totalplace",
                "jakarta.persistence.jdbc.user", "postgres",
                "eclipselink.logging.level", "WARNING"));
  }

  @AfterAll
  static void stop() throws Exception {
    jpa.close();
    postgres.close();
  }

  @Test
  void anEventFansOutToMatchingSubscriptionsAndIsRetriedThenDelivered() {
    EntityManager em = jpa.createEntityManager();
    Instant now = Instant.parse("2026-03-02T10:00:00Z");
    em.getTransaction().begin();
    long person =
        Sql.insert(
            em,
            "insert into person (given_name, family_name, date_of_birth, created_at, created_by)"
                + " values ('A', 'B', '1990-01-01', ?1, 't')",
            now);
    WebhookSubscription probation = subscribe(em, "probation", EventType.CIRCUMSTANCES_CHANGED);
    subscribe(em, "probation", EventType.REFERRAL_RECEIVED);
    subscribe(em, "police", EventType.CIRCUMSTANCES_CHANGED);
    Outbox outbox = new Outbox();
    outbox.em = em;
    outbox.person(EventType.CIRCUMSTANCES_CHANGED, person, List.of("probation", "health"), now);
    outbox.person(EventType.CIRCUMSTANCES_CHANGED, person, List.of("health"), now);
    em.getTransaction().commit();

    assertThat(count(em, "select count(*) from event_outbox where person_id = " + person))
        .as("only the event someone subscribed to is kept")
        .isEqualTo(1);
    assertThat(count(em, "select count(*) from webhook_delivery"))
        .as("one delivery, to the one matching subscription")
        .isEqualTo(1);

    DeliveryLedger ledger = new DeliveryLedger();
    ledger.em = em;
    em.getTransaction().begin();
    List<Due> due = ledger.claim(now, Duration.ofMinutes(2), 20);
    em.getTransaction().commit();
    assertThat(due).hasSize(1);
    assertThat(due.get(0).payload()).contains("/api/v1/persons/" + person).doesNotContain("\"B\"");
    em.getTransaction().begin();
    assertThat(ledger.claim(now, Duration.ofMinutes(2), 20)).as("leased").isEmpty();
    assertThat(ledger.record(due.get(0), 500, "The receiver answered 500", now, 12))
        .isEqualTo(DeliveryStatus.PENDING);
    em.getTransaction().commit();

    em.getTransaction().begin();
    assertThat(ledger.claim(now.plusSeconds(4), Duration.ofMinutes(2), 20)).isEmpty();
    List<Due> again = ledger.claim(now.plusSeconds(5), Duration.ofMinutes(2), 20);
    assertThat(again).hasSize(1);
    assertThat(again.get(0).attemptsMade()).isEqualTo(1);
    ledger.record(again.get(0), 204, null, now.plusSeconds(5), 8);
    em.getTransaction().commit();

    DeliveryHistory history = new DeliveryHistory();
    history.em = em;
    Delivery delivered = history.of("probation", DeliveryStatus.DELIVERED, 10).get(0);
    assertThat(delivered.getAttempts()).isEqualTo(2);
    assertThat(delivered.getSubscriptionId()).isEqualTo(probation.getId());
    assertThat(delivered.getLastStatus()).isEqualTo(204);
    assertThat(history.one("probation", delivered.getId()).orElseThrow().getHistory())
        .extracting(a -> a.getHttpStatus())
        .containsExactly(500, 204);
    assertThat(history.one("police", delivered.getId())).isEmpty();
    assertThat(history.of("police", null, 10)).isEmpty();
    em.close();
  }

  @Test
  void aDeliveryOutOfAttemptsIsDead() {
    EntityManager em = jpa.createEntityManager();
    Instant now = Instant.parse("2026-03-03T10:00:00Z");
    em.getTransaction().begin();
    long person =
        Sql.insert(
            em,
            "insert into person (given_name, family_name, date_of_birth, created_at, created_by)"
                + " values ('C', 'D', '1990-01-01', ?1, 't')",
            now);
    WebhookSubscription health = subscribe(em, "health", EventType.CIRCUMSTANCES_CHANGED);
    Outbox outbox = new Outbox();
    outbox.em = em;
    outbox.person(EventType.CIRCUMSTANCES_CHANGED, person, Set.of("health"), now);
    em.getTransaction().commit();

    DeliveryLedger ledger = new DeliveryLedger();
    ledger.em = em;
    em.getTransaction().begin();
    Due due =
        ledger.claim(now, Duration.ofMinutes(2), 20).stream()
            .filter(d -> d.url().equals(health.getUrl()))
            .findFirst()
            .orElseThrow();
    Due onlyOnce = new Due(due.id(), due.eventId(), due.url(), due.secret(), due.payload(), 0, 1);
    assertThat(ledger.record(onlyOnce, null, "Could not connect to the receiver", now, 3))
        .isEqualTo(DeliveryStatus.DEAD);
    em.getTransaction().commit();
    assertThat(
            count(
                em,
                "select count(*) from webhook_delivery where status = 'DEAD'"
                    + " and next_attempt_at is null and id = "
                    + due.id()))
        .isEqualTo(1);
    em.close();
  }

  private static WebhookSubscription subscribe(EntityManager em, String agency, EventType type) {
    WebhookSubscription s =
        new WebhookSubscription(
            agency,
            agency + "-system",
            "https://" + agency + ".example.org/" + type.getWireName(),
            Set.of(type),
            8,
            Signature.newSecret(),
            Instant.now());
    em.persist(s);
    em.flush();
    return s;
  }

  private static long count(EntityManager em, String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }
}

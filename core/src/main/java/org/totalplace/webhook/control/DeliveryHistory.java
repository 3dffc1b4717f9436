package org.totalplace.webhook.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.totalplace.platform.control.Sql;
import org.totalplace.webhook.entity.Attempt;
import org.totalplace.webhook.entity.Delivery;
import org.totalplace.webhook.entity.DeliveryStatus;

/** Reads one agency's deliveries; the agency is always part of the query, never a filter after. */
@Stateless
public class DeliveryHistory {

  static final String COLUMNS =
      "select d.id, cast(e.id as varchar), e.type, e.occurred_at, e.referral_id, e.person_id,"
          + " d.subscription_id, s.url, d.status,"
          + " (select count(*) from webhook_attempt a where a.delivery_id = d.id),"
          + " d.next_attempt_at, d.last_attempt_at, d.last_status, d.last_error, d.delivered_at,"
          + " d.replays from webhook_delivery d join event_outbox e on e.id = d.event_id"
          + " join webhook_subscription s on s.id = d.subscription_id where d.agency = ?1";

  @PersistenceContext EntityManager em;

  public List<Delivery> of(String agency, DeliveryStatus status, int limit) {
    return Sql.rows(
            em,
            COLUMNS
                + " and (cast(?2 as varchar) is null or d.status = cast(?2 as varchar))"
                + " order by d.created_at desc, d.id desc limit "
                + limit,
            agency,
            status == null ? null : status.name())
        .stream()
        .map(DeliveryHistory::delivery)
        .toList();
  }

  public Optional<Delivery> one(String agency, long id) {
    return Sql.rows(em, COLUMNS + " and d.id = ?2", agency, id).stream()
        .findFirst()
        .map(r -> delivery(r).withHistory(attempts(id)));
  }

  private List<Attempt> attempts(long deliveryId) {
    return Sql.rows(
            em,
            "select attempted_at, http_status, error, duration_ms from webhook_attempt"
                + " where delivery_id = ?1 order by attempted_at, id",
            deliveryId)
        .stream()
        .map(
            r ->
                new Attempt(
                    Sql.instant(r[0]),
                    r[1] == null ? null : ((Number) r[1]).intValue(),
                    Sql.text(r[2]),
                    ((Number) r[3]).intValue()))
        .toList();
  }

  private static Delivery delivery(Object[] r) {
    return new Delivery(
        Sql.id(r[0]),
        Sql.text(r[1]),
        Sql.text(r[2]),
        Sql.instant(r[3]),
        Sql.nullableId(r[4]),
        Sql.nullableId(r[5]),
        Sql.id(r[6]),
        Sql.text(r[7]),
        Sql.constant(DeliveryStatus.class, r[8]),
        ((Number) r[9]).intValue(),
        Sql.instant(r[10]),
        Sql.instant(r[11]),
        r[12] == null ? null : ((Number) r[12]).intValue(),
        Sql.text(r[13]),
        Sql.instant(r[14]),
        ((Number) r[15]).intValue(),
        null);
  }
}

package org.totalplace.webhook.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.totalplace.platform.control.Sql;
import org.totalplace.webhook.entity.DeliveryStatus;

/**
 * The dispatcher's short transactions. Claiming takes due rows with {@code for update skip locked}
 * (two app instances never take the same row) and leases them by moving their next attempt on, so
 * no lock or transaction is held while a receiver is slow. If the instance dies mid-send, the lease
 * runs out and the delivery is tried again: at least once, which the webhook-id lets receivers
 * spot.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryLedger {

  static final int MAX_ERROR = 500;

  @PersistenceContext EntityManager em;

  public List<Due> claim(Instant now, Duration lease, int batch) {
    return Sql.rows(
            em,
            "with due as (select id from webhook_delivery where status = 'PENDING'"
                + " and next_attempt_at <= ?1 order by next_attempt_at limit ?3"
                + " for update skip locked)"
                + " update webhook_delivery d set next_attempt_at = ?2, version = d.version + 1"
                + " from due, webhook_subscription s, event_outbox e"
                + " where d.id = due.id and s.id = d.subscription_id and e.id = d.event_id"
                + " returning d.id, cast(e.id as varchar), s.url, s.secret, e.payload,"
                + " d.attempts, s.max_attempts",
            now,
            now.plus(lease),
            batch)
        .stream()
        .map(
            r ->
                new Due(
                    Sql.id(r[0]),
                    Sql.text(r[1]),
                    Sql.text(r[2]),
                    Sql.text(r[3]),
                    Sql.text(r[4]),
                    ((Number) r[5]).intValue(),
                    ((Number) r[6]).intValue()))
        .toList();
  }

  /**
   * Writes the attempt into the history and moves the delivery on: delivered on a 2xx, otherwise
   * due again after the back-off, or dead when its attempts are used up.
   */
  public DeliveryStatus record(
      Due due, Integer httpStatus, String error, Instant at, int durationMs) {
    String why = error == null ? null : shorten(error);
    Sql.update(
        em,
        "insert into webhook_attempt (delivery_id, attempted_at, http_status, error, duration_ms)"
            + " values (?1, ?2, cast(?3 as integer), cast(?4 as varchar), ?5)",
        due.id(),
        at,
        httpStatus,
        why,
        durationMs);
    int made = due.attemptsMade() + 1;
    boolean delivered = httpStatus != null && httpStatus >= 200 && httpStatus < 300;
    Optional<Duration> wait = delivered ? Optional.empty() : Backoff.after(made, due.maxAttempts());
    DeliveryStatus status =
        delivered
            ? DeliveryStatus.DELIVERED
            : wait.isPresent() ? DeliveryStatus.PENDING : DeliveryStatus.DEAD;
    Sql.update(
        em,
        "update webhook_delivery set status = ?2, attempts = ?3,"
            + " next_attempt_at = cast(?4 as timestamptz), last_attempt_at = ?5,"
            + " last_status = cast(?6 as integer), last_error = cast(?7 as varchar),"
            + " delivered_at = cast(?8 as timestamptz), version = version + 1"
            + " where id = ?1 and status = 'PENDING'",
        due.id(),
        status,
        made,
        wait.map(at::plus).orElse(null),
        at,
        httpStatus,
        why,
        delivered ? at : null);
    return status;
  }

  static String shorten(String text) {
    return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
  }
}

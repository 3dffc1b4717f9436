package org.totalplace.idempotency.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.totalplace.idempotency.entity.Answer;
import org.totalplace.idempotency.entity.KeyReused;
import org.totalplace.platform.control.Sql;

/**
 * Claims an Idempotency-Key for a write and keeps the write's answer. Both run in the write's own
 * transaction (MANDATORY), so the key exists exactly when the work does: a rolled-back write leaves
 * the key free, and a concurrent retry waits on the key's row until the first commits, then gets
 * its answer.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class IdempotentRequests {

  /** How long a key is remembered: retries come within minutes, a day covers an outage. */
  static final String KEPT = "24 hours";

  @PersistenceContext EntityManager em;

  /**
   * The earlier answer for this client's key, or empty when the key is new (and now taken by this
   * transaction). A key reused for a different request is refused.
   */
  public Optional<Answer> claim(String client, String key, String fingerprint) {
    int taken =
        Sql.update(
            em,
            "insert into idempotent_request (client, idempotency_key, fingerprint, status)"
                + " values (?1, ?2, ?3, 0) on conflict do nothing",
            client,
            key,
            fingerprint);
    if (taken == 1) {
      return Optional.empty();
    }
    List<Object[]> earlier =
        Sql.rows(
            em,
            "select fingerprint, status, location, etag, body from idempotent_request"
                + " where client = ?1 and idempotency_key = ?2",
            client,
            key);
    Object[] row = earlier.get(0);
    if (!fingerprint.equals(row[0])) {
      throw new KeyReused();
    }
    return Optional.of(
        new Answer(
            ((Number) row[1]).intValue(), Sql.text(row[2]), Sql.text(row[3]), Sql.text(row[4])));
  }

  /** Keeps the answer of the write that claimed the key. */
  public void answer(String client, String key, Answer answer) {
    Sql.update(
        em,
        "update idempotent_request set status = ?3, location = ?4, etag = ?5, body = ?6"
            + " where client = ?1 and idempotency_key = ?2",
        client,
        key,
        answer.status(),
        answer.location(),
        answer.etag(),
        answer.body());
  }

  /** Forgets keys older than a day, hourly. */
  @Schedule(hour = "*", minute = "23", persistent = false)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void forgetOldKeys() {
    Sql.update(
        em, "delete from idempotent_request where created_at < now() - cast(?1 as interval)", KEPT);
  }
}

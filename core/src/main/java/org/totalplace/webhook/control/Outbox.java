package org.totalplace.webhook.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import org.totalplace.platform.control.Sql;
import org.totalplace.webhook.entity.EventType;

/**
 * Writes an event, and one pending delivery per matching subscription, in the caller's transaction:
 * if the change rolls back, no event was ever there to send. An event nobody subscribes to is not
 * written at all, so the outbox grows only with what will be sent.
 */
@Stateless
public class Outbox {

  /** Subscriptions of the concerned agencies (?2) to the event's type (?1). */
  static final String SUBSCRIBED =
      "s.active and s.agency = any(string_to_array(?2, ','))"
          + " and ?1 = any(string_to_array(s.event_types, ','))";

  @PersistenceContext EntityManager em;

  /** A referral's step, for both agencies: the ids, a link, and the data given (no free text). */
  public void referral(
      EventType type,
      long referralId,
      String fromAgency,
      String toAgency,
      Map<String, Object> data,
      Instant at) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("referralId", referralId);
    fields.put("referral", "/api/v1/referrals/" + referralId);
    fields.put("fromAgency", fromAgency);
    fields.put("toAgency", toAgency);
    fields.putAll(data);
    raise(type, referralId, null, List.of(fromAgency, toAgency), fields, at);
  }

  /** Something about a person, for the agencies given (those involved with them). */
  public void person(EventType type, long personId, Collection<String> agencies, Instant at) {
    raise(
        type,
        null,
        personId,
        agencies,
        Map.of("personId", personId, "person", "/api/v1/persons/" + personId),
        at);
  }

  void raise(
      EventType type,
      Long referralId,
      Long personId,
      Collection<String> agencies,
      Map<String, Object> data,
      Instant at) {
    String concerned =
        String.join(",", new TreeSet<>(agencies.stream().filter(Objects::nonNull).toList()));
    if (concerned.isEmpty()) {
      return;
    }
    String id = UUID.randomUUID().toString();
    int written =
        Sql.update(
            em,
            "insert into event_outbox (id, type, occurred_at, referral_id, person_id, agencies,"
                + " payload) select cast(?3 as uuid), ?1, ?4, cast(?5 as bigint),"
                + " cast(?6 as bigint), string_to_array(?2, ','), ?7"
                + " where exists (select 1 from webhook_subscription s where "
                + SUBSCRIBED
                + ")",
            type.getWireName(),
            concerned,
            id,
            at,
            referralId,
            personId,
            EventPayload.of(id, type, at, data));
    if (written == 1) {
      Sql.update(
          em,
          "insert into webhook_delivery (event_id, subscription_id, agency, status,"
              + " next_attempt_at, created_at) select cast(?3 as uuid), s.id, s.agency,"
              + " 'PENDING', ?4, ?4 from webhook_subscription s where "
              + SUBSCRIBED,
          type.getWireName(),
          concerned,
          id,
          at);
    }
  }
}

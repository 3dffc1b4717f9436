package org.totalplace.webhook.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.control.Sql;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.webhook.control.DeliveryHistory;
import org.totalplace.webhook.control.Signature;
import org.totalplace.webhook.control.SubscriptionCheck;
import org.totalplace.webhook.control.WebhookTargetSettings;
import org.totalplace.webhook.entity.Delivery;
import org.totalplace.webhook.entity.DeliveryStatus;
import org.totalplace.webhook.entity.NewSubscription;
import org.totalplace.webhook.entity.WebhookSubscription;

/**
 * An agency's webhooks: its systems subscribe and remove subscriptions; its systems and its admins
 * read the delivery history and send dead deliveries again. Nobody sees another agency's
 * subscriptions or deliveries: they are "not found". Every change is audited.
 */
@Stateless
public class Webhooks {

  /** Enough for every system of an agency; a bound on what one token can make us send. */
  static final int MAX_SUBSCRIPTIONS = 20;

  static final int MAX_LISTED = 200;

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject DeliveryHistory history;

  @Inject WebhookTargetSettings targets;

  Clock clock = Clock.systemUTC();

  /** The new subscription; its secret is readable now and never shown again. */
  public WebhookSubscription subscribe(Caller caller, NewSubscription request) {
    require(caller);
    SubscriptionCheck.Checked checked = SubscriptionCheck.check(request, targets.targets());
    if (list(caller).size() >= MAX_SUBSCRIPTIONS) {
      throw new Conflict(
          "Your agency already has "
              + MAX_SUBSCRIPTIONS
              + " webhook subscriptions. Remove one you no longer use first.");
    }
    WebhookSubscription subscription =
        new WebhookSubscription(
            caller.getAgency(),
            caller.getUsername(),
            checked.url(),
            checked.events(),
            checked.maxAttempts(),
            Signature.newSecret(),
            clock.instant());
    em.persist(subscription);
    em.flush();
    audit.record(
        caller,
        "WEBHOOK_SUBSCRIBED",
        "webhook-subscription",
        subscription.getId(),
        shorten(String.join(",", subscription.getEvents()) + " to " + checked.url()));
    return subscription;
  }

  /** The agency's active subscriptions, secrets left for the caller not to read out. */
  public List<WebhookSubscription> list(Caller caller) {
    require(caller);
    return em.createNamedQuery("WebhookSubscription.activeOf", WebhookSubscription.class)
        .setParameter("agency", caller.getAgency())
        .getResultList();
  }

  /**
   * Stops a subscription; what was still waiting to be sent goes to the dead-letter list, and
   * cannot be sent again unless someone subscribes afresh.
   */
  public void remove(Caller caller, long id, Integer expectedVersion) {
    require(caller);
    WebhookSubscription subscription = em.find(WebhookSubscription.class, id);
    if (subscription == null
        || !caller.belongsTo(subscription.getAgency())
        || !subscription.isActive()) {
      throw new NotFound("Your agency has no webhook subscription " + id);
    }
    if (expectedVersion != null && expectedVersion != subscription.getVersion()) {
      throw Conflict.staleVersion("This subscription has changed since you read it");
    }
    Instant now = clock.instant();
    subscription.remove(caller.getUsername(), now);
    int stopped =
        Sql.update(
            em,
            "update webhook_delivery set status = 'DEAD', next_attempt_at = null,"
                + " last_error = 'The subscription was removed', version = version + 1"
                + " where subscription_id = ?1 and status = 'PENDING'",
            id);
    audit.record(
        caller,
        "WEBHOOK_REMOVED",
        "webhook-subscription",
        id,
        stopped == 0 ? null : stopped + " waiting deliveries stopped");
  }

  /** The agency's deliveries, newest first; all of them, or those with one status. */
  public List<Delivery> deliveries(Caller caller, DeliveryStatus status) {
    require(caller);
    return history.of(caller.getAgency(), status, MAX_LISTED);
  }

  /** One delivery with every attempt made. */
  public Delivery delivery(Caller caller, long id) {
    require(caller);
    return history
        .one(caller.getAgency(), id)
        .orElseThrow(() -> new NotFound("Your agency has no webhook delivery " + id));
  }

  /**
   * Puts a dead delivery back in the queue, due now, with a fresh round of attempts; the attempts
   * so far stay in its history. Only one of two people pressing at once gets it: the other is told
   * it is no longer dead.
   */
  public Delivery replay(Caller caller, long id) {
    Delivery dead = delivery(caller, id);
    if (dead.getStatus() != DeliveryStatus.DEAD) {
      throw new Conflict(
          "Delivery "
              + id
              + " is not in the dead-letter list: it is "
              + dead.getStatus().getLabel().toLowerCase());
    }
    int replayed =
        Sql.update(
            em,
            "update webhook_delivery d set status = 'PENDING', attempts = 0,"
                + " next_attempt_at = ?3, replays = replays + 1, version = version + 1"
                + " where d.id = ?1 and d.agency = ?2 and d.status = 'DEAD' and exists"
                + " (select 1 from webhook_subscription s where s.id = d.subscription_id"
                + " and s.active)",
            id,
            caller.getAgency(),
            clock.instant());
    if (replayed == 0) {
      throw new Conflict(
          "Delivery "
              + id
              + " cannot be sent again: its subscription was removed or someone already sent it"
              + " again. Reload to see where it stands.");
    }
    audit.record(caller, "WEBHOOK_REPLAYED", "webhook-delivery", id, dead.getEventType());
    return delivery(caller, id);
  }

  /** An agency's own systems (frontline or team-lead roles) and its admins; nobody else. */
  static void require(Caller caller) {
    if (caller.getAgency() == null
        || !(caller.worksWithPeople() || caller.hasRole(Roles.AGENCY_ADMIN))) {
      throw new NotAllowed("Only an agency's systems and its admins can manage its webhooks");
    }
  }

  private static String shorten(String text) {
    return text.length() <= 500 ? text : text.substring(0, 499) + "…";
  }
}

package org.totalplace.web.webhook;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.web.platform.Pages;
import org.totalplace.webhook.boundary.Webhooks;
import org.totalplace.webhook.entity.Delivery;
import org.totalplace.webhook.entity.DeliveryStatus;
import org.totalplace.webhook.entity.WebhookSubscription;

/**
 * Which of the agency's systems hear of which events, how the recent deliveries went, and the
 * dead-letter list, each of which the agency admin can send again.
 */
@Named
@ViewScoped
public class AgencyWebhooks implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Webhooks webhooks;
  @Inject Caller me;

  private List<WebhookSubscription> subscriptions;
  private List<Delivery> recent;
  private List<Delivery> dead;

  /** Only the agency's admin: the data-protection officer may reach /admin but not this page. */
  public void load() {
    if (!me.hasRole(Roles.AGENCY_ADMIN) || me.getAgency() == null) {
      Pages.sendError(403, "Only an agency admin can look after the agency's webhooks");
      return;
    }
    try {
      subscriptions = webhooks.list(me);
      recent = webhooks.deliveries(me, null);
      dead = webhooks.deliveries(me, DeliveryStatus.DEAD);
    } catch (NotAllowed e) {
      Pages.sendError(403, e.getMessage());
    }
  }

  /** Puts a dead delivery back in the queue; the dispatcher sends it within seconds. */
  public String sendAgain(Delivery delivery) {
    try {
      webhooks.replay(me, delivery.getId());
      Pages.done(
          "Delivery "
              + delivery.getId()
              + " ("
              + delivery.getEventType()
              + ") will be sent again in the next few seconds");
      return "/admin/webhooks.xhtml?faces-redirect=true";
    } catch (Conflict | NotFound | NotAllowed e) {
      Pages.error(e.getMessage());
    }
    return null;
  }

  /** What the event is about, by id: the page shows no names, as the events carry none. */
  public String about(Delivery d) {
    return d.getReferralId() != null
        ? "Referral " + d.getReferralId()
        : "Person " + d.getPersonId();
  }

  /** The receiver's last answer, or why there was none. */
  public String answer(Delivery d) {
    if (d.getLastAttemptAt() == null) {
      return "Not tried yet";
    }
    if (d.getLastError() != null) {
      return d.getLastError();
    }
    return d.getLastStatus() == null ? "" : "HTTP " + d.getLastStatus();
  }

  public List<WebhookSubscription> getSubscriptions() {
    return subscriptions;
  }

  public List<Delivery> getRecent() {
    return recent;
  }

  public List<Delivery> getDead() {
    return dead;
  }
}

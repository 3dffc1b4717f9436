package org.totalplace.referral.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.totalplace.platform.control.Sql;
import org.totalplace.platform.entity.Caller;
import org.totalplace.referral.entity.Referral;
import org.totalplace.referral.entity.ReferralEvent;
import org.totalplace.referral.entity.ReferralStatus;
import org.totalplace.webhook.control.Outbox;
import org.totalplace.webhook.entity.EventType;

/**
 * The dated, attributed steps of each referral. Every step passes through here, so this is also
 * where the steps other systems subscribe to become events, in the step's own transaction.
 */
@Stateless
public class ReferralHistory {

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;

  public void record(
      Referral referral, Caller by, String action, ReferralStatus from, String note, Instant at) {
    Sql.update(
        em,
        "insert into referral_event (referral_id, at, username, display_name, agency, action,"
            + " from_status, to_status, note) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        referral.getId(),
        at,
        by.getUsername(),
        by.getDisplayName(),
        by.getAgency(),
        action,
        from == null ? null : from.name(),
        referral.getStatus().name(),
        note);
    EventType type = eventFor(action, from);
    if (type != null) {
      outbox.referral(
          type,
          referral.getId(),
          referral.getFromAgency(),
          referral.getToAgency(),
          data(referral, action),
          at);
    }
  }

  /** The event a step raises, if any; a draft thrown away was never the receiver's business. */
  static EventType eventFor(String action, ReferralStatus from) {
    return switch (action) {
      case "SENT" -> EventType.REFERRAL_RECEIVED;
      case "ACCEPTED" -> EventType.REFERRAL_ACCEPTED;
      case "DECLINED" -> EventType.REFERRAL_DECLINED;
      case "COMPLETED", "NOT_COMPLETED" -> EventType.REFERRAL_COMPLETED;
      case "WITHDRAWN" -> from == ReferralStatus.DRAFT ? null : EventType.REFERRAL_WITHDRAWN;
      default -> null;
    };
  }

  /** The status and outcome as codes; people's words stay behind the API's access rules. */
  private static Map<String, Object> data(Referral referral, String action) {
    String status = referral.getStatus().name();
    return switch (action) {
      case "COMPLETED" -> Map.of("status", status, "outcome", "completed");
      case "NOT_COMPLETED" -> Map.of("status", status, "outcome", "not-completed");
      default -> Map.of("status", status);
    };
  }

  public List<ReferralEvent> of(long referralId) {
    return Sql.rows(
            em,
            "select at, display_name, agency, action, from_status, to_status, note"
                + " from referral_event where referral_id = ?1 order by at, id",
            referralId)
        .stream()
        .map(
            r ->
                new ReferralEvent(
                    Sql.instant(r[0]),
                    Sql.text(r[1]),
                    Sql.text(r[2]),
                    Sql.text(r[3]),
                    Sql.constant(ReferralStatus.class, r[4]),
                    Sql.constant(ReferralStatus.class, r[5]),
                    Sql.text(r[6])))
        .toList();
  }
}

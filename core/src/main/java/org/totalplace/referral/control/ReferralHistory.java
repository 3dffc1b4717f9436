package org.totalplace.referral.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.totalplace.platform.control.Sql;
import org.totalplace.platform.entity.Caller;
import org.totalplace.referral.entity.Referral;
import org.totalplace.referral.entity.ReferralEvent;
import org.totalplace.referral.entity.ReferralStatus;

/** The dated, attributed steps of each referral. */
@Stateless
public class ReferralHistory {

  @PersistenceContext EntityManager em;

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

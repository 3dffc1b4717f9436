package org.totalplace.referral.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.totalplace.platform.control.Sql;
import org.totalplace.platform.entity.Caller;
import org.totalplace.sharing.entity.Sensitivity;

/**
 * Puts a referral or pathway step into the person's chronology, as sensitive as the service it is
 * about; the reasons stay with the referral, seen only by the two agencies.
 */
@Stateless
public class Chronicle {

  @PersistenceContext EntityManager em;

  public void add(
      long personId, Caller caller, Sensitivity sensitivity, String summary, Instant at) {
    Sql.update(
        em,
        "insert into entry (person_id, agency, kind, sensitivity, summary, occurred_at,"
            + " recorded_at, recorded_by) values (?1, ?2, 'REFERRAL', ?3, ?4, ?5, ?5, ?6)",
        personId,
        caller.getAgency(),
        sensitivity,
        summary,
        at,
        caller.getDisplayName());
  }
}

package org.totalplace.referral.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.totalplace.platform.control.Access;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.referral.entity.Referral;

/** Finds a referral the caller may know about, and checks a page is not acting on a stale one. */
@Stateless
public class ReferralFinder {

  @PersistenceContext EntityManager em;

  public Referral visible(Caller caller, long id) {
    Access.requireCaseworker(caller);
    Referral referral =
        em.createNamedQuery("Referral.byId", Referral.class)
            .setParameter("id", id)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (referral == null || !referral.isVisibleTo(caller)) {
      // The same answer whether it does not exist or is not the caller's to know about.
      throw new NotFound("There is no referral with id " + id);
    }
    return referral;
  }

  /** A referral to act on, as the page that shows it saw it ({@code null} skips the check). */
  public Referral actionable(Caller caller, long id, Integer expectedVersion) {
    Referral referral = visible(caller, id);
    if (expectedVersion != null && expectedVersion != referral.getVersion()) {
      throw Conflict.staleVersion(
          "Someone else has changed this referral since you opened it: it is now "
              + referral.getStatus().getLabel().toLowerCase()
              + ". Reload it and try again.");
    }
    return referral;
  }
}

package org.totalplace.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.totalplace.person.boundary.TellUsOnce;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.referral.boundary.Referrals;

/** The links and counts shown in the navigation, so work waiting is visible from every page. */
@Named
@RequestScoped
public class Navigation {

  @Inject Caller me;
  @Inject Referrals referrals;
  @Inject TellUsOnce tellUsOnce;

  private Long waiting;

  /** Referrals awaiting our decision plus unread changes and requests. */
  public long getWaiting() {
    if (waiting == null) {
      waiting = referrals.countAwaitingDecision(me) + tellUsOnce.countUnread(me);
    }
    return waiting;
  }

  public boolean isWorksWithPeople() {
    return me.worksWithPeople();
  }

  public boolean isOfficer() {
    return me.hasRole(Roles.DATA_PROTECTION_OFFICER);
  }

  public boolean isAdmin() {
    return me.hasRole(Roles.AGENCY_ADMIN);
  }

  public boolean isRecordKeeper() {
    return me.looksAfterRecords();
  }
}

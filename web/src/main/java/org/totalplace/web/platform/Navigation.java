package org.totalplace.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.totalplace.counts.boundary.WorkCounting;
import org.totalplace.counts.entity.WorkCounts;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;

/** The links and counts shown in the navigation, so work waiting is visible from every page. */
@Named
@RequestScoped
public class Navigation {

  @Inject Caller me;
  @Inject WorkCounting counting;

  private WorkCounts work;

  /** Unread notices: changes, requests for access, referral news and escalations. */
  public long getUnread() {
    return getWork().getUnread();
  }

  /**
   * What waits for the caller (their own work, what nobody has taken on, what is late, pathway
   * steps, notices), read once per request from the counters.
   */
  public WorkCounts getWork() {
    if (work == null) {
      work = counting.of(me);
    }
    return work;
  }

  public boolean isWorksWithPeople() {
    return me.worksWithPeople();
  }

  public boolean isTeamLead() {
    return me.hasRole(Roles.TEAM_LEAD) && me.getAgency() != null;
  }

  public boolean isOfficer() {
    return me.hasRole(Roles.DATA_PROTECTION_OFFICER);
  }

  public boolean isAdmin() {
    return me.hasRole(Roles.AGENCY_ADMIN);
  }

  /** Analysts, agency admins and team leads see what the place's work is counted at. */
  public boolean isCostReader() {
    return me.hasRole(Roles.ANALYST) || me.hasRole(Roles.AGENCY_ADMIN) || isTeamLead();
  }

  /** Where the site's name and a fresh login take someone: the first page their job gives them. */
  public String getHome() {
    return home(me);
  }

  static String home(Caller caller) {
    boolean onlyCounts =
        caller.hasRole(Roles.ANALYST)
            && caller.getRoles().stream()
                .allMatch(r -> r.equals(Roles.ANALYST) || !Roles.ALL.contains(r));
    return onlyCounts ? "/counting/place.xhtml" : "/index.xhtml";
  }

  public boolean isRecordKeeper() {
    return me.looksAfterRecords();
  }
}

package org.totalplace.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.totalplace.person.boundary.TellUsOnce;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.referral.boundary.WorkQueues;
import org.totalplace.referral.entity.QueueCounts;

/** The links and counts shown in the navigation, so work waiting is visible from every page. */
@Named
@RequestScoped
public class Navigation {

  @Inject Caller me;
  @Inject WorkQueues queues;
  @Inject TellUsOnce tellUsOnce;

  private Long unread;
  private QueueCounts work;

  /** Unread notices: changes, requests for access, referral news and escalations. */
  public long getUnread() {
    if (unread == null) {
      unread = tellUsOnce.countUnread(me);
    }
    return unread;
  }

  /** What waits in the caller's queues: their own work and what nobody has taken on. */
  public QueueCounts getWork() {
    if (work == null) {
      work = queues.counts(me);
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

  public boolean isRecordKeeper() {
    return me.looksAfterRecords();
  }
}

package org.totalplace.web.person;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.totalplace.person.boundary.AccessRequests;
import org.totalplace.person.boundary.TellUsOnce;
import org.totalplace.person.entity.Notice;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.web.platform.Pages;

/** What our agency has been told: changes of circumstances and requests for access. */
@Named
@ViewScoped
public class AgencyNotices implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TellUsOnce tellUsOnce;
  @Inject AccessRequests accessRequests;
  @Inject Caller me;

  private List<Notice> unread;
  private final Map<Long, String> whys = new HashMap<>();

  public List<Notice> getUnread() {
    if (unread == null) {
      unread = tellUsOnce.unread(me);
    }
    return unread;
  }

  /** Team leads answer requests for access; everyone else reads them. */
  public boolean isCanDecide() {
    return me.hasRole(Roles.TEAM_LEAD);
  }

  /** The reason typed to refuse each request, by notice id. */
  public Map<Long, String> getWhys() {
    return whys;
  }

  public void grant(Notice notice) {
    try {
      accessRequests.grant(me, notice.accessRequestId());
      Pages.done(
          "Access granted to "
              + notice.personName()
              + "'s record for "
              + notice.createdBy()
              + "'s agency; they have been told");
    } catch (Conflict | NotAllowed | NotFound e) {
      Pages.error(e.getMessage());
    }
    unread = null;
  }

  public void refuse(Notice notice) {
    try {
      accessRequests.refuse(me, notice.accessRequestId(), whys.get(notice.id()));
      Pages.done("Access refused; " + notice.createdBy() + " has been told why");
    } catch (InvalidInput problems) {
      Pages.fieldError(
          "notices:unread:" + rowOf(notice) + ":why", problems.getProblems().get(0).getMessage());
    } catch (Conflict | NotAllowed | NotFound e) {
      Pages.error(e.getMessage());
    }
    unread = null;
  }

  private int rowOf(Notice notice) {
    return getUnread().indexOf(notice);
  }

  public void markRead(long id) {
    try {
      tellUsOnce.markRead(me, id);
      Pages.done("Marked as read");
    } catch (NotFound e) {
      Pages.error("Someone in your team has already marked that as read");
    }
    unread = null;
  }
}

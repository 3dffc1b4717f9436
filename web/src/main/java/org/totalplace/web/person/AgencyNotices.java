package org.totalplace.web.person;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.totalplace.person.boundary.TellUsOnce;
import org.totalplace.person.entity.Notice;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.web.platform.Pages;

/** What our agency has been told: changes of circumstances and requests for access. */
@Named
@ViewScoped
public class AgencyNotices implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TellUsOnce tellUsOnce;
  @Inject Caller me;

  private List<Notice> unread;

  public List<Notice> getUnread() {
    if (unread == null) {
      unread = tellUsOnce.unread(me);
    }
    return unread;
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

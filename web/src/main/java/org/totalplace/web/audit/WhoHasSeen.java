package org.totalplace.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.totalplace.audit.boundary.AuditReview;
import org.totalplace.audit.entity.AuditEvent;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.staff.boundary.StaffList;
import org.totalplace.web.platform.Pages;

/** For the data-protection officer: everyone who has looked at or changed one person's record. */
@Named
@ViewScoped
public class WhoHasSeen implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AuditReview review;
  @Inject StaffList staff;
  @Inject Caller me;

  private String id;
  private long personId;
  private List<AuditEvent> events;
  private Map<String, String> names = Map.of();

  public void load() {
    Long chosen = Pages.idFrom(id);
    if (chosen == null) {
      Pages.sendError(HttpServletResponse.SC_NOT_FOUND, "No person was chosen");
      return;
    }
    try {
      events = review.whoHasSeen(me, chosen);
      names = staff.names(events.stream().map(AuditEvent::getUsername).toList());
      personId = chosen;
    } catch (NotFound e) {
      Pages.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public long getPersonId() {
    return personId;
  }

  /** Who acted, by name and login: the name to read, the login to be sure which account. */
  public String who(AuditEvent event) {
    String name = names.get(event.getUsername());
    return name == null ? event.getUsername() : name + " (" + event.getUsername() + ")";
  }

  public List<AuditEvent> getEvents() {
    return events;
  }
}

package org.totalplace.web.lead;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.totalplace.caseload.boundary.Caseloads;
import org.totalplace.caseload.entity.CaseItem;
import org.totalplace.caseload.entity.Selected;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.staff.boundary.StaffList;
import org.totalplace.staff.entity.StaffMember;
import org.totalplace.web.platform.Pages;

/**
 * Ticking items of a list and moving them to a worker of the team with a reason: the part the
 * worker's list and the unallocated list share. Items keep the versions the page loaded, so a move
 * over someone else's change is refused, not applied.
 */
abstract class Reassignment implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Caseloads caseloads;
  @Inject StaffList staff;
  @Inject Caller me;

  private final Map<String, Boolean> selected = new HashMap<>();
  private String assignee;
  private String reason;
  private List<StaffMember> colleagues;

  /** The items as the page shows them. */
  abstract List<CaseItem> getItems();

  /** Where to go after a move, so the list is read afresh. */
  abstract String afterMove();

  public void selectAll() {
    getItems().forEach(i -> selected.put(i.getKey(), Boolean.TRUE));
  }

  public void selectNone() {
    selected.clear();
  }

  public String move() {
    assignee =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("assignee");
    List<Selected> chosen =
        getItems().stream()
            .filter(i -> Boolean.TRUE.equals(selected.get(i.getKey())))
            .map(i -> new Selected(i.getKey(), i.getVersion()))
            .toList();
    try {
      int moved = caseloads.reassign(me, chosen, assignee, reason);
      String to =
          colleagues().stream()
              .filter(m -> m.username().equals(assignee))
              .map(StaffMember::displayName)
              .findFirst()
              .orElse(assignee);
      Pages.done(
          moved + (moved == 1 ? " item" : " items") + " moved to " + to + ", who has been told");
      return afterMove();
    } catch (InvalidInput problems) {
      Pages.show("move", problems);
    } catch (Conflict | NotAllowed | NotFound e) {
      Pages.error(e.getMessage() + " Nothing was moved.");
    } catch (EJBTransactionRolledbackException e) {
      Pages.error("Someone else changed this work at the same moment. Nothing was moved: reload.");
    }
    return null;
  }

  public List<StaffMember> colleagues() {
    if (colleagues == null) {
      colleagues = staff.colleaguesOf(me.getAgency());
    }
    return colleagues;
  }

  public List<StaffMember> getColleagues() {
    return colleagues();
  }

  public Map<String, Boolean> getSelected() {
    return selected;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}

package org.totalplace.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.totalplace.audit.boundary.AuditReview;
import org.totalplace.audit.entity.ChainCheck;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.entity.Caller;
import org.totalplace.sharing.boundary.BreakGlasses;
import org.totalplace.sharing.entity.BreakGlass;
import org.totalplace.staff.boundary.StaffList;
import org.totalplace.web.platform.Pages;

/** The data-protection officer's desk: break-glass reviews and the audit trail's integrity. */
@Named
@ViewScoped
public class DataProtection implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject BreakGlasses glass;
  @Inject AuditReview review;
  @Inject Caller me;
  @Inject StaffList staff;

  private List<BreakGlass> waiting;
  private List<BreakGlass> reviewed;
  private final Map<Long, String> notes = new HashMap<>();
  private ChainCheck check;
  private Long personId;
  private Map<String, String> names;

  public List<BreakGlass> getWaiting() {
    if (waiting == null) {
      waiting = glass.awaitingReview(me);
    }
    return waiting;
  }

  public List<BreakGlass> getReviewed() {
    if (reviewed == null) {
      reviewed = glass.reviewed(me);
    }
    return reviewed;
  }

  /** Who broke the glass, by name and login, looked up once for both lists. */
  public String who(BreakGlass g) {
    if (names == null) {
      List<String> logins = new java.util.ArrayList<>();
      getWaiting().forEach(w -> logins.add(w.username()));
      getReviewed().forEach(r -> logins.add(r.username()));
      names = staff.names(logins);
    }
    String name = names.get(g.username());
    return name == null ? g.username() : name + " (" + g.username() + ")";
  }

  public void review(long id, int version, boolean justified) {
    try {
      glass.review(
          me,
          id,
          justified ? BreakGlass.Review.JUSTIFIED : BreakGlass.Review.NOT_JUSTIFIED,
          notes.get(id),
          version);
      Pages.done("Review recorded");
      waiting = null;
      reviewed = null;
      names = null;
    } catch (InvalidInput problems) {
      Pages.error(problems.getMessage());
    } catch (Conflict e) {
      Pages.error(e.getMessage());
      waiting = null;
    }
  }

  public void verify() {
    check = review.verify(me);
  }

  public String seen() {
    if (personId == null) {
      Pages.fieldError("seen:personId", "Enter a record number");
      return null;
    }
    return "/dpo/seen.xhtml?faces-redirect=true&id=" + personId;
  }

  public Map<Long, String> getNotes() {
    return notes;
  }

  /** How long the oldest entry waiting to be sealed had waited when the check ran, in seconds. */
  public long getSealingWait() {
    return check == null ? 0 : check.waitedSeconds(java.time.Instant.now());
  }

  public ChainCheck getCheck() {
    return check;
  }

  public Long getPersonId() {
    return personId;
  }

  public void setPersonId(Long personId) {
    this.personId = personId;
  }
}

package org.totalplace.web.referral;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.referral.boundary.ResponseTargets;
import org.totalplace.referral.entity.ResponseTarget;
import org.totalplace.web.platform.Pages;

/** The response targets by priority, which agency admins change without a redeploy. */
@Named
@ViewScoped
public class TargetSettings implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ResponseTargets targets;
  @Inject Caller me;

  private List<ResponseTarget> rows;

  public List<ResponseTarget> getRows() {
    if (rows == null) {
      rows = targets.all();
    }
    return rows;
  }

  /** Saves one row as edited, checked against the version the page loaded. */
  public String save(ResponseTarget row) {
    try {
      targets.change(
          me,
          row.getUrgency(),
          row.getAcknowledgeMinutes(),
          row.getWarnBeforeMinutes(),
          row.getSenderEscalationMinutes(),
          row.getInactivityDays(),
          row.getVersion());
      Pages.done("The " + row.getUrgency().getLabel().toLowerCase() + " target is saved");
      return "/admin/targets.xhtml?faces-redirect=true";
    } catch (InvalidInput problems) {
      problems.getProblems().forEach(p -> Pages.error(p.getMessage()));
    } catch (Conflict | NotAllowed e) {
      Pages.error(e.getMessage());
    } catch (EJBTransactionRolledbackException e) {
      Pages.error("Someone else saved this target at the same moment. Reload the page.");
    }
    return null;
  }

  public boolean isAdmin() {
    return me.hasRole(Roles.AGENCY_ADMIN);
  }
}

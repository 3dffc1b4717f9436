package org.totalplace.web.lead;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.totalplace.caseload.boundary.WorkloadSettings;
import org.totalplace.caseload.entity.ContractedHours;
import org.totalplace.caseload.entity.Weights;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.web.platform.Pages;

/**
 * How work is weighed in the caller's agency: admins change the points, the full-time week and each
 * worker's contracted hours; team leads read them to understand their dashboard.
 */
@Named
@ViewScoped
public class WorkloadMeasure implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject WorkloadSettings settings;
  @Inject Caller me;

  private Weights weights;
  private List<ContractedHours> hours;

  public void load() {
    try {
      weights = settings.of(me);
      hours = isAdmin() ? settings.hours(me) : List.of();
    } catch (NotAllowed e) {
      Pages.sendError(403, e.getMessage());
    }
  }

  public String save() {
    try {
      settings.change(me, weights);
      Pages.done("The workload measure is saved; the dashboard uses it from now on");
      return "/lead/workload.xhtml?faces-redirect=true";
    } catch (InvalidInput problems) {
      Pages.show("measure", problems);
    } catch (Conflict | NotAllowed e) {
      Pages.error(e.getMessage());
    } catch (EJBTransactionRolledbackException e) {
      Pages.error("Someone else saved the measure at the same moment. Reload the page.");
    }
    return null;
  }

  public String saveHours(ContractedHours row) {
    try {
      settings.changeHours(me, row.getUsername(), row.getHours(), row.getVersion());
      Pages.done(row.getDisplayName() + "'s hours are saved");
      return "/lead/workload.xhtml?faces-redirect=true";
    } catch (InvalidInput problems) {
      problems
          .getProblems()
          .forEach(p -> Pages.error(row.getDisplayName() + ": " + p.getMessage()));
    } catch (Conflict | NotAllowed | NotFound e) {
      Pages.error(e.getMessage());
    }
    return null;
  }

  public boolean isAdmin() {
    return me.hasRole(Roles.AGENCY_ADMIN);
  }

  public Weights getWeights() {
    return weights;
  }

  public List<ContractedHours> getHours() {
    return hours;
  }
}

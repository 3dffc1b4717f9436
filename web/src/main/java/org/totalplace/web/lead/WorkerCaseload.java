package org.totalplace.web.lead;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.totalplace.caseload.entity.CaseItem;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.staff.entity.StaffMember;
import org.totalplace.web.platform.Pages;

/** One worker's open work, for a team lead to look into and move, one item or all of it. */
@Named
@ViewScoped
public class WorkerCaseload extends Reassignment {
  private static final long serialVersionUID = 1L;

  private String worker;
  private String workerName;
  private List<CaseItem> items;

  public void load() {
    try {
      items = caseloads.heldBy(me, worker);
      workerName = staff.member(worker).map(StaffMember::displayName).orElse(worker);
    } catch (NotAllowed e) {
      Pages.sendError(403, e.getMessage());
    } catch (NotFound e) {
      Pages.sendError(404, e.getMessage());
    }
  }

  @Override
  public List<CaseItem> getItems() {
    return items == null ? List.of() : items;
  }

  @Override
  String afterMove() {
    return "/lead/worker.xhtml?faces-redirect=true&worker=" + worker;
  }

  /** Everyone else in the team: the work is moving away from this worker. */
  @Override
  public List<StaffMember> getColleagues() {
    return colleagues().stream().filter(m -> !m.username().equals(worker)).toList();
  }

  public String getWorker() {
    return worker;
  }

  public void setWorker(String worker) {
    this.worker = worker;
  }

  public String getWorkerName() {
    return workerName;
  }
}

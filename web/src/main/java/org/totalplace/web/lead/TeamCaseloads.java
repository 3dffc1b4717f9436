package org.totalplace.web.lead;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.totalplace.caseload.boundary.Caseloads;
import org.totalplace.caseload.entity.CaseItem;
import org.totalplace.caseload.entity.WorkerLoad;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.web.platform.Pages;

/**
 * The team caseload dashboard: who carries how much against their capacity, what is overdue or due
 * soon, and the work nobody holds, which can be given out from here.
 */
@Named
@ViewScoped
public class TeamCaseloads extends Reassignment {
  private static final long serialVersionUID = 1L;

  private List<WorkerLoad> team;
  private List<WorkerLoad> workers;
  private List<CaseItem> unallocated;
  private long unallocatedCount;
  private Caseloads.DueTotals due = new Caseloads.DueTotals(0, 0, 0);
  private String find;
  private String show = "all";

  /** Loads the figures, or answers 403 to anyone but a team lead. */
  public void load() {
    try {
      Caseloads.Dashboard dashboard = caseloads.dashboard(me);
      team = dashboard.team();
      workers = null;
      unallocated = dashboard.unallocated();
      due = dashboard.due();
      unallocatedCount = due.unallocated();
    } catch (NotAllowed e) {
      Pages.sendError(403, e.getMessage());
    }
  }

  /**
   * The team as filtered: by part of a name, and to those over capacity or with overdue work. One
   * list for the view, which PrimeFaces sorts in place: it must be mutable and must survive the
   * sort request, so it is kept until the team or the filter changes.
   */
  public List<WorkerLoad> getWorkers() {
    if (workers == null) {
      workers = new ArrayList<>(filtered());
    }
    return workers;
  }

  private List<WorkerLoad> filtered() {
    if (team == null) {
      return List.of();
    }
    String part = find == null ? "" : find.strip().toLowerCase(Locale.UK);
    return team.stream()
        .filter(w -> w.getDisplayName().toLowerCase(Locale.UK).contains(part))
        .filter(
            w ->
                switch (show) {
                  case "over" -> w.getPercent() >= WorkerLoad.NEAR_FULL;
                  case "overdue" -> w.getOverdue() > 0;
                  default -> true;
                })
        .toList();
  }

  /** All the work nobody holds, though the list shows only the most pressing hundred. */
  public long getUnallocatedCount() {
    return unallocatedCount;
  }

  public long getOverCapacity() {
    return team == null ? 0 : team.stream().filter(w -> w.getPercent() > 100).count();
  }

  /** The team's overdue items, whoever holds them or if nobody does (the rows flag the same). */
  public long getOverdue() {
    return due.overdue();
  }

  public long getDueSoon() {
    return due.dueSoon();
  }

  /** Workload as a share of capacity, one bar a worker, coloured by how full they are. */
  public String getChart() {
    List<WorkerLoad> workers = getWorkers();
    return Charts.bars(
        workers.stream().map(WorkerLoad::getDisplayName).toList(),
        "Workload, % of capacity",
        true,
        new Charts.Series(
            "Workload %",
            Charts.BLUE,
            workers.stream().map(WorkerLoad::getPercent).toList(),
            workers.stream()
                .map(
                    w ->
                        switch (w.getLevel()) {
                          case "over" -> Charts.RED;
                          case "near" -> Charts.ORANGE;
                          default -> Charts.GREEN;
                        })
                .toList()));
  }

  /** A summary of the chart for screen readers. */
  public String getChartSummary() {
    return "Workload as a percentage of capacity: "
        + String.join(
            ", ",
            getWorkers().stream()
                .map(w -> w.getDisplayName() + " " + w.getPercent() + "%")
                .toList());
  }

  @Override
  public List<CaseItem> getItems() {
    return unallocated == null ? List.of() : unallocated;
  }

  @Override
  String afterMove() {
    return "/lead/caseloads.xhtml?faces-redirect=true";
  }

  public String getFind() {
    return find;
  }

  public void setFind(String find) {
    this.find = find;
    workers = null;
  }

  public String getShow() {
    return show;
  }

  public void setShow(String show) {
    this.show = show == null ? "all" : show;
    workers = null;
  }
}

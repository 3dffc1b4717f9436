package org.totalplace.web.lead;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.totalplace.caseload.entity.CaseItem;
import org.totalplace.caseload.entity.WorkerLoad;
import org.totalplace.export.entity.Table;
import org.totalplace.flow.entity.Declines;
import org.totalplace.flow.entity.Handoffs;
import org.totalplace.flow.entity.LateSteps;
import org.totalplace.flow.entity.WeekPoint;
import org.totalplace.referral.entity.DeclineReason;
import org.totalplace.web.platform.Formats;

/** The lists and figures of the team pages as tables, for files; one method per list. */
@ApplicationScoped
public class LeadTables {

  @Inject Formats formats;

  public Table team(List<WorkerLoad> team) {
    Table table =
        new Table(
            "Team caseloads",
            List.of(
                "Worker",
                "Contracted hours",
                "Open referrals",
                "Pathways led",
                "Points",
                "Capacity (points)",
                "Workload %",
                "Overdue",
                "Due soon",
                "Last active"));
    for (WorkerLoad w : team) {
      table.row(
          w.getDisplayName(),
          w.getContractedHours(),
          w.getReferrals(),
          w.getPathways(),
          w.getPoints(),
          w.getCapacity(),
          w.getPercent(),
          w.getOverdue(),
          w.getDueSoon(),
          w.getLastActive());
    }
    return table;
  }

  public Table items(String name, List<CaseItem> items) {
    Table table =
        new Table(
            name,
            List.of(
                "Item",
                "Person",
                "What",
                "Risk",
                "Points",
                "State",
                "Held by",
                "Due",
                "Overdue",
                "Last activity"));
    for (CaseItem i : items) {
      table.row(
          i.getKey(),
          i.getPersonName(),
          i.getWhat(),
          i.getTier().getLabel(),
          i.getPoints(),
          i.getState(),
          i.getHolderName(),
          i.getDueAt(),
          i.isOverdue() ? "Yes" : "No",
          i.getLastActivity());
    }
    return table;
  }

  public Table handoffs(String name, List<Handoffs> rows) {
    Table table =
        new Table(
            name,
            List.of(
                "From",
                "To",
                "Service",
                "Sent",
                "Acknowledged",
                "Hours to acknowledge (median)",
                "Hours to acknowledge (90th percentile)",
                "Accepted",
                "Hours to accept (median)",
                "Hours to accept (90th percentile)",
                "First contact",
                "Hours to first contact (median)",
                "Hours to first contact (90th percentile)",
                "Hours with nobody on it (median)",
                "Hours with nobody on it (90th percentile)",
                "Declined",
                "Bounced"));
    for (Handoffs h : rows) {
      if (h.isSuppressed()) {
        table.row(
            formats.agency(h.getFromAgency()),
            formats.agency(h.getToAgency()),
            h.getServiceName(),
            "fewer than 5",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
        continue;
      }
      table.row(
          formats.agency(h.getFromAgency()),
          formats.agency(h.getToAgency()),
          h.getServiceName(),
          h.getSent(),
          h.getAcknowledged().getCount(),
          h.getAcknowledged().getMedian(),
          h.getAcknowledged().getP90(),
          h.getAccepted().getCount(),
          h.getAccepted().getMedian(),
          h.getAccepted().getP90(),
          h.getFirstContact().getCount(),
          h.getFirstContact().getMedian(),
          h.getFirstContact().getP90(),
          h.getUnowned().getMedian(),
          h.getUnowned().getP90(),
          h.getDeclined(),
          h.getBounced());
    }
    return table;
  }

  public Table weeks(List<WeekPoint> weeks) {
    Table table =
        new Table(
            "Weekly trend",
            List.of(
                "Week starting",
                "From",
                "To",
                "Sent",
                "Hours to acknowledge (median)",
                "Hours to accept (median)"));
    for (WeekPoint w : weeks) {
      table.row(
          w.week(),
          w.fromAgency() == null ? "All" : formats.agency(w.fromAgency()),
          w.toAgency() == null ? "All" : formats.agency(w.toAgency()),
          w.sent(),
          w.medianAcknowledgeHours(),
          w.medianAcceptHours());
    }
    return table;
  }

  public Table declines(List<Declines> declines) {
    Table table = new Table("Declines by reason", List.of("From", "To", "Reason", "Declined"));
    for (Declines d : declines) {
      table.row(
          formats.agency(d.fromAgency()),
          formats.agency(d.toAgency()),
          reason(d.reason()),
          d.count());
    }
    return table;
  }

  public Table lateSteps(List<LateSteps> steps) {
    Table table =
        new Table(
            "Pathway steps due",
            List.of("Step for", "Pathway led by", "Due", "In place on time", "Late or missing"));
    for (LateSteps s : steps) {
      table.row(
          formats.agency(s.agency()),
          formats.agency(s.leadAgency()),
          s.due(),
          s.onTime(),
          s.late());
    }
    return table;
  }

  static String reason(String code) {
    try {
      return DeclineReason.valueOf(code).getLabel();
    } catch (IllegalArgumentException | NullPointerException e) {
      return String.valueOf(code);
    }
  }
}

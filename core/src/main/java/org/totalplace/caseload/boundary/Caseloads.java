package org.totalplace.caseload.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.caseload.control.CaseloadRows;
import org.totalplace.caseload.control.TeamFigures;
import org.totalplace.caseload.entity.CaseItem;
import org.totalplace.caseload.entity.Selected;
import org.totalplace.caseload.entity.WorkerLoad;
import org.totalplace.notice.control.NoticeBoard;
import org.totalplace.pathway.boundary.Pathways;
import org.totalplace.pathway.control.PathwayNotices;
import org.totalplace.pathway.entity.Pathway;
import org.totalplace.platform.control.FieldProblem;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.referral.boundary.WorkQueues;
import org.totalplace.referral.control.ReferralNotices;
import org.totalplace.referral.entity.Referral;
import org.totalplace.staff.boundary.StaffList;
import org.totalplace.staff.entity.StaffMember;

/**
 * A team lead's view of their team: who carries how much, what is overdue, what nobody holds; and
 * moving work between the team's workers, one item or a whole caseload at once, in one transaction.
 * The team is the lead's agency.
 */
@Stateless
public class Caseloads {

  static final int MAX_REASON = 500;

  @Inject CaseloadRows rows;
  @Inject TeamFigures teamFigures;
  @Inject StaffList staff;
  @Inject WorkQueues queues;
  @Inject Pathways pathways;
  @Inject ReferralNotices referralNotices;
  @Inject PathwayNotices pathwayNotices;
  @Inject NoticeBoard board;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  /**
   * Each worker's totals, at most a minute old; no one citizen is named, so nothing is disclosed.
   */
  public List<WorkerLoad> team(Caller caller) {
    requireTeamLead(caller);
    return figures(caller).team();
  }

  /** One worker's open work, each item named and so recorded as seen. */
  public List<CaseItem> heldBy(Caller caller, String username) {
    requireTeamLead(caller);
    StaffMember worker =
        staff
            .member(username == null ? "" : username)
            .filter(m -> caller.belongsTo(m.agency()))
            .orElseThrow(
                () -> new NotFound("There is nobody called " + username + " in your team"));
    return listed(caller, rows.heldBy(caller.getAgency(), worker.username(), clock.instant()));
  }

  /** Work of the team that nobody active holds. */
  public List<CaseItem> unallocated(Caller caller) {
    requireTeamLead(caller);
    return listed(caller, rows.unallocated(caller.getAgency(), clock.instant()));
  }

  /**
   * The whole dashboard in one transaction: the team's totals (read once, for the table and the
   * tiles), the work nobody holds and the due tiles, instead of three calls that each read the
   * team's figures again.
   */
  public Dashboard dashboard(Caller caller) {
    requireTeamLead(caller);
    TeamFigures.Kept figures = figures(caller);
    Instant now = clock.instant();
    List<CaseItem> nobodysWork = listed(caller, rows.unallocated(caller.getAgency(), now));
    return new Dashboard(
        figures.team(),
        nobodysWork,
        dueTotals(figures, rows.unallocatedCount(caller.getAgency(), now)));
  }

  /** What the team caseload page shows. */
  public record Dashboard(List<WorkerLoad> team, List<CaseItem> unallocated, DueTotals due) {}

  /**
   * The team's overdue and due-soon items, held or not, by the one rule of {@link
   * org.totalplace.referral.control.WhenDue}: the workers' part from the same kept totals as the
   * team table, the part nobody holds counted now, as the list of that work is read now, so each
   * tile equals the rows the page flags.
   */
  private static DueTotals dueTotals(TeamFigures.Kept figures, TeamFigures.Unallocated nobody) {
    return new DueTotals(
        figures.team().stream().mapToLong(WorkerLoad::getOverdue).sum() + nobody.overdue(),
        figures.team().stream().mapToLong(WorkerLoad::getDueSoon).sum() + nobody.dueSoon(),
        nobody.count());
  }

  /** Overdue and due-soon items of a whole team. */
  public record DueTotals(long overdue, long dueSoon, long unallocated)
      implements java.io.Serializable {}

  private TeamFigures.Kept figures(Caller caller) {
    String agency = caller.getAgency();
    String signature = rows.teamSignature(agency);
    return teamFigures.of(
        agency, signature, now -> new TeamFigures.Kept(now, signature, rows.team(agency, now)));
  }

  /**
   * Moves the selected referrals and pathways to one worker of the team, with a reason. All move or
   * none does: one stale or closed item rolls the whole batch back. The worker finds each item in
   * their inbox and gets one email for the batch.
   */
  public int reassign(Caller caller, List<Selected> selected, String toUsername, String reason) {
    requireTeamLead(caller);
    List<FieldProblem> problems = new ArrayList<>();
    if (selected == null || selected.isEmpty()) {
      problems.add(new FieldProblem("items", "Choose at least one case or referral to move"));
    }
    if (reason == null || reason.isBlank()) {
      problems.add(new FieldProblem("reason", "Say why the work is moving"));
    } else if (reason.length() > MAX_REASON) {
      problems.add(
          new FieldProblem("reason", "Keep the reason to " + MAX_REASON + " characters or fewer"));
    }
    if (toUsername == null || toUsername.isBlank()) {
      problems.add(new FieldProblem("assignee", "Choose who the work goes to"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    StaffMember worker = queues.teamMember(caller, toUsername);
    String why = reason.strip();
    int referrals = 0;
    int pathwaysLed = 0;
    for (Selected item : selected) {
      long id = idOf(item.key());
      if (item.key().startsWith("referral-")) {
        Referral referral = queues.give(caller, id, worker, why, item.version());
        referralNotices.tellWorkerInApp(
            referral,
            worker.username(),
            "Referral " + id + " was moved to you by " + caller.getDisplayName() + ": " + why);
        referrals++;
      } else {
        Pathway pathway = pathways.handOver(caller, id, worker, why, item.version());
        pathwayNotices.tellWorkerInApp(
            pathway,
            worker.username(),
            "You now lead pathway "
                + id
                + ", moved to you by "
                + caller.getDisplayName()
                + ": "
                + why);
        pathwaysLed++;
      }
    }
    teamFigures.forgetOnceDone(caller.getAgency());
    String what = describe(referrals, pathwaysLed);
    board.emailWorker(
        worker.username(),
        what,
        "/work.xhtml",
        caller.getDisplayName() + " moved " + what + " to you. The reason given: " + why);
    audit.record(
        caller,
        "CASELOAD_REASSIGNED",
        "staff",
        null,
        what + " to " + worker.username() + ": " + why);
    return referrals + pathwaysLed;
  }

  private static long idOf(String key) {
    String digits =
        key == null
            ? ""
            : key.startsWith("referral-")
                ? key.substring("referral-".length())
                : key.startsWith("pathway-") ? key.substring("pathway-".length()) : "";
    if (!digits.matches("\\d{1,18}")) {
      throw InvalidInput.of("items", "Choose cases and referrals from the list");
    }
    return Long.parseLong(digits);
  }

  /** "2 referrals and 1 pathway", for the email and the audit. */
  static String describe(int referrals, int pathwaysLed) {
    List<String> parts = new ArrayList<>();
    if (referrals > 0) {
      parts.add(referrals + (referrals == 1 ? " referral" : " referrals"));
    }
    if (pathwaysLed > 0) {
      parts.add(pathwaysLed + (pathwaysLed == 1 ? " pathway" : " pathways"));
    }
    return String.join(" and ", parts);
  }

  private List<CaseItem> listed(Caller caller, List<CaseItem> items) {
    audit.recordAll(
        caller,
        "CASELOAD_LISTED",
        items.stream()
            .map(
                item ->
                    new AuditTrail.Listed(
                        item.isReferral() ? "referral" : "person",
                        item.isReferral() ? item.getId() : item.getPersonId(),
                        item.isReferral() ? null : "pathway " + item.getId(),
                        null))
            .toList());
    return items;
  }

  static void requireTeamLead(Caller caller) {
    if (!caller.hasRole(Roles.TEAM_LEAD) || caller.getAgency() == null) {
      throw new NotAllowed("Only team leads see and move their team's caseloads");
    }
  }
}

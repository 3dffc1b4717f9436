package org.totalplace.web.referral;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.directory.entity.Service;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.referral.boundary.ReferralSteps;
import org.totalplace.referral.boundary.Referrals;
import org.totalplace.referral.boundary.WorkQueues;
import org.totalplace.referral.entity.DeclineReason;
import org.totalplace.referral.entity.Referral;
import org.totalplace.referral.entity.ReferralEvent;
import org.totalplace.referral.entity.ReferralStatus;
import org.totalplace.staff.boundary.StaffList;
import org.totalplace.staff.entity.StaffMember;
import org.totalplace.web.platform.Pages;

/**
 * One referral as either agency sees it, with the steps the viewer may take now. Every step sends
 * the version the page showed, so acting on a stale page is refused, never applied.
 */
@Named
@ViewScoped
public class ReferralDetails implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A lock conflict at commit: someone else saved this referral in the same moment. */
  static final String CHANGED_MEANWHILE =
      "Someone else changed this referral at the same moment. Nothing was saved: reload it.";

  @Inject Referrals referrals;
  @Inject ReferralSteps steps;
  @Inject WorkQueues queues;
  @Inject StaffList staff;
  @Inject Directory directory;
  @Inject Caller me;

  /** As typed in the address bar: checked in load(), so a bad one is a 404, not an empty page. */
  private String id;

  private Referral referral;
  private List<ReferralEvent> history;
  private DeclineReason declineCode;
  private String text;
  private String declineReason;
  private String question;
  private String answer;
  private String withdrawReason;
  private String outcome;
  private boolean completed = true;
  private String assignee;
  private String assignReason;
  private Long rerouteServiceId;

  public void load() {
    Long chosen = Pages.idFrom(id);
    if (chosen == null) {
      Pages.sendError(HttpServletResponse.SC_NOT_FOUND, "No referral was chosen");
      return;
    }
    try {
      referral = referrals.find(me, chosen);
      history = referrals.history(me, chosen);
    } catch (NotFound e) {
      Pages.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
    } catch (NotAllowed e) {
      Pages.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
    }
  }

  public String send() {
    return act("send", () -> referrals.sendDraft(me, referral.getId(), version()), "sent");
  }

  public String acknowledge() {
    return act("steps", () -> steps.acknowledge(me, referral.getId(), version()), "acknowledged");
  }

  public String accept() {
    return act("steps", () -> steps.accept(me, referral.getId(), version()), "accepted");
  }

  public String decline() {
    return act(
        "decline",
        () -> steps.decline(me, referral.getId(), declineCode, declineReason, version()),
        "declined");
  }

  public String askForInformation() {
    return act(
        "ask",
        () -> steps.askForInformation(me, referral.getId(), question, version()),
        "asked for more information on");
  }

  public String provideInformation() {
    return act(
        "answer",
        () -> steps.provideInformation(me, referral.getId(), answer, version()),
        "answered the question on");
  }

  public String start() {
    return act(
        "steps", () -> steps.start(me, referral.getId(), version()), "recorded first contact on");
  }

  public String complete() {
    return act(
        "complete",
        () -> steps.complete(me, referral.getId(), completed, outcome, version()),
        "closed");
  }

  public String withdraw() {
    return act(
        "withdraw",
        () -> steps.withdraw(me, referral.getId(), withdrawReason, version()),
        "withdrew");
  }

  public String claim() {
    return act("work", () -> queues.claim(me, referral.getId(), version()), "took on");
  }

  public String handBack() {
    return act("work", () -> queues.handBack(me, referral.getId(), version()), "handed back");
  }

  public String assign() {
    return act(
        "assign",
        () -> queues.assign(me, referral.getId(), assignee, assignReason, version()),
        "reassigned");
  }

  public String reroute() {
    if (rerouteServiceId == null) {
      Pages.fieldError("reroute:serviceId", "Choose the service to send it to");
      return null;
    }
    return act(
        "reroute",
        () -> referrals.reroute(me, referral.getId(), rerouteServiceId, text, version()),
        "sent on");
  }

  /** Runs one step; on success reloads this referral (or the new one), else says why here. */
  private String act(String form, Supplier<Referral> step, String done) {
    try {
      Referral after = step.get();
      Pages.done("You " + done + " the referral for " + referral.getPerson().getFullName());
      return "/referral.xhtml?faces-redirect=true&id=" + after.getId();
    } catch (InvalidInput problems) {
      Pages.show(form, problems);
    } catch (Conflict | NotAllowed e) {
      Pages.error(e.getMessage());
    } catch (EJBTransactionRolledbackException e) {
      Pages.error(CHANGED_MEANWHILE);
    }
    return null;
  }

  private Integer version() {
    return referral.getVersion();
  }

  public boolean isSender() {
    return referral != null && referral.isSentBy(me);
  }

  public boolean isReceiver() {
    return referral != null && referral.isReceivedBy(me);
  }

  public boolean is(String status) {
    return referral != null && referral.getStatus() == ReferralStatus.valueOf(status);
  }

  public boolean isOpen() {
    return referral != null && referral.getStatus().isOpen();
  }

  public boolean isMine() {
    return referral != null && me.getUsername().equals(referral.getAssignee());
  }

  public boolean isTeamLead() {
    return me.hasRole(Roles.TEAM_LEAD);
  }

  /** By the same rule as My work and the caseloads (WorkQueues asks WhenDue), once per page. */
  public boolean isOverdue() {
    if (overdue == null) {
      overdue = referral != null && queues.isOverdue(referral.getId());
    }
    return overdue;
  }

  private Boolean overdue;

  public List<StaffMember> getColleagues() {
    return staff.colleaguesOf(me.getAgency());
  }

  public List<Service> getOtherServices() {
    return directory.servicesOutside(me.getAgency()).stream()
        .filter(s -> referral == null || !s.getId().equals(referral.getService().getId()))
        .filter(Service::isAcceptingReferrals)
        .toList();
  }

  public DeclineReason[] getDeclineReasons() {
    return DeclineReason.values();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Referral getReferral() {
    return referral;
  }

  /** Where the referral is, as a plain list of steps with the current one marked. */
  public List<WhereItIs.Step> getSteps() {
    return referral == null || history == null
        ? List.of()
        : WhereItIs.steps(referral.getStatus(), history);
  }

  public List<ReferralEvent> getHistory() {
    return history;
  }

  public DeclineReason getDeclineCode() {
    return declineCode;
  }

  public void setDeclineCode(DeclineReason declineCode) {
    this.declineCode = declineCode;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public void setDeclineReason(String declineReason) {
    this.declineReason = declineReason;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public String getWithdrawReason() {
    return withdrawReason;
  }

  public void setWithdrawReason(String withdrawReason) {
    this.withdrawReason = withdrawReason;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public boolean isCompleted() {
    return completed;
  }

  public void setCompleted(boolean completed) {
    this.completed = completed;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public String getAssignReason() {
    return assignReason;
  }

  public void setAssignReason(String assignReason) {
    this.assignReason = assignReason;
  }

  public Long getRerouteServiceId() {
    return rerouteServiceId;
  }

  public void setRerouteServiceId(Long rerouteServiceId) {
    this.rerouteServiceId = rerouteServiceId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}

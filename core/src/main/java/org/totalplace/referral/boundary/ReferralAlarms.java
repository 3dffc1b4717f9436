package org.totalplace.referral.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.flowable.engine.delegate.DelegateExecution;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.platform.control.Sql;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Words;
import org.totalplace.referral.control.ReferralHistory;
import org.totalplace.referral.control.ReferralNotices;
import org.totalplace.referral.entity.Referral;
import org.totalplace.referral.entity.ReferralStatus;
import org.totalplace.workflows.StepClock;

/**
 * What the referral process's timers do: warn the assignee before a target, tell the receiving team
 * leads when it passes, then the sending team leads, and catch accepted referrals nobody touches.
 * Each alarm first checks the referral is still at that step: nothing is said about a step already
 * taken.
 */
@Named("referralClocks")
@Stateless
public class ReferralAlarms {

  /** Who the audit and the history name when the platform itself acts. */
  public static final Caller CLOCK =
      new Caller("totalplace", "Totalplace response clock", null, Set.of());

  @PersistenceContext EntityManager em;
  @Inject ReferralNotices notices;
  @Inject ReferralHistory history;
  @Inject AuditTrail audit;
  @Inject ResponseTargets targets;

  Clock clock = Clock.systemUTC();

  /**
   * Each firing of a step's one timer: the first warns, the second marks it overdue, the third
   * tells the sender. (Referrals sent before the model had one timer still call the three below.)
   */
  public void ring(DelegateExecution execution, String step) {
    switch (StepClock.rung(execution, step)) {
      case WARN -> warn(execution, step);
      case OVERDUE -> overdue(execution, step);
      case ESCALATE -> escalateToSender(execution, step);
    }
  }

  public void warn(DelegateExecution execution, String step) {
    Referral referral = at(execution, step);
    if (referral == null) {
      return;
    }
    String message =
        describe(referral) + " must be " + verb(step) + " by " + Words.moment(referral.getDueAt());
    if (referral.getAssignee() != null) {
      notices.tellWorker(referral, referral.getAssignee(), referral.getToAgency(), message);
    } else {
      notices.tellAgency(referral, referral.getToAgency(), message);
    }
    noted(referral, "WARNED", message);
  }

  public void overdue(DelegateExecution execution, String step) {
    Referral referral = at(execution, step);
    if (referral == null) {
      return;
    }
    String message =
        describe(referral)
            + " was not "
            + verb(step)
            + " by its target, "
            + Words.moment(referral.getDueAt());
    notices.tellTeamLeads(referral, referral.getToAgency(), message);
    noted(referral, "OVERDUE", message);
  }

  public void escalateToSender(DelegateExecution execution, String step) {
    Referral referral = at(execution, step);
    if (referral == null) {
      return;
    }
    String message =
        describe(referral)
            + ", sent by your agency, is still not "
            + verb(step)
            + " since its target, "
            + Words.moment(referral.getDueAt());
    notices.tellTeamLeads(referral, referral.getFromAgency(), message);
    noted(referral, "ESCALATED_TO_SENDER", message);
  }

  /** Runs daily on accepted referrals; speaks up once per quiet spell longer than the target. */
  public void checkInactivity(DelegateExecution execution) {
    Referral referral = em.find(Referral.class, referralId(execution));
    if (referral == null
        || (referral.getStatus() != ReferralStatus.ACCEPTED
            && referral.getStatus() != ReferralStatus.IN_PROGRESS)) {
      return;
    }
    Instant now = clock.instant();
    int days = targets.of(referral.getUrgency()).getInactivityDays();
    if (referral.getLastActivityAt().plus(Duration.ofDays(days)).isAfter(now)) {
      return;
    }
    boolean alreadySaid =
        !Sql.rows(
                em,
                "select 1 from referral_event where referral_id = ?1 and action = 'INACTIVE'"
                    + " and at >= ?2",
                referral.getId(),
                referral.getLastActivityAt())
            .isEmpty();
    if (alreadySaid) {
      return;
    }
    String message = describe(referral) + " has had no recorded activity for " + days + " days";
    if (referral.getAssignee() != null) {
      notices.tellWorker(referral, referral.getAssignee(), referral.getToAgency(), message);
    }
    notices.tellTeamLeads(referral, referral.getToAgency(), message);
    noted(referral, "INACTIVE", message);
  }

  /** The referral, if it is still waiting at the step whose clock this is. */
  private Referral at(DelegateExecution execution, String step) {
    Referral referral = em.find(Referral.class, referralId(execution));
    if (referral == null) {
      return null;
    }
    ReferralStatus waiting =
        "acknowledge".equals(step) ? ReferralStatus.SENT : ReferralStatus.RECEIVED;
    return referral.getStatus() == waiting ? referral : null;
  }

  private static long referralId(DelegateExecution execution) {
    return ((Number) execution.getVariable("referralId")).longValue();
  }

  private static String verb(String step) {
    return "acknowledge".equals(step) ? "acknowledged" : "accepted or declined";
  }

  private static String describe(Referral referral) {
    return "Referral "
        + referral.getId()
        + " to "
        + referral.getService().getName()
        + " ("
        + referral.getUrgency().getLabel().toLowerCase()
        + ")";
  }

  private void noted(Referral referral, String action, String message) {
    history.record(referral, CLOCK, action, null, message, clock.instant());
    audit.record(CLOCK, "REFERRAL_" + action, "referral", referral.getId(), null);
  }
}

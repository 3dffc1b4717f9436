package org.totalplace.referral.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.FieldProblem;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.platform.entity.Words;
import org.totalplace.referral.entity.ResponseTarget;
import org.totalplace.referral.entity.Urgency;

/**
 * The place-wide response targets by priority. Agencies agree them together; any agency admin may
 * change them, under audit. A change applies to referrals sent from then on: a referral keeps the
 * clock it was sent with, so nobody's deadline moves under them.
 */
@Stateless
public class ResponseTargets {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  public List<ResponseTarget> all() {
    return em.createNamedQuery("ResponseTarget.all", ResponseTarget.class).getResultList();
  }

  public ResponseTarget of(Urgency urgency) {
    return em.find(ResponseTarget.class, urgency);
  }

  public ResponseTarget change(
      Caller caller,
      Urgency urgency,
      int acknowledgeMinutes,
      int warnBeforeMinutes,
      int senderEscalationMinutes,
      int inactivityDays,
      int expectedVersion) {
    if (!caller.hasRole(Roles.AGENCY_ADMIN)) {
      throw new NotAllowed("Only an agency admin can change response targets");
    }
    List<FieldProblem> problems = new ArrayList<>();
    if (acknowledgeMinutes < 1 || acknowledgeMinutes > 60 * 24 * 30) {
      problems.add(
          new FieldProblem("acknowledgeMinutes", "Give a time between 1 minute and 30 days"));
    }
    if (warnBeforeMinutes < 0 || warnBeforeMinutes >= acknowledgeMinutes) {
      problems.add(
          new FieldProblem(
              "warnBeforeMinutes", "The warning must come before the target, not after it"));
    }
    if (senderEscalationMinutes < 1 || senderEscalationMinutes > 60 * 24 * 30) {
      problems.add(
          new FieldProblem("senderEscalationMinutes", "Give a time between 1 minute and 30 days"));
    }
    if (inactivityDays < 1 || inactivityDays > 365) {
      problems.add(new FieldProblem("inactivityDays", "Give a number of days from 1 to 365"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    ResponseTarget target = em.find(ResponseTarget.class, urgency, LockModeType.OPTIMISTIC);
    if (target.getVersion() != expectedVersion) {
      throw Conflict.staleVersion(
          "Someone else has changed this target since you opened the page. Reload and try again.");
    }
    String before = describe(target);
    target.change(
        acknowledgeMinutes,
        warnBeforeMinutes,
        senderEscalationMinutes,
        inactivityDays,
        caller.getDisplayName(),
        clock.instant());
    audit.record(
        caller,
        "RESPONSE_TARGET_CHANGED",
        "response-target",
        null,
        Words.change("Targets for " + urgency.getLabel(), before, describe(target)));
    return target;
  }

  private static String describe(ResponseTarget t) {
    return "acknowledge within "
        + t.getAcknowledgeMinutes()
        + " minutes, warn "
        + t.getWarnBeforeMinutes()
        + " minutes before, tell the sender after "
        + t.getSenderEscalationMinutes()
        + " minutes, inactive after "
        + t.getInactivityDays()
        + " days";
  }
}

package org.totalplace.referral.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.person.boundary.Persons;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.Sql;
import org.totalplace.platform.entity.Caller;
import org.totalplace.referral.control.Chronicle;
import org.totalplace.referral.control.Deadlines;
import org.totalplace.referral.control.ReferralFinder;
import org.totalplace.referral.control.ReferralHistory;
import org.totalplace.referral.control.ReferralNotices;
import org.totalplace.referral.control.ReferralProcess;
import org.totalplace.referral.entity.DeclineReason;
import org.totalplace.referral.entity.Referral;
import org.totalplace.referral.entity.ReferralFinished;
import org.totalplace.referral.entity.ReferralStatus;

/**
 * The steps of a sent referral. The receiver acknowledges, decides (accept, decline, or ask for
 * more information), makes first contact and records the outcome; the sender answers questions or
 * withdraws. Each step checks who may take it and that the page saw the referral as it is now.
 */
@Stateless
public class ReferralSteps {

  static final int MAX_TEXT = 2000;

  /** How each step reads in the person's chronology, before the service's name. */
  static final Map<String, String> CHRONOLOGY =
      Map.of(
          "ACKNOWLEDGED", "Acknowledged referral to ",
          "ACCEPTED", "Accepted referral to ",
          "DECLINED", "Declined referral to ",
          "INFORMATION_REQUESTED", "Asked for more information on referral to ",
          "INFORMATION_PROVIDED", "Sent information asked for on referral to ",
          "STARTED", "First contact made on referral to ",
          "COMPLETED", "Completed referral to ",
          "NOT_COMPLETED", "Closed without completing referral to ",
          "WITHDRAWN", "Withdrew referral to ");

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Directory directory;
  @Inject Persons persons;
  @Inject ResponseTargets targets;
  @Inject ReferralFinder finder;
  @Inject ReferralProcess process;
  @Inject ReferralHistory history;
  @Inject ReferralNotices notices;
  @Inject Chronicle chronicle;
  @Inject Event<ReferralFinished> finished;

  Clock clock = Clock.systemUTC();

  public Referral acknowledge(Caller caller, long id, Integer expectedVersion) {
    Referral referral = receiving(caller, id, expectedVersion, ReferralStatus.SENT);
    acknowledge(caller, referral);
    return referral;
  }

  public Referral accept(Caller caller, long id, Integer expectedVersion) {
    Referral referral = deciding(caller, id, expectedVersion);
    ReferralStatus before = referral.getStatus();
    Instant now = clock.instant();
    decide(referral, caller, "accepted", now);
    referral.accept(caller, now);
    // Accepting means working with the person: the agency is now involved with them.
    Sql.update(
        em,
        "insert into involvement (person_id, agency, lead_worker, started_on)"
            + " values (?1, ?2, ?3, ?4) on conflict do nothing",
        persons.kept(referral.getPerson().getId()).getId(),
        caller.getAgency(),
        caller.getDisplayName(),
        LocalDate.now(clock));
    done(referral, caller, "ACCEPTED", before, null, now);
    tellSender(referral, "was accepted by " + caller.getDisplayName());
    return referral;
  }

  public Referral decline(
      Caller caller, long id, DeclineReason code, String reason, Integer expectedVersion) {
    // Whoever may not see it learns nothing from a validation message: not found comes first.
    finder.visible(caller, id);
    if (code == null) {
      throw InvalidInput.of("code", "Choose the main reason for declining");
    }
    String why = text("reason", reason, "Say why you are declining this referral");
    Referral referral = deciding(caller, id, expectedVersion);
    ReferralStatus before = referral.getStatus();
    Instant now = clock.instant();
    // The reason stays in the referral row, under audit and retention, not in process variables.
    decide(referral, caller, "declined", now);
    referral.decline(caller, code, why, now);
    done(referral, caller, "DECLINED", before, code.getLabel() + ": " + why, now);
    tellSender(referral, "was declined (" + code.getLabel().toLowerCase() + ")");
    finished.fire(
        new ReferralFinished(referral.getId(), referral.getPathwayStepId(), referral.getStatus()));
    return referral;
  }

  public Referral askForInformation(
      Caller caller, long id, String question, Integer expectedVersion) {
    finder.visible(caller, id);
    String asked = text("question", question, "Say what information you need");
    Referral referral = deciding(caller, id, expectedVersion);
    ReferralStatus before = referral.getStatus();
    Instant now = clock.instant();
    decide(referral, caller, "informationRequested", now);
    referral.askForInformation(caller, asked, now);
    done(referral, caller, "INFORMATION_REQUESTED", before, asked, now);
    tellSender(referral, "needs more information before a decision");
    return referral;
  }

  public Referral provideInformation(
      Caller caller, long id, String answer, Integer expectedVersion) {
    finder.visible(caller, id);
    String given = text("answer", answer, "Give the information asked for");
    Referral referral = finder.actionable(caller, id, expectedVersion);
    if (!referral.isSentBy(caller)) {
      throw new NotAllowed("Only the agency that sent this referral can answer its questions");
    }
    require(referral, ReferralStatus.INFORMATION_REQUESTED);
    Instant now = clock.instant();
    Deadlines decide =
        Deadlines.toDecide(
            now,
            referral.getService().getResponseWorkingHours(),
            targets.of(referral.getUrgency()));
    process.complete(referral, "provideInformation", caller, decide.asVariables("decide"));
    referral.provideInformation(caller, now, decide.dueAt());
    done(
        referral, caller, "INFORMATION_PROVIDED", ReferralStatus.INFORMATION_REQUESTED, given, now);
    tellReceiver(referral, "has the information you asked for and is waiting for a decision");
    return referral;
  }

  /** First contact with the person: the work has started. */
  public Referral start(Caller caller, long id, Integer expectedVersion) {
    Referral referral = receiving(caller, id, expectedVersion, ReferralStatus.ACCEPTED);
    Instant now = clock.instant();
    process.complete(referral, "start", caller, Map.of());
    referral.start(caller, now);
    done(referral, caller, "STARTED", ReferralStatus.ACCEPTED, null, now);
    return referral;
  }

  public Referral complete(
      Caller caller, long id, boolean completed, String outcome, Integer expectedVersion) {
    finder.visible(caller, id);
    String result = text("outcome", outcome, "Say what the outcome was");
    Referral referral = receiving(caller, id, expectedVersion, ReferralStatus.IN_PROGRESS);
    Instant now = clock.instant();
    process.complete(
        referral, "work", caller, Map.of("outcome", completed ? "completed" : "notCompleted"));
    referral.complete(caller, completed, result, now);
    done(referral, caller, completed ? "COMPLETED" : "NOT_COMPLETED", null, result, now);
    tellSender(referral, completed ? "was completed" : "ended without being completed");
    finished.fire(
        new ReferralFinished(referral.getId(), referral.getPathwayStepId(), referral.getStatus()));
    return referral;
  }

  /** The sender calls it off at any step before it is over, with a reason the receiver sees. */
  public Referral withdraw(Caller caller, long id, String reason, Integer expectedVersion) {
    finder.visible(caller, id);
    String why = text("reason", reason, "Say why you are withdrawing this referral");
    Referral referral = finder.actionable(caller, id, expectedVersion);
    if (!referral.isSentBy(caller)) {
      throw new NotAllowed("Only the agency that sent this referral can withdraw it");
    }
    if (!referral.getStatus().isOpen() && referral.getStatus() != ReferralStatus.DRAFT) {
      throw new Conflict(
          "This referral is already " + referral.getStatus().getLabel().toLowerCase());
    }
    boolean wasSent = referral.getStatus() != ReferralStatus.DRAFT;
    ReferralStatus before = referral.getStatus();
    Instant now = clock.instant();
    process.withdraw(referral, caller);
    referral.withdraw(caller, now);
    done(referral, caller, "WITHDRAWN", before, why, now);
    if (wasSent) {
      tellReceiver(referral, "was withdrawn by " + directory.agencyName(referral.getFromAgency()));
    }
    finished.fire(
        new ReferralFinished(referral.getId(), referral.getPathwayStepId(), referral.getStatus()));
    return referral;
  }

  private void acknowledge(Caller caller, Referral referral) {
    Instant now = clock.instant();
    Deadlines decide =
        Deadlines.toDecide(
            now,
            referral.getService().getResponseWorkingHours(),
            targets.of(referral.getUrgency()));
    referral.acknowledge(caller, now, decide.dueAt());
    process.complete(referral, "acknowledge", caller, decide.asVariables("decide"));
    done(referral, caller, "ACKNOWLEDGED", ReferralStatus.SENT, null, now);
  }

  /** A referral the caller may decide now: sent to their agency, acknowledged or not yet. */
  private Referral deciding(Caller caller, long id, Integer expectedVersion) {
    Referral referral = finder.actionable(caller, id, expectedVersion);
    requireReceiver(caller, referral);
    if (referral.getStatus() != ReferralStatus.SENT) {
      require(referral, ReferralStatus.RECEIVED);
    }
    return referral;
  }

  /**
   * Records the decision in the process. A referral nobody acknowledged yet is received and decided
   * in one step: the acknowledgement carries the decision and the model goes straight to it, so one
   * click is one process operation and one line in the history, as a decision implies receipt.
   */
  private void decide(Referral referral, Caller caller, String decision, Instant now) {
    if (referral.getStatus() == ReferralStatus.SENT) {
      referral.acknowledge(caller, now, null);
      process.complete(referral, "acknowledge", caller, Map.of("decision", decision));
    } else {
      process.complete(referral, "decide", caller, Map.of("decision", decision));
    }
  }

  private Referral receiving(
      Caller caller, long id, Integer expectedVersion, ReferralStatus expected) {
    Referral referral = finder.actionable(caller, id, expectedVersion);
    requireReceiver(caller, referral);
    require(referral, expected);
    return referral;
  }

  private void requireReceiver(Caller caller, Referral referral) {
    if (!referral.isReceivedBy(caller)) {
      throw new NotAllowed(
          "Only a worker of "
              + directory.agencyName(referral.getToAgency())
              + " can take this step on the referral");
    }
  }

  private static void require(Referral referral, ReferralStatus expected) {
    if (referral.getStatus() != expected) {
      throw new Conflict(
          "This referral is "
              + referral.getStatus().getLabel().toLowerCase()
              + ", so this step cannot be taken now. Reload it to see where it stands.");
    }
  }

  private static String text(String field, String value, String whenMissing) {
    if (value == null || value.isBlank()) {
      throw InvalidInput.of(field, whenMissing);
    }
    if (value.length() > MAX_TEXT) {
      throw InvalidInput.of(field, "Keep it to " + MAX_TEXT + " characters or fewer");
    }
    return value.strip();
  }

  private void done(
      Referral referral,
      Caller caller,
      String action,
      ReferralStatus before,
      String note,
      Instant at) {
    history.record(referral, caller, action, before, note, at);
    audit.record(caller, "REFERRAL_" + action, "referral", referral.getId(), null);
    // Every step of a sent referral is in the person's chronology too; notes stay with the two
    // agencies. A draft thrown away was never anyone's business.
    if (before != ReferralStatus.DRAFT) {
      chronicle(referral, caller, CHRONOLOGY.get(action) + referral.getService().getName());
    }
  }

  private void chronicle(Referral referral, Caller caller, String summary) {
    chronicle.add(
        referral.getPerson().getId(),
        caller,
        referral.getService().getSensitivity(),
        summary,
        clock.instant());
  }

  private void tellSender(Referral referral, String what) {
    notices.tellWorker(
        referral,
        referral.getSentBy(),
        referral.getFromAgency(),
        "Referral " + referral.getId() + " to " + referral.getService().getName() + " " + what);
  }

  private void tellReceiver(Referral referral, String what) {
    String message =
        "Referral " + referral.getId() + " to " + referral.getService().getName() + " " + what;
    if (referral.getAssignee() != null) {
      notices.tellWorker(referral, referral.getAssignee(), referral.getToAgency(), message);
    } else {
      notices.tellAgency(referral, referral.getToAgency(), message);
    }
  }
}

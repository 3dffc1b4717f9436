package org.totalplace.referral.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.totalplace.referral.entity.ResponseTarget;
import org.totalplace.workflows.StepClock;

/**
 * When the receiver is warned, when a step is overdue (its team lead is told), and when the
 * sender's team lead is told too. The step's one process timer fires at each in turn.
 */
public record Deadlines(Instant warnAt, Instant dueAt, Instant escalateAt) {

  /** Acknowledging runs on elapsed time from sending: referrals can arrive at any hour. */
  public static Deadlines toAcknowledge(Instant sent, ResponseTarget target) {
    return around(sent.plus(Duration.ofMinutes(target.getAcknowledgeMinutes())), target);
  }

  /** Deciding runs on the service's working hours from when the decision can be made. */
  public static Deadlines toDecide(Instant from, int workingHours, ResponseTarget target) {
    return around(WorkingHours.after(from, Duration.ofHours(workingHours)), target);
  }

  private static Deadlines around(Instant due, ResponseTarget target) {
    return new Deadlines(
        due.minus(Duration.ofMinutes(target.getWarnBeforeMinutes())),
        due,
        due.plus(Duration.ofMinutes(target.getSenderEscalationMinutes())));
  }

  /** The process variable for the step's one timer, named as in the referral model. */
  public Map<String, Object> asVariables(String step) {
    return Map.of(StepClock.variable(step), StepClock.moments(warnAt, dueAt, escalateAt));
  }
}

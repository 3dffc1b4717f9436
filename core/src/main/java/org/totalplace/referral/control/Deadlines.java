package org.totalplace.referral.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.totalplace.referral.entity.ResponseTarget;

/**
 * When the receiver is warned, when a step is overdue (its team lead is told), and when the
 * sender's team lead is told too. The process's timers fire at these moments.
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

  /** The process variables for the step's timers, named as in the referral model. */
  public Map<String, Object> asVariables(String step) {
    return Map.of(
        step + "WarnAt", Date.from(warnAt),
        step + "DueAt", Date.from(dueAt),
        step + "EscalateAt", Date.from(escalateAt));
  }
}

package org.totalplace.workflows;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.flowable.engine.delegate.DelegateExecution;

/**
 * The three moments of a referral step's clock, kept in one process variable ({@code <step>Clocks},
 * times separated by "/") that the step's one timer runs through with the calendar {@link
 * DeadlineCalendar}.
 */
public enum StepClock {
  /** Shortly before the target: the receiving agency is reminded. */
  WARN,
  /** At the target: the step is overdue and the receiving team leads are told. */
  OVERDUE,
  /** Long after the target: the sending agency's team leads are told it is still waiting. */
  ESCALATE;

  /** The variable that holds a step's moments, named as in the referral model. */
  public static String variable(String step) {
    return step + "Clocks";
  }

  /** The variable's value: the three moments, in the order they come. */
  public static String moments(Instant warnAt, Instant dueAt, Instant escalateAt) {
    return List.of(warnAt, dueAt, escalateAt).stream()
        .map(Instant::toString)
        .collect(Collectors.joining("/"));
  }

  /**
   * Which moment the step's timer has just reached. The timer fires once per moment, in order, so
   * each firing takes the first moment left and keeps the rest for the next; a firing that comes
   * late (the platform was down) still says each thing once.
   */
  public static StepClock rung(DelegateExecution execution, String step) {
    String[] left = ((String) execution.getVariable(variable(step))).split("/");
    StepClock reached = values()[values().length - left.length];
    execution.setVariable(
        variable(step), String.join("/", Arrays.copyOfRange(left, 1, left.length)));
    return reached;
  }
}

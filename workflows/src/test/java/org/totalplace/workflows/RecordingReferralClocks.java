package org.totalplace.workflows;

import org.flowable.engine.delegate.DelegateExecution;

/**
 * Stands in for the app's bean {@code referralClocks}, with the methods the referral model calls.
 */
public class RecordingReferralClocks {

  final Recorder calls = new Recorder();

  /** As the app does: each firing of the step's one timer says the next of its three things. */
  public void ring(DelegateExecution execution, String step) {
    switch (StepClock.rung(execution, step)) {
      case WARN -> warn(execution, step);
      case OVERDUE -> overdue(execution, step);
      case ESCALATE -> escalateToSender(execution, step);
    }
  }

  public void warn(DelegateExecution execution, String step) {
    calls.record(execution, "warn " + step);
  }

  public void overdue(DelegateExecution execution, String step) {
    calls.record(execution, "overdue " + step);
  }

  public void escalateToSender(DelegateExecution execution, String step) {
    calls.record(execution, "escalateToSender " + step);
  }

  public void checkInactivity(DelegateExecution execution) {
    calls.record(execution, "checkInactivity " + execution.getCurrentActivityId());
  }
}

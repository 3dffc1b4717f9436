package org.totalplace.workflows;

import org.flowable.engine.delegate.DelegateExecution;

/**
 * Stands in for the app's bean {@code referralClocks}, with the methods the referral model calls.
 */
public class RecordingReferralClocks {

  final Recorder calls = new Recorder();

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

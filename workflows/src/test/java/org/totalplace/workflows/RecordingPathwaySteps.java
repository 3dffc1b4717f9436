package org.totalplace.workflows;

import org.flowable.engine.delegate.DelegateExecution;

/** Stands in for the app's bean {@code pathwaySteps}, with the methods the pathway models call. */
public class RecordingPathwaySteps {

  final Recorder calls = new Recorder();

  public void planningStarted(DelegateExecution execution) {
    calls.record(execution, "planningStarted");
  }

  public void notInPlace(DelegateExecution execution, String step) {
    calls.record(execution, "notInPlace " + step);
  }

  public void planInPlace(DelegateExecution execution) {
    calls.record(execution, "planInPlace");
  }
}

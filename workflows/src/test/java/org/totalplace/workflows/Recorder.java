package org.totalplace.workflows;

import java.util.ArrayList;
import java.util.List;
import org.flowable.engine.delegate.DelegateExecution;

/** What the models asked the app's beans to do, per process instance, in order. */
class Recorder {

  private final List<String[]> calls = new ArrayList<>();

  synchronized void record(DelegateExecution execution, String call) {
    calls.add(new String[] {execution.getProcessInstanceId(), call});
  }

  /** The calls made for one process instance, such as {@code "warn acknowledge"}. */
  synchronized List<String> of(String processInstanceId) {
    return calls.stream().filter(c -> c[0].equals(processInstanceId)).map(c -> c[1]).toList();
  }
}

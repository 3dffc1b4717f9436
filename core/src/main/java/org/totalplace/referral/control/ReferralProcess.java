package org.totalplace.referral.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.Execution;
import org.flowable.task.api.Task;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.entity.Caller;
import org.totalplace.referral.entity.Referral;

/**
 * The referral's process in Flowable, moved on in the same transaction as the referral's row, so
 * the two never disagree: a step commits in both or in neither.
 */
@Stateless
public class ReferralProcess {

  public static final String PROCESS = "referral";
  static final String WITHDRAWN_MESSAGE = "referralWithdrawn";

  @Inject RuntimeService runtime;
  @Inject TaskService tasks;

  /** A draft's process: it waits at the sender's step. */
  public void start(Referral referral, Caller caller) {
    start(referral, caller, Map.of());
  }

  /**
   * A referral sent as it is written: its process starts at the receiving agency's first step, with
   * that step's deadlines, in one operation (no draft step to complete afterwards).
   */
  public void startSent(Referral referral, Caller caller, Map<String, Object> deadlines) {
    Map<String, Object> variables = new HashMap<>(deadlines);
    variables.put("sentAtOnce", true);
    start(referral, caller, variables);
  }

  private void start(Referral referral, Caller caller, Map<String, Object> more) {
    Map<String, Object> variables = new HashMap<>(more);
    variables.put("referralId", referral.getId());
    variables.put("sendingAgency", referral.getFromAgency());
    variables.put("receivingAgency", referral.getToAgency());
    variables.put("sender", caller.getUsername());
    as(
        caller,
        () ->
            referral.startedAs(
                runtime
                    .startProcessInstanceByKey(PROCESS, referral.getId().toString(), variables)
                    .getId()));
  }

  /** Completes the process's step for this action; refuses if the process is elsewhere. */
  public void complete(
      Referral referral, String step, Caller caller, Map<String, Object> variables) {
    Task task = task(referral, step);
    try {
      as(caller, () -> tasks.complete(task.getId(), variables));
    } catch (FlowableOptimisticLockingException e) {
      throw new Conflict("Someone else is acting on this referral right now. Reload it.");
    }
    assign(referral);
  }

  /** The current step belongs to the referral's assignee, or to the whole team when none. */
  public void assign(Referral referral) {
    for (Task open :
        tasks.createTaskQuery().processInstanceId(referral.getProcessInstanceId()).list()) {
      if (!"send".equals(open.getTaskDefinitionKey())
          && !"provideInformation".equals(open.getTaskDefinitionKey())) {
        tasks.setAssignee(open.getId(), referral.getAssignee());
      }
    }
  }

  public void withdraw(Referral referral, Caller caller) {
    Execution waiting =
        runtime
            .createExecutionQuery()
            .processInstanceId(referral.getProcessInstanceId())
            .messageEventSubscriptionName(WITHDRAWN_MESSAGE)
            .list()
            .stream()
            .findFirst()
            .orElseThrow(() -> new Conflict("This referral can no longer be withdrawn"));
    as(caller, () -> runtime.messageEventReceived(WITHDRAWN_MESSAGE, waiting.getId()));
  }

  private Task task(Referral referral, String step) {
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceId(referral.getProcessInstanceId())
            .taskDefinitionKey(step)
            .singleResult();
    if (task == null) {
      throw new Conflict(
          "This referral has moved on: it is now "
              + referral.getStatus().getLabel().toLowerCase()
              + ". Reload it to see where it stands.");
    }
    return task;
  }

  /** Flowable records who started or completed a step from this thread-bound user. */
  private static void as(Caller caller, Runnable work) {
    Authentication.setAuthenticatedUserId(caller.getUsername());
    try {
      work.run();
    } finally {
      Authentication.setAuthenticatedUserId(null);
    }
  }
}

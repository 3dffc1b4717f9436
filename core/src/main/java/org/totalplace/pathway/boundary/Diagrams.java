package org.totalplace.pathway.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.totalplace.pathway.entity.Pathway;
import org.totalplace.pathway.entity.PathwayKind;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.control.ProcessDiagrams;
import org.totalplace.platform.entity.Caller;
import org.totalplace.referral.boundary.Referrals;
import org.totalplace.referral.control.ReferralProcess;
import org.totalplace.referral.entity.Referral;

/**
 * The process models drawn as diagrams, for anyone with a job role; and one referral's or pathway's
 * diagram with its current steps highlighted, only for whoever may see it.
 */
@Stateless
public class Diagrams {

  @Inject RepositoryService repository;
  @Inject RuntimeService runtime;
  @Inject Referrals referrals;
  @Inject Pathways pathways;
  @Inject ProcessDiagrams diagrams;

  /** A model by its key: the referral lifecycle or one of the pathways. */
  public byte[] model(Caller caller, String key) {
    if (caller.getActingRole() == null) {
      throw new NotAllowed("Only staff can see the process models");
    }
    boolean known =
        ReferralProcess.PROCESS.equals(key)
            || List.of(PathwayKind.values()).stream().anyMatch(k -> k.getProcessKey().equals(key));
    if (!known) {
      throw new NotFound("There is no process model " + key);
    }
    return diagrams.png(key);
  }

  public byte[] referral(Caller caller, long id) {
    Referral referral = referrals.find(caller, id);
    return diagrams.png(ReferralProcess.PROCESS, active(referral.getProcessInstanceId()));
  }

  /** A pathway with where it waits highlighted; a finished one shows no highlight. */
  public byte[] pathway(Caller caller, long id) {
    Pathway pathway = pathways.position(caller, id);
    List<String> highlighted = active(pathway.getProcessInstanceId());
    return diagrams.png(pathway.getKind().getProcessKey(), highlighted);
  }

  /** The steps where the process waits: its user tasks and timers, not the clocks on them. */
  private List<String> active(String processInstanceId) {
    ProcessInstance running =
        processInstanceId == null
            ? null
            : runtime
                .createProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult();
    if (running == null) {
      return List.of();
    }
    BpmnModel model = repository.getBpmnModel(running.getProcessDefinitionId());
    return diagrams.activeActivities(processInstanceId).stream()
        .filter(id -> !(model.getFlowElement(id) instanceof BoundaryEvent))
        .toList();
  }
}

package org.totalplace.pathway.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.RepositoryService;
import org.totalplace.pathway.entity.PathwayKind;

/**
 * The steps of a pathway's plan, read from its deployed model: each user task is a step, its name
 * the step's title and its candidate group the agency that does it. Changing the model changes the
 * plan for new pathways without touching code.
 */
@Stateless
public class PlanSteps {

  /** A step as the model defines it. */
  public record Step(String key, String title, String agency) {}

  @Inject RepositoryService repository;

  public List<Step> of(PathwayKind kind) {
    String definitionId =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(kind.getProcessKey())
            .latestVersion()
            .singleResult()
            .getId();
    BpmnModel model = repository.getBpmnModel(definitionId);
    return model.getMainProcess().findFlowElementsOfType(UserTask.class).stream()
        .map(t -> new Step(t.getId(), t.getName(), t.getCandidateGroups().get(0)))
        .toList();
  }
}

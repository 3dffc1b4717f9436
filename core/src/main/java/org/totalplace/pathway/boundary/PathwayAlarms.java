package org.totalplace.pathway.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.flowable.engine.delegate.DelegateExecution;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.pathway.control.PathwayNotices;
import org.totalplace.pathway.entity.Pathway;
import org.totalplace.pathway.entity.PathwayStep;
import org.totalplace.platform.entity.Words;

/**
 * What the pathway models' timers and milestones do: open the plan when planning starts, flag each
 * step not in place on the key day, and say when everything is in place.
 */
@Named("pathwaySteps")
@Stateless
public class PathwayAlarms {

  @PersistenceContext EntityManager em;
  @Inject PathwayNotices notices;
  @Inject Directory directory;

  Clock clock = Clock.systemUTC();

  public void planningStarted(DelegateExecution execution) {
    Pathway pathway = pathway(execution);
    pathway.planningStarted();
    for (PathwayStep step : steps(pathway)) {
      step.open();
      notices.tellAgency(
          pathway,
          step.getAgency(),
          describe(pathway)
              + " has started. Your agency's step: "
              + step.getTitle()
              + ", by "
              + Words.day(step.getDueOn())
              + ".");
    }
    notices.tellLead(pathway, describe(pathway) + ", which you lead, has started.");
  }

  public void notInPlace(DelegateExecution execution, String stepKey) {
    Pathway pathway = pathway(execution);
    for (PathwayStep step : steps(pathway)) {
      if (step.getStepKey().equals(stepKey) && !step.isDone()) {
        step.flag(clock.instant());
        String message =
            describe(pathway)
                + ": \""
                + step.getTitle()
                + "\" ("
                + directory.agencyName(step.getAgency())
                + ") is not in place on "
                + Words.day(step.getDueOn())
                + ".";
        notices.tellLead(pathway, message);
        notices.tellTeamLeads(pathway, step.getAgency(), message);
      }
    }
  }

  public void planInPlace(DelegateExecution execution) {
    Pathway pathway = pathway(execution);
    pathway.inPlace();
    notices.tellLead(pathway, describe(pathway) + ": every step is in place.");
  }

  private Pathway pathway(DelegateExecution execution) {
    return em.find(Pathway.class, ((Number) execution.getVariable("pathwayId")).longValue());
  }

  private List<PathwayStep> steps(Pathway pathway) {
    return em.createNamedQuery("PathwayStep.ofPathway", PathwayStep.class)
        .setParameter("pathway", pathway.getId())
        .getResultList();
  }

  private static String describe(Pathway pathway) {
    return pathway.getKind().getLabel() + " plan " + pathway.getId();
  }
}

package org.totalplace.web.pathway;

import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.util.List;
import org.totalplace.pathway.boundary.Pathways;
import org.totalplace.pathway.entity.Pathway;
import org.totalplace.pathway.entity.PathwayStep;
import org.totalplace.platform.entity.Caller;

/** A person's pathways on their record, and the caller's agency's open steps on the work page. */
@Model
public class PathwayList {

  @Inject Pathways pathways;
  @Inject Caller me;

  private List<Pathway> found;
  private List<PathwayStep> openSteps;

  public List<Pathway> of(long personId) {
    if (found == null) {
      found = pathways.forPerson(me, personId);
    }
    return found;
  }

  public List<PathwayStep> getOpenSteps() {
    if (openSteps == null) {
      openSteps = pathways.openStepsFor(me);
    }
    return openSteps;
  }
}

package org.totalplace.web.pathway;

import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.util.List;
import org.totalplace.pathway.boundary.Pathways;
import org.totalplace.pathway.entity.PathwayStep;
import org.totalplace.platform.entity.Caller;

/** The caller's agency's open pathway steps, on the work page. */
@Model
public class PathwayList {

  @Inject Pathways pathways;
  @Inject Caller me;

  private List<PathwayStep> openSteps;

  public List<PathwayStep> getOpenSteps() {
    if (openSteps == null) {
      openSteps = pathways.openStepsFor(me);
    }
    return openSteps;
  }
}

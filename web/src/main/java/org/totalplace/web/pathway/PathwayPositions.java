package org.totalplace.web.pathway;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.totalplace.pathway.boundary.Pathways;
import org.totalplace.pathway.entity.Pathway;
import org.totalplace.platform.entity.Caller;

/** For admins: the agency's pathways, and one of them drawn with where it stands. */
@Named
@ViewScoped
public class PathwayPositions implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Pathways pathways;
  @Inject Caller me;

  private List<Pathway> ofAgency;
  private Long chosen;

  public List<Pathway> getOfAgency() {
    if (ofAgency == null) {
      ofAgency = pathways.ofAgency(me);
    }
    return ofAgency;
  }

  public void show() {
    // The choice is shown on the same page; the diagram servlet checks access again.
  }

  public Long getChosen() {
    return chosen;
  }

  public void setChosen(Long chosen) {
    this.chosen = chosen;
  }
}

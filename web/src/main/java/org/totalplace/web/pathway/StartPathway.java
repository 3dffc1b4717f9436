package org.totalplace.web.pathway;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.totalplace.caseload.entity.RiskTier;
import org.totalplace.pathway.boundary.Pathways;
import org.totalplace.pathway.entity.Pathway;
import org.totalplace.pathway.entity.PathwayKind;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.web.platform.Pages;

/** Starts a pathway for a person; the worker who starts it leads it. */
@Named
@ViewScoped
public class StartPathway implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Pathways pathways;
  @Inject Caller me;

  private String person;
  private PathwayKind kind;
  private LocalDate keyDate;
  private RiskTier tier = RiskTier.MEDIUM;

  public String start() {
    Long personId = Pages.idFrom(person);
    if (personId == null) {
      Pages.error("No person was chosen: start from their record");
      return null;
    }
    try {
      Pathway started = pathways.start(me, personId, kind, keyDate, tier);
      Pages.done("The " + started.getKind().getLabel().toLowerCase() + " pathway has started");
      return "/pathway.xhtml?faces-redirect=true&id=" + started.getId();
    } catch (InvalidInput problems) {
      Pages.show("start", problems);
    } catch (Conflict | NotAllowed | NotFound e) {
      Pages.error(e.getMessage());
    }
    return null;
  }

  public RiskTier[] getTiers() {
    return RiskTier.values();
  }

  public RiskTier getTier() {
    return tier;
  }

  public void setTier(RiskTier tier) {
    this.tier = tier;
  }

  public PathwayKind[] getKinds() {
    return PathwayKind.values();
  }

  public String getPerson() {
    return person;
  }

  public void setPerson(String person) {
    this.person = person;
  }

  public PathwayKind getKind() {
    return kind;
  }

  public void setKind(PathwayKind kind) {
    this.kind = kind;
  }

  public LocalDate getKeyDate() {
    return keyDate;
  }

  public void setKeyDate(LocalDate keyDate) {
    this.keyDate = keyDate;
  }
}

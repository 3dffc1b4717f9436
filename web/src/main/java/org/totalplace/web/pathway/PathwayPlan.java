package org.totalplace.web.pathway;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.directory.entity.Service;
import org.totalplace.pathway.boundary.Pathways;
import org.totalplace.pathway.entity.Pathway;
import org.totalplace.pathway.entity.PathwayStep;
import org.totalplace.person.boundary.Persons;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.referral.entity.Referral;
import org.totalplace.referral.entity.Urgency;
import org.totalplace.web.platform.Pages;

/** The shared plan of one pathway: who does what by when, and what is done. */
@Named
@ViewScoped
public class PathwayPlan implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Pathways pathways;
  @Inject Persons persons;
  @Inject Directory directory;
  @Inject Caller me;

  private String id;
  private Pathway pathway;
  private List<PathwayStep> steps;
  private Set<String> openNow = Set.of();
  private String stepKey;
  private String note;
  private Long serviceId;
  private Urgency urgency = Urgency.ROUTINE;
  private String reason;

  public void load() {
    Long chosen = Pages.idFrom(id);
    if (chosen == null) {
      Pages.sendError(HttpServletResponse.SC_NOT_FOUND, "No pathway was chosen");
      return;
    }
    try {
      pathway = pathways.find(me, chosen);
      steps = pathways.plan(me, chosen);
      openNow = pathways.stepsOpenNow(me, chosen);
    } catch (NotFound e) {
      Pages.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
    }
  }

  public String markInPlace(PathwayStep step) {
    try {
      pathways.markInPlace(me, pathway.getId(), step.getStepKey(), note, step.getVersion());
      Pages.done("\"" + step.getTitle() + "\" is in place");
      return reload();
    } catch (Conflict | NotAllowed | NotFound e) {
      Pages.error(e.getMessage());
    } catch (EJBTransactionRolledbackException e) {
      Pages.error("Someone else changed this step at the same moment. Reload the plan.");
    }
    return null;
  }

  public String refer() {
    if (stepKey == null || serviceId == null) {
      Pages.fieldError("refer:serviceId", "Choose the step and the service");
      return null;
    }
    try {
      Referral sent = pathways.refer(me, pathway.getId(), stepKey, serviceId, urgency, reason);
      Pages.done("Referral sent to " + sent.getService().getName());
      return reload();
    } catch (InvalidInput problems) {
      Pages.show("refer", problems);
    } catch (Conflict | NotAllowed | NotFound e) {
      Pages.error(e.getMessage());
    }
    return null;
  }

  private String reload() {
    return "/pathway.xhtml?faces-redirect=true&id=" + pathway.getId();
  }

  /**
   * Whether the caller may mark this step now: it is open in the engine, and the caller is of the
   * step's agency or the lead professional. A button that could only be refused is not offered.
   */
  public boolean mayMark(PathwayStep step) {
    return !step.isDone()
        && openNow.contains(step.getStepKey())
        && (me.belongsTo(step.getAgency()) || pathway.isLedBy(me));
  }

  /** A step still to do that the engine has not opened yet: the page says when it opens. */
  public boolean notOpenYet(PathwayStep step) {
    return !step.isDone() && !openNow.contains(step.getStepKey());
  }

  /** Services of the agencies with steps still to do, to refer for a step. */
  public List<Service> getStepServices() {
    return directory.services().stream()
        .filter(
            s ->
                steps.stream()
                    .anyMatch(st -> !st.isDone() && st.getAgency().equals(s.getAgency().getCode())))
        .filter(s -> !me.belongsTo(s.getAgency().getCode()))
        .toList();
  }

  public List<PathwayStep> getOpenSteps() {
    return steps.stream().filter(s -> !s.isDone() && !me.belongsTo(s.getAgency())).toList();
  }

  public Urgency[] getUrgencies() {
    return Urgency.values();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Pathway getPathway() {
    return pathway;
  }

  private String personName;

  /** Whose plan it is, by name (what every agency in it may know), shown in the heading. */
  public String getPersonName() {
    if (personName == null && pathway != null) {
      personName = persons.details(me, pathway.getPersonId()).getFullName();
    }
    return personName;
  }

  public List<PathwayStep> getSteps() {
    return steps;
  }

  public String getStepKey() {
    return stepKey;
  }

  public void setStepKey(String stepKey) {
    this.stepKey = stepKey;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Long getServiceId() {
    return serviceId;
  }

  public void setServiceId(Long serviceId) {
    this.serviceId = serviceId;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public void setUrgency(Urgency urgency) {
    this.urgency = urgency;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}

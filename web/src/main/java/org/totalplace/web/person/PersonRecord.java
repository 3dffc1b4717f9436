package org.totalplace.web.person;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.directory.entity.Service;
import org.totalplace.person.boundary.Persons;
import org.totalplace.person.entity.Person;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.referral.boundary.Referrals;
import org.totalplace.referral.entity.NewReferral;
import org.totalplace.referral.entity.Referral;
import org.totalplace.referral.entity.Urgency;
import org.totalplace.web.platform.Pages;

/** One person's record: who they are, the referrals we can see, and referring them on. */
@Named
@ViewScoped
public class PersonRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Persons persons;
  @Inject Referrals referrals;
  @Inject Directory directory;
  @Inject Caller me;

  /** As typed in the address bar: checked in load(), so a bad one is a 404, not an empty page. */
  private String id;

  private Person person;
  private List<Referral> referralsAbout;
  private List<Service> services;
  private final NewReferral referral = new NewReferral();

  public void load() {
    Long chosen = Pages.idFrom(id);
    if (chosen == null) {
      Pages.sendError(HttpServletResponse.SC_NOT_FOUND, "No person was chosen");
      return;
    }
    try {
      person = persons.find(me, chosen);
      referralsAbout = referrals.about(me, chosen);
      services = directory.servicesOutside(me.getAgency());
      referral.setPersonId(chosen);
    } catch (NotFound e) {
      Pages.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
    } catch (NotAllowed e) {
      Pages.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
    }
  }

  public String refer() {
    try {
      Referral sent = referrals.send(me, referral);
      Pages.done("Referral sent to " + sent.getService().getName());
      return "/referral.xhtml?faces-redirect=true&id=" + sent.getId();
    } catch (InvalidInput problems) {
      Pages.show("refer", problems);
      return null;
    }
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

  public Person getPerson() {
    return person;
  }

  public List<Referral> getReferralsAbout() {
    return referralsAbout;
  }

  public List<Service> getServices() {
    return services;
  }

  public NewReferral getReferral() {
    return referral;
  }
}

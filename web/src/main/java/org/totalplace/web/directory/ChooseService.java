package org.totalplace.web.directory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;
import org.totalplace.directory.boundary.Services;
import org.totalplace.directory.entity.Service;
import org.totalplace.directory.entity.ServiceQuery;
import org.totalplace.directory.entity.TaxonomyTerm;
import org.totalplace.person.boundary.Persons;
import org.totalplace.person.entity.SharedRecord;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.referral.boundary.Referrals;
import org.totalplace.referral.entity.NewReferral;
import org.totalplace.referral.entity.Referral;
import org.totalplace.referral.entity.Urgency;
import org.totalplace.web.platform.Pages;

/**
 * A worker chooses where to refer a person: services of other agencies by need, by the person's
 * area (their postcode to start with) and by whether they take referrals now; then sends it.
 */
@Named
@ViewScoped
public class ChooseService implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Services services;
  @Inject Persons persons;
  @Inject Referrals referrals;
  @Inject Caller me;

  /** As typed in the address bar; checked in load(). */
  private String person;

  private long personId;
  private String personName;
  private final ServiceQuery query = new ServiceQuery();
  private List<Service> found;
  private List<TaxonomyTerm> needs;
  private Service chosen;
  private Referrals.Readiness readiness;
  private boolean searchFailed;
  private Urgency urgency;
  private String reason;

  public void load() {
    if (personName != null) {
      return;
    }
    Long id = Pages.idFrom(person);
    if (id == null) {
      Pages.sendError(HttpServletResponse.SC_NOT_FOUND, "No person was chosen");
      return;
    }
    try {
      SharedRecord record = persons.details(me, id);
      if (!record.isRecordOpen()) {
        Pages.sendError(
            HttpServletResponse.SC_FORBIDDEN,
            "Your agency cannot open this person's record, so cannot refer them");
        return;
      }
      personId = record.getId();
      personName = record.getFullName();
      query.setPostcode(record.getPostcode());
      query.setAvailableOnly(true);
      query.setOutsideOwnAgency(true);
      search();
    } catch (NotFound e) {
      Pages.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
    } catch (NotAllowed e) {
      Pages.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
    }
  }

  public void search() {
    try {
      found = services.search(me, query);
      if (chosen != null && found.stream().noneMatch(s -> s.getId().equals(chosen.getId()))) {
        chosen = null;
        readiness = null;
      }
    } catch (InvalidInput problems) {
      // Nothing of the last search stays on screen: not its results, not its chosen service.
      found = List.of();
      chosen = null;
      readiness = null;
      searchFailed = true;
      Pages.show("find", problems);
      return;
    }
    searchFailed = false;
  }

  /** Opens the referral form under the chosen service, saying first what would stop it. */
  public void choose(long serviceId) {
    chosen = services.find(me, serviceId);
    readiness = referrals.readiness(me, personId, serviceId);
  }

  /** Next steps when nothing was found: widen the search one way at a time. */
  public void wholePlace() {
    query.setPostcode(null);
    search();
  }

  public void anyNeed() {
    query.setNeed(null);
    search();
  }

  public void includeFull() {
    query.setAvailableOnly(false);
    search();
  }

  public boolean isSearchFailed() {
    return searchFailed;
  }

  public Referrals.Readiness getReadiness() {
    return readiness;
  }

  /** The services down to the chosen one: the form follows it, where the person clicked. */
  public List<Service> getUpToChosen() {
    int at = chosenAt();
    return at < 0 ? getFound() : getFound().subList(0, at + 1);
  }

  public List<Service> getAfterChosen() {
    int at = chosenAt();
    return at < 0 ? List.of() : getFound().subList(at + 1, getFound().size());
  }

  private int chosenAt() {
    if (chosen == null || found == null) {
      return -1;
    }
    for (int i = 0; i < found.size(); i++) {
      if (found.get(i).getId().equals(chosen.getId())) {
        return i;
      }
    }
    return -1;
  }

  public String send() {
    if (chosen == null) {
      Pages.error("Choose a service first");
      return null;
    }
    try {
      Referral sent =
          referrals.send(me, new NewReferral(personId, chosen.getId(), urgency, reason));
      Pages.done("Referral sent to " + sent.getService().getName());
      return "/referral.xhtml?faces-redirect=true&id=" + sent.getId();
    } catch (InvalidInput problems) {
      if (problems.getProblems().stream().anyMatch(p -> p.getField().equals("serviceId"))) {
        Pages.error(problems.getMessage());
      }
      Pages.show("send", problems);
      return null;
    } catch (Conflict | NotAllowed e) {
      Pages.error(e.getMessage());
      return null;
    }
  }

  public List<TaxonomyTerm> getNeeds() {
    if (needs == null) {
      needs = services.needs(me);
    }
    return needs;
  }

  public Urgency[] getUrgencies() {
    return Urgency.values();
  }

  public String getPerson() {
    return person;
  }

  public void setPerson(String person) {
    this.person = person;
  }

  public long getPersonId() {
    return personId;
  }

  public String getPersonName() {
    return personName;
  }

  public ServiceQuery getQuery() {
    return query;
  }

  public List<Service> getFound() {
    return found;
  }

  public Service getChosen() {
    return chosen;
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

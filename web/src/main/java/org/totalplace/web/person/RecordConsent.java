package org.totalplace.web.person;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.person.boundary.Persons;
import org.totalplace.person.entity.SharedRecord;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.entity.Caller;
import org.totalplace.sharing.boundary.Consents;
import org.totalplace.sharing.entity.ConsentStatus;
import org.totalplace.sharing.entity.LawfulBasis;
import org.totalplace.sharing.entity.NewBasis;
import org.totalplace.web.platform.Pages;

/** Recording what the person agreed to, or the other lawful basis for sharing. */
@Named
@ViewScoped
public class RecordConsent implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Persons persons;
  @Inject Consents consents;
  @Inject Directory directory;
  @Inject Caller me;

  private String id;
  private SharedRecord record;
  private final NewBasis basis = new NewBasis();

  public void load() {
    record = OpenRecords.open(persons, me, id);
    if (record == null) {
      return;
    }
    basis.setBasis(LawfulBasis.CONSENT);
    basis.setConsent(ConsentStatus.GIVEN);
    basis.setGivenOn(LocalDate.now());
  }

  public String save() {
    try {
      consents.record(me, record.getId(), basis);
      Pages.done("Recorded. It applies from now.");
      return "/person.xhtml?faces-redirect=true&id=" + record.getId();
    } catch (InvalidInput problems) {
      Pages.show("consent", problems);
    } catch (NotAllowed e) {
      Pages.error(e.getMessage());
    }
    return null;
  }

  public Map<String, String> getAgencies() {
    return directory.agencies();
  }

  public LawfulBasis[] getBases() {
    return LawfulBasis.values();
  }

  public ConsentStatus[] getAnswers() {
    return new ConsentStatus[] {ConsentStatus.GIVEN, ConsentStatus.REFUSED};
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public SharedRecord getRecord() {
    return record;
  }

  public NewBasis getBasis() {
    return basis;
  }
}

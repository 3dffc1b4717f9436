package org.totalplace.web.person;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.totalplace.person.boundary.Persons;
import org.totalplace.person.boundary.TellUsOnce;
import org.totalplace.person.entity.Circumstances;
import org.totalplace.person.entity.CustodyStatus;
import org.totalplace.person.entity.SharedRecord;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.entity.Caller;
import org.totalplace.web.platform.Pages;

/** Tell us once: a change recorded here reaches every agency working with the person. */
@Named
@ViewScoped
public class ChangeCircumstances implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Persons persons;
  @Inject TellUsOnce tellUsOnce;
  @Inject Caller me;

  private String id;
  private SharedRecord record;
  private final Circumstances change = new Circumstances();

  public void load() {
    record = OpenRecords.open(persons, me, id);
    if (record != null) {
      change.setVersion(record.getVersion());
    }
  }

  public String save() {
    try {
      tellUsOnce.change(me, record.getId(), change);
      Pages.done("Change recorded. Every agency working with this person has been told.");
      return "/person.xhtml?faces-redirect=true&id=" + record.getId();
    } catch (InvalidInput problems) {
      Pages.show("change", problems);
    } catch (Persons.RecordChanged changed) {
      Pages.error(
          "Someone else changed this record while you were filling this in. Nothing was saved."
              + " Open the record to see the latest, then record your change again.");
    } catch (NotAllowed e) {
      Pages.error(e.getMessage());
    }
    return null;
  }

  public CustodyStatus[] getCustodyStatuses() {
    return CustodyStatus.values();
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

  public Circumstances getChange() {
    return change;
  }
}

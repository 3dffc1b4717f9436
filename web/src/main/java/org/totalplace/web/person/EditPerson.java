package org.totalplace.web.person;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.totalplace.person.boundary.Persons;
import org.totalplace.person.entity.FieldChange;
import org.totalplace.person.entity.PersonDetails;
import org.totalplace.person.entity.Sex;
import org.totalplace.person.entity.SharedRecord;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.entity.Caller;
import org.totalplace.web.platform.Pages;

/**
 * Changing who the person is. If someone else saved the record meanwhile, nothing is saved: the
 * page shows what they changed and keeps the worker's own edits to apply again.
 */
@Named
@ViewScoped
public class EditPerson implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Persons persons;
  @Inject Caller me;

  private String id;
  private long personId;
  private String name;
  private PersonDetails details;
  private List<FieldChange> theirChanges;

  public void load() {
    SharedRecord record = OpenRecords.open(persons, me, id);
    if (record != null) {
      personId = record.getId();
      name = record.getFullName();
      details = record.getDetails();
    }
  }

  public String save() {
    try {
      persons.edit(me, personId, details);
      Pages.done("Details saved");
      return "/person.xhtml?faces-redirect=true&id=" + personId;
    } catch (InvalidInput problems) {
      Pages.show("details", problems);
    } catch (Persons.RecordChanged changed) {
      theirChanges = changed.getChanges();
      // Their changes, with the worker's own laid on top: saving again keeps both.
      details = details.rebasedOnto(persons.details(me, personId).getDetails());
      Pages.error(changed.getMessage());
    } catch (NotAllowed e) {
      Pages.error(e.getMessage());
    }
    return null;
  }

  public Sex[] getSexes() {
    return Sex.values();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public long getPersonId() {
    return personId;
  }

  public String getName() {
    return name;
  }

  public PersonDetails getDetails() {
    return details;
  }

  public List<FieldChange> getTheirChanges() {
    return theirChanges;
  }
}

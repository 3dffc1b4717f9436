package org.totalplace.web.person;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.totalplace.person.boundary.Persons;
import org.totalplace.person.entity.NewPerson;
import org.totalplace.person.entity.Person;
import org.totalplace.person.entity.Rows;
import org.totalplace.person.entity.Sex;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.entity.Caller;
import org.totalplace.web.platform.Pages;

/**
 * Creating a record, in two steps: the details, then any likely duplicates, so a second record for
 * the same person is made only on purpose.
 */
@Named
@ViewScoped
public class CreatePerson implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Persons persons;
  @Inject Caller me;

  private final NewPerson person = new NewPerson();
  private List<Rows.Found> duplicates;

  /** First step: check the details and look for the same person. */
  public String check() {
    try {
      duplicates = persons.likelyDuplicates(me, person);
      return duplicates.isEmpty() ? create() : null;
    } catch (InvalidInput problems) {
      Pages.show("person", problems);
      return null;
    }
  }

  /** Second step, or the first when nobody alike was found. */
  public String create() {
    try {
      Person created = persons.create(me, person);
      Pages.done("Record created for " + created.getFullName());
      return "/person.xhtml?faces-redirect=true&id=" + created.getId();
    } catch (InvalidInput problems) {
      duplicates = null;
      Pages.show("person", problems);
      return null;
    }
  }

  public void edit() {
    duplicates = null;
  }

  public NewPerson getPerson() {
    return person;
  }

  public List<Rows.Found> getDuplicates() {
    return duplicates;
  }

  public boolean isChecking() {
    return duplicates != null && !duplicates.isEmpty();
  }

  public Sex[] getSexes() {
    return Sex.values();
  }
}

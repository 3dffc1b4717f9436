package org.totalplace.web.person;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.totalplace.person.boundary.Persons;
import org.totalplace.person.entity.NewPerson;
import org.totalplace.person.entity.Person;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.entity.Caller;
import org.totalplace.web.platform.Pages;

/** The page to create a record for someone who is not found. */
@Named
@ViewScoped
public class CreatePerson implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Persons persons;
  @Inject Caller me;

  private final NewPerson person = new NewPerson();

  public String create() {
    try {
      Person created = persons.create(me, person);
      Pages.done("Record created for " + created.getFullName());
      return "/person.xhtml?faces-redirect=true&id=" + created.getId();
    } catch (InvalidInput problems) {
      Pages.show("person", problems);
      return null;
    }
  }

  public NewPerson getPerson() {
    return person;
  }
}

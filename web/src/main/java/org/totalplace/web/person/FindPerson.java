package org.totalplace.web.person;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.totalplace.person.boundary.Persons;
import org.totalplace.person.entity.Person;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.entity.Caller;
import org.totalplace.web.platform.Pages;

/** The search page: find a person by name before creating anyone new. */
@Named
@ViewScoped
public class FindPerson implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Persons persons;
  @Inject Caller me;

  private String name;
  private List<Person> results;

  public void search() {
    try {
      results = persons.search(me, name);
    } catch (InvalidInput problems) {
      results = null;
      Pages.show("search", problems);
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<Person> getResults() {
    return results;
  }

  public boolean isSearched() {
    return results != null;
  }
}

package org.totalplace.web.person;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.totalplace.person.boundary.Persons;
import org.totalplace.person.entity.Rows;
import org.totalplace.person.entity.SearchQuery;
import org.totalplace.person.entity.SearchResult;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.web.platform.Pages;

/**
 * The search page: find a person by name (typos allowed), identifier, date of birth or postcode
 * before creating anyone new. People whose records are not open to the worker show as "known to".
 */
@Named
@ViewScoped
public class FindPerson implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Persons persons;
  @Inject Caller me;

  private final SearchQuery query = new SearchQuery();
  private List<Rows.Found> results;
  private boolean more;

  /** Officers and admins do no casework: their work starts on their own pages. */
  public void load() throws IOException {
    if (!me.worksWithPeople()) {
      String home =
          me.hasRole(Roles.DATA_PROTECTION_OFFICER)
              ? "/dpo/index.xhtml"
              : me.hasRole(Roles.AGENCY_ADMIN) ? "/admin/agreements.xhtml" : null;
      if (home != null) {
        Pages.redirect(home);
      } else {
        Pages.sendError(403, "You have no job role that works with people's records");
      }
    }
  }

  public void search() {
    try {
      SearchResult found = persons.find(me, query);
      results = found.people();
      more = found.more();
    } catch (InvalidInput problems) {
      results = null;
      Pages.show("search", problems);
    }
  }

  public SearchQuery getQuery() {
    return query;
  }

  public List<Rows.Found> getResults() {
    return results;
  }

  /** More people matched than are shown: the page suggests a date of birth or postcode. */
  public boolean isMore() {
    return more;
  }

  public boolean isSearched() {
    return results != null;
  }
}

package org.totalplace.person.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.totalplace.person.entity.IdentifierScheme;
import org.totalplace.person.entity.Postcodes;
import org.totalplace.person.entity.SearchQuery;
import org.totalplace.platform.control.Sql;

/** Runs a search and answers the ids of the people found with their scores, best first. */
@Dependent
public class PersonSearch {

  @PersistenceContext EntityManager em;

  public Map<Long, Double> find(SearchQuery query) {
    String text = query.getText() == null ? "" : query.getText().strip();
    String postcode = Postcodes.normalise(query.getPostcode());
    boolean byBirth = query.getDateOfBirth() != null;
    boolean byPostcode = postcode != null;
    List<Object> params = new ArrayList<>();
    String sql;
    IdentifierScheme scheme = IdentifierScheme.recognise(text);
    if (scheme != null) {
      sql = SearchStatements.BY_IDENTIFIER;
      params.add(scheme.name());
      params.add(IdentifierScheme.normalise(text));
    } else if (!text.isEmpty()) {
      String typed = text.toLowerCase(Locale.UK).replaceAll("\\s+", " ");
      sql = SearchStatements.byName(byBirth, byPostcode);
      params.add(typed);
      params.add(typed.substring(typed.lastIndexOf(' ') + 1));
    } else {
      sql = SearchStatements.byBirthOrPostcode(byBirth, byPostcode);
    }
    if (scheme == null) {
      if (byBirth) {
        params.add(query.getDateOfBirth());
      }
      if (byPostcode) {
        params.add(postcode);
      }
    }
    Map<Long, Double> found = new LinkedHashMap<>();
    for (Object[] row : Sql.rows(em, sql, params.toArray())) {
      found.put(Sql.id(row[0]), ((Number) row[1]).doubleValue());
    }
    return found;
  }
}

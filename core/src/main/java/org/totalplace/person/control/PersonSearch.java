package org.totalplace.person.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.totalplace.person.entity.IdentifierScheme;
import org.totalplace.person.entity.Postcodes;
import org.totalplace.person.entity.SearchQuery;
import org.totalplace.platform.control.Sql;

/** Runs a search and answers the people found with how they matched, best first. */
@Dependent
public class PersonSearch {

  /**
   * How a person matched: by a name (their current one, or only a previous one), by an identifier
   * (recorded by which agencies), or by date of birth or postcode alone.
   */
  public record Match(
      double score,
      boolean byName,
      boolean currentName,
      IdentifierScheme scheme,
      Set<String> recordedBy) {}

  /** The people found, best first, at most {@link SearchStatements#LIMIT}; whether more match. */
  public record Found(Map<Long, Match> matches, boolean more) {}

  @PersistenceContext EntityManager em;

  public Found find(SearchQuery query) {
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
      params.addAll(SearchStatements.nameParameters(typed, !byBirth && !byPostcode));
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
    Map<Long, Match> found = new LinkedHashMap<>();
    boolean byName = scheme == null && !text.isEmpty();
    for (Object[] row : Sql.rows(em, sql, params.toArray())) {
      long id = Sql.id(row[0]);
      double score = ((Number) row[1]).doubleValue();
      if (scheme != null) {
        Match before = found.get(id);
        Set<String> agencies = new HashSet<>(before == null ? Set.of() : before.recordedBy());
        agencies.add((String) row[2]);
        found.put(id, new Match(score, false, false, scheme, agencies));
      } else {
        found.put(id, new Match(score, byName, Boolean.TRUE.equals(row[2]), null, Set.of()));
      }
    }
    boolean more = found.size() > SearchStatements.LIMIT;
    if (more) {
      found.remove(found.keySet().stream().reduce((a, b) -> b).orElseThrow());
    }
    return new Found(found, more);
  }
}

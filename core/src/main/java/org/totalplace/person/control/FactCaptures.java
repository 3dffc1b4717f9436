package org.totalplace.person.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.totalplace.person.entity.Fact;
import org.totalplace.person.entity.FieldChange;

/**
 * Notes, in the same transaction as the change, each fact an agency typed in and each agency a
 * change told once reached, for counting how often the place collects the same thing twice. One
 * statement per change, whatever the number of facts and agencies.
 */
@Dependent
public class FactCaptures {

  @PersistenceContext EntityManager em;

  public void keyed(long personId, String agency, Collection<Fact> facts, Instant at) {
    if (agency != null) {
      write(personId, List.of(agency), facts, "KEYED", at);
    }
  }

  public void shared(
      long personId, Collection<String> agencies, Collection<Fact> facts, Instant at) {
    write(personId, agencies, facts, "SHARED", at);
  }

  /** The counted facts among changed fields. */
  public static List<Fact> of(Collection<FieldChange> changes) {
    return changes.stream()
        .map(FieldChange::getField)
        .map(Fact::ofField)
        .flatMap(java.util.Optional::stream)
        .distinct()
        .toList();
  }

  private void write(
      long personId, Collection<String> agencies, Collection<Fact> facts, String how, Instant at) {
    if (agencies.isEmpty() || facts.isEmpty()) {
      return;
    }
    em.createNativeQuery(
            "insert into fact_capture (person_id, fact, agency, how, at) select ?1, f, a, ?4, ?5"
                + " from unnest(cast(?2 as text[])) f, unnest(cast(?3 as text[])) a")
        .setParameter(1, personId)
        .setParameter(2, "{" + String.join(",", facts.stream().map(Fact::name).toList()) + "}")
        .setParameter(3, "{" + String.join(",", agencies) + "}")
        .setParameter(4, how)
        .setParameter(5, at.atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }
}

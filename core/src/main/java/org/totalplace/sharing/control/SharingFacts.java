package org.totalplace.sharing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.totalplace.platform.control.Sql;
import org.totalplace.platform.entity.Caller;
import org.totalplace.sharing.entity.BreakGlass;
import org.totalplace.sharing.entity.Disclosure;
import org.totalplace.sharing.entity.SharingAgreement;
import org.totalplace.sharing.entity.SharingBasis;

/**
 * Gathers the facts the sharing rules need for one or many people in four indexed queries, however
 * many people, and hands them to {@link Disclosure#decide}. A record merged into another counts as
 * part of it: facts about either apply to both.
 */
@Dependent
public class SharingFacts {

  @PersistenceContext EntityManager em;

  Clock clock = Clock.systemUTC();

  public Disclosure about(Caller caller, long personId) {
    return about(caller, List.of(personId)).get(personId);
  }

  /** For each of the given (unmerged) people, what the caller may see. */
  public Map<Long, Disclosure> about(Caller caller, Collection<Long> personIds) {
    return decide(caller.getAgency(), caller.getUsername(), personIds);
  }

  /** What an agency as a whole may see, as when it is told of a change; nobody's glass counts. */
  public Disclosure forAgency(String agency, long personId) {
    return decide(agency, null, List.of(personId)).get(personId);
  }

  private Map<Long, Disclosure> decide(String agency, String username, Collection<Long> ids) {
    Map<Long, Disclosure> decided = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return decided;
    }
    Map<Long, Long> recordOf = recordsOf(ids);
    String all = inList(recordOf.keySet());
    Set<Long> involved = new HashSet<>();
    for (Object row :
        Sql.query(
                em,
                "select person_id from involvement where ended_on is null and agency = ?1"
                    + " and person_id in ("
                    + all
                    + ")",
                agency)
            .getResultList()) {
      involved.add(recordOf.get(Sql.id(row)));
    }
    Map<Long, List<SharingBasis>> bases = new HashMap<>();
    for (Object[] row :
        Sql.rows(
            em, SharingRows.BASIS + " where agency = ?1 and person_id in (" + all + ")", agency)) {
      SharingBasis basis = SharingRows.basis(row);
      bases.computeIfAbsent(recordOf.get(basis.personId()), k -> new ArrayList<>()).add(basis);
    }
    Map<Long, List<BreakGlass>> glass = new HashMap<>();
    if (username != null) {
      for (Object[] row :
          Sql.rows(
              em,
              SharingRows.GLASS
                  + " where username = ?1 and ends_at > ?2 and person_id in ("
                  + all
                  + ")",
              username,
              now())) {
        BreakGlass broken = SharingRows.glass(row);
        glass.computeIfAbsent(recordOf.get(broken.personId()), k -> new ArrayList<>()).add(broken);
      }
    }
    List<SharingAgreement> agreements = agreementsTo(agency);
    LocalDate today = LocalDate.ofInstant(now(), clock.getZone());
    for (Long id : ids) {
      decided.put(
          id,
          Disclosure.decide(
              agency,
              involved.contains(id),
              bases.getOrDefault(id, List.of()),
              glass.getOrDefault(id, List.of()),
              agreements,
              now(),
              today));
    }
    return decided;
  }

  public List<SharingAgreement> agreementsTo(String agency) {
    return Sql.rows(em, SharingRows.AGREEMENT + " where to_agency = ?1", agency).stream()
        .map(SharingRows::agreement)
        .toList();
  }

  /** Each given id and every record merged into it, mapped to the given id. */
  private Map<Long, Long> recordsOf(Collection<Long> ids) {
    Map<Long, Long> recordOf = new HashMap<>();
    ids.forEach(id -> recordOf.put(id, id));
    for (Object[] row :
        Sql.rows(
            em, "select id, merged_into from person where merged_into in (" + inList(ids) + ")")) {
      recordOf.put(Sql.id(row[0]), Sql.id(row[1]));
    }
    return recordOf;
  }

  /** Ids are numbers, so they are safe to write into the statement. */
  public static String inList(Collection<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  Instant now() {
    return clock.instant();
  }
}

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
 * Gathers the facts the sharing rules need for one or many people in one statement of indexed
 * lookups, however many people, and hands them to {@link Disclosure#decide}. A record merged into
 * another counts as part of it: facts about either apply to both.
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
    String given = inList(ids);
    // The people asked about and every record merged into them, as an array PostgreSQL works out
    // once and then looks up by index.
    String all =
        " = any(array(select unnest(array["
            + given
            + "]::bigint[]) union all select id from person where merged_into in ("
            + given
            + ")))";
    List<Sql.Part> parts = new ArrayList<>();
    parts.add(
        new Sql.Part(
            "merged", "id, merged_into", "from person where merged_into in (" + given + ")"));
    parts.add(
        new Sql.Part(
            "involved",
            "person_id",
            "from involvement where ended_on is null and agency = ?1 and person_id" + all));
    parts.add(
        new Sql.Part(
            "bases",
            SharingRows.BASIS_COLUMNS,
            "from sharing_basis where agency = ?1 and person_id" + all));
    parts.add(
        new Sql.Part(
            "agreements",
            SharingRows.AGREEMENT_COLUMNS,
            "from sharing_agreement where to_agency = ?1"));
    if (username != null) {
      parts.add(
          new Sql.Part(
              "glass",
              SharingRows.GLASS_COLUMNS,
              "from break_glass where username = ?2 and ends_at > ?3 and person_id" + all));
    }
    // One statement for all the facts, however many people: a list of twenty people asks once.
    Map<String, List<Object[]>> facts =
        username == null
            ? Sql.lists(em, parts, agency)
            : Sql.lists(em, parts, agency, username, now());
    Map<Long, Long> recordOf = new HashMap<>();
    ids.forEach(id -> recordOf.put(id, id));
    for (Object[] row : facts.get("merged")) {
      recordOf.put(Sql.id(row[0]), Sql.id(row[1]));
    }
    Set<Long> involved = new HashSet<>();
    for (Object[] row : facts.get("involved")) {
      involved.add(recordOf.get(Sql.id(row[0])));
    }
    Map<Long, List<SharingBasis>> bases = new HashMap<>();
    for (Object[] row : facts.get("bases")) {
      SharingBasis basis = SharingRows.basis(row);
      bases.computeIfAbsent(recordOf.get(basis.personId()), k -> new ArrayList<>()).add(basis);
    }
    Map<Long, List<BreakGlass>> glass = new HashMap<>();
    for (Object[] row : facts.getOrDefault("glass", List.of())) {
      BreakGlass broken = SharingRows.glass(row);
      glass.computeIfAbsent(recordOf.get(broken.personId()), k -> new ArrayList<>()).add(broken);
    }
    List<SharingAgreement> agreements =
        facts.get("agreements").stream().map(SharingRows::agreement).toList();
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

  /** Ids are numbers, so they are safe to write into the statement. */
  public static String inList(Collection<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  Instant now() {
    return clock.instant();
  }
}

package org.totalplace.person.control;

import static org.totalplace.platform.control.Sql.constant;
import static org.totalplace.platform.control.Sql.date;
import static org.totalplace.platform.control.Sql.id;
import static org.totalplace.platform.control.Sql.instant;
import static org.totalplace.platform.control.Sql.text;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.totalplace.person.entity.EntryKind;
import org.totalplace.person.entity.IdentifierScheme;
import org.totalplace.person.entity.RelationshipKind;
import org.totalplace.person.entity.Rows;
import org.totalplace.platform.control.Sql;
import org.totalplace.sharing.control.SharingFacts;
import org.totalplace.sharing.entity.Disclosure;
import org.totalplace.sharing.entity.Sensitivity;

/**
 * Reads the parts of a record, one query per part whatever its size (no N+1), for a record and
 * every record merged into it.
 */
@Dependent
public class RecordParts {

  /** The newest entries shown; older ones stay in the subject access export. */
  public static final int CHRONOLOGY_LIMIT = 500;

  @PersistenceContext EntityManager em;

  public List<Long> mergedInto(long id) {
    return Sql.rows(em, "select id, merged_into from person where merged_into = ?1", id).stream()
        .map(r -> id(r[0]))
        .toList();
  }

  /**
   * The newest entries the viewer may see, filtered here in SQL (by the same rule as {@link
   * Disclosure#maySee}) so the limit counts only what is shown: an old alert is never pushed out by
   * entries the viewer could not have seen anyway.
   */
  public List<Rows.Entry> chronology(String ids, Disclosure disclosure, int limit) {
    List<Object> params = new ArrayList<>();
    String visible = "";
    if (!disclosure.isEverything()) {
      params.add(disclosure.getAgency());
      StringBuilder pairs = new StringBuilder("agency = ?1");
      for (String pair : disclosure.sharedPairs()) {
        params.add(pair);
        pairs.append(params.size() == 2 ? " or agency || ':' || sensitivity in (" : ", ");
        pairs.append('?').append(params.size());
      }
      visible = " and (" + pairs + (params.size() > 1 ? "))" : ")");
    }
    return Sql.rows(
            em,
            "select id, person_id, agency, kind, sensitivity, summary, detail, occurred_at,"
                + " recorded_at, recorded_by from entry where person_id in ("
                + ids
                + ")"
                + visible
                + " order by occurred_at desc, id desc limit "
                + limit,
            params.toArray())
        .stream()
        .map(
            r ->
                new Rows.Entry(
                    id(r[0]),
                    id(r[1]),
                    text(r[2]),
                    constant(EntryKind.class, r[3]),
                    constant(Sensitivity.class, r[4]),
                    text(r[5]),
                    text(r[6]),
                    instant(r[7]),
                    instant(r[8]),
                    text(r[9])))
        .toList();
  }

  public List<Rows.Identifier> identifiers(String ids) {
    return Sql.rows(
            em,
            "select id, scheme, value, agency, recorded_at, recorded_by from identifier"
                + " where person_id in ("
                + ids
                + ") order by scheme, id")
        .stream()
        .map(
            r ->
                new Rows.Identifier(
                    id(r[0]),
                    constant(IdentifierScheme.class, r[1]),
                    text(r[2]),
                    text(r[3]),
                    instant(r[4]),
                    text(r[5])))
        .toList();
  }

  public List<Rows.Address> addresses(String ids) {
    return Sql.rows(
            em,
            "select id, line, postcode, moved_in, moved_out from address where person_id in ("
                + ids
                + ") order by moved_in desc, id desc")
        .stream()
        .map(r -> new Rows.Address(id(r[0]), text(r[1]), text(r[2]), date(r[3]), date(r[4])))
        .toList();
  }

  public List<Rows.PreviousName> previousNames(String ids) {
    return Sql.rows(
            em,
            "select given_name, family_name, used_until from person_name where kind = 'PREVIOUS'"
                + " and person_id in ("
                + ids
                + ") order by used_until desc nulls last")
        .stream()
        .map(r -> new Rows.PreviousName(text(r[0]), text(r[1]), date(r[2])))
        .toList();
  }

  public List<Rows.Relationship> relationships(String ids) {
    return Sql.rows(
            em,
            "select r.id, r.kind, coalesce(p.merged_into, p.id), p.given_name || ' ' ||"
                + " p.family_name, extract(year from p.date_of_birth) from relationship r"
                + " join person p on p.id = r.related_person_id where r.person_id in ("
                + ids
                + ") order by r.kind, p.family_name")
        .stream()
        .map(
            r ->
                new Rows.Relationship(
                    id(r[0]),
                    constant(RelationshipKind.class, r[1]),
                    id(r[2]),
                    text(r[3]),
                    ((Number) r[4]).intValue()))
        .toList();
  }

  public List<Rows.Involvement> involvements(String ids) {
    return involvementsOf(ids).values().stream().findFirst().orElse(List.of());
  }

  /** The agencies currently involved with each of the given people, keyed by person. */
  public Map<Long, List<Rows.Involvement>> involvementsOf(Collection<Long> ids) {
    return involvementsOf(SharingFacts.inList(ids));
  }

  private Map<Long, List<Rows.Involvement>> involvementsOf(String ids) {
    Map<Long, List<Rows.Involvement>> byPerson = new HashMap<>();
    for (Object[] r :
        Sql.rows(
            em,
            "select coalesce(p.merged_into, p.id), i.id, i.agency, a.name, i.lead_worker,"
                + " i.started_on from involvement i join agency a on a.code = i.agency"
                + " join person p on p.id = i.person_id where i.ended_on is null"
                + " and (p.id in ("
                + ids
                + ") or p.merged_into in ("
                + ids
                + ")) order by a.name")) {
      byPerson
          .computeIfAbsent(id(r[0]), k -> new java.util.ArrayList<>())
          .add(new Rows.Involvement(id(r[1]), text(r[2]), text(r[3]), text(r[4]), date(r[5])));
    }
    return byPerson;
  }
}

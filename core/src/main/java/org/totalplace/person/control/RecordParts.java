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
import org.totalplace.sharing.control.SharingRows;
import org.totalplace.sharing.entity.Disclosure;
import org.totalplace.sharing.entity.Sensitivity;

/**
 * Reads the parts of a record, for a record and every record merged into it, in one statement
 * whatever their sizes (no N+1, and no statement per part).
 */
@Dependent
public class RecordParts {

  /** The newest entries shown; older ones stay in the subject access export. */
  public static final int CHRONOLOGY_LIMIT = 500;

  @PersistenceContext EntityManager em;

  /** What a record holds besides the person's own row, as {@link #of} reads it. */
  public record Parts(
      List<Rows.Involvement> involvements,
      List<Rows.PreviousName> previousNames,
      List<Rows.Address> addresses,
      List<Rows.Identifier> identifiers,
      List<Rows.Relationship> relationships,
      List<Rows.Entry> chronology,
      List<Object[]> bases) {}

  /**
   * The parts of a record and of every record merged into it, in one statement whatever their
   * sizes: the agencies involved always; when the record is open to the viewer, also previous
   * names, addresses, identifiers, relationships, the newest entries the viewer may see (at most
   * {@code limit}) and the bases for sharing (as rows, for the sharing package to read).
   */
  public Parts of(long personId, Disclosure disclosure, boolean open, int limit) {
    String ids =
        " = any(array(select "
            + personId
            + "::bigint union all select id from person where merged_into = "
            + personId
            + "))";
    List<Sql.Part> wanted = new ArrayList<>();
    wanted.add(
        new Sql.Part(
            "involvements",
            "i.id, i.agency, a.name, i.lead_worker, i.started_on",
            "from involvement i join agency a on a.code = i.agency where i.ended_on is null"
                + " and i.person_id"
                + ids
                + " order by a.name"));
    List<Object> params = new ArrayList<>();
    if (open) {
      wanted.add(
          new Sql.Part(
              "names",
              "given_name, family_name, used_until",
              "from person_name where kind = 'PREVIOUS' and person_id"
                  + ids
                  + " order by used_until desc nulls last"));
      wanted.add(
          new Sql.Part(
              "addresses",
              "id, line, postcode, moved_in, moved_out",
              "from address where person_id" + ids + " order by moved_in desc, id desc"));
      wanted.add(
          new Sql.Part(
              "identifiers",
              "id, scheme, value, agency, recorded_at, recorded_by",
              "from identifier where person_id" + ids + " order by scheme, id"));
      wanted.add(
          new Sql.Part(
              "relationships",
              "r.id, r.kind, coalesce(p.merged_into, p.id), p.given_name || ' ' || p.family_name,"
                  + " extract(year from p.date_of_birth)",
              "from relationship r join person p on p.id = r.related_person_id where r.person_id"
                  + ids
                  + " order by r.kind, p.family_name"));
      wanted.add(
          new Sql.Part(
              "chronology",
              "id, person_id, agency, kind, sensitivity, summary, detail, occurred_at,"
                  + " recorded_at, recorded_by",
              "from entry where person_id"
                  + ids
                  + visibleTo(disclosure, params)
                  + " order by occurred_at desc, id desc limit "
                  + limit));
      wanted.add(
          new Sql.Part(
              "bases",
              SharingRows.BASIS_COLUMNS,
              "from sharing_basis where person_id" + ids + " order by recorded_at desc"));
    }
    Map<String, List<Object[]>> read = Sql.lists(em, wanted, params.toArray());
    return new Parts(
        read.get("involvements").stream()
            .map(
                r -> new Rows.Involvement(id(r[0]), text(r[1]), text(r[2]), text(r[3]), date(r[4])))
            .toList(),
        rows(read, "names")
            .map(r -> new Rows.PreviousName(text(r[0]), text(r[1]), date(r[2])))
            .toList(),
        rows(read, "addresses")
            .map(r -> new Rows.Address(id(r[0]), text(r[1]), text(r[2]), date(r[3]), date(r[4])))
            .toList(),
        rows(read, "identifiers")
            .map(
                r ->
                    new Rows.Identifier(
                        id(r[0]),
                        constant(IdentifierScheme.class, r[1]),
                        text(r[2]),
                        text(r[3]),
                        instant(r[4]),
                        text(r[5])))
            .toList(),
        rows(read, "relationships")
            .map(
                r ->
                    new Rows.Relationship(
                        id(r[0]),
                        constant(RelationshipKind.class, r[1]),
                        id(r[2]),
                        text(r[3]),
                        ((Number) r[4]).intValue()))
            .toList(),
        rows(read, "chronology")
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
            .toList(),
        rows(read, "bases").toList());
  }

  private static java.util.stream.Stream<Object[]> rows(
      Map<String, List<Object[]>> read, String part) {
    return read.getOrDefault(part, List.of()).stream();
  }

  /**
   * The entries the viewer may see, filtered in SQL (by the same rule as {@link Disclosure#maySee})
   * so the limit counts only what is shown: an old alert is never pushed out by entries the viewer
   * could not have seen anyway.
   */
  private static String visibleTo(Disclosure disclosure, List<Object> params) {
    if (disclosure.isEverything()) {
      return "";
    }
    params.add(disclosure.getAgency());
    StringBuilder pairs = new StringBuilder("agency = ?1");
    for (String pair : disclosure.sharedPairs()) {
      params.add(pair);
      pairs.append(params.size() == 2 ? " or agency || ':' || sensitivity in (" : ", ");
      pairs.append('?').append(params.size());
    }
    return " and (" + pairs + (params.size() > 1 ? "))" : ")");
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

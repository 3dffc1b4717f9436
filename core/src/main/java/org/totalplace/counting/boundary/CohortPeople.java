package org.totalplace.counting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;

/**
 * The people of a cohort that the caller's own agency works with now, so a team lead can follow a
 * figure to a person's journey. Never for an analyst, who sees no names; each person listed is
 * audited, and their journey then shows only what the team lead's agency may see.
 */
@Stateless
public class CohortPeople {

  static final int SHOWN = 25;

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;

  /** A person of the cohort, as a team lead's list shows them. */
  public record Member(long id, String name, int yearOfBirth) implements Serializable {}

  public List<Member> of(Caller caller, String code) {
    if (code == null) {
      throw InvalidInput.of("code", "Choose a group");
    }
    if (caller.getAgency() == null || !caller.hasRole(Roles.TEAM_LEAD)) {
      throw new NotAllowed("Only team leads see who is in a group, and only their agency's people");
    }
    String argument = argument(code);
    if ((code.startsWith("RELEASED:") || code.startsWith("NEED:"))
        && !argument.matches("\\d{1,18}")) {
      throw InvalidInput.of("code", "There is no group " + code);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select p.id, p.given_name || ' ' || p.family_name, extract(year from"
                    + " p.date_of_birth)::int from person p join involvement i on i.person_id ="
                    + " p.id and i.agency = ?1 and i.ended_on is null where p.merged_into is null"
                    + " and "
                    + membership(code)
                    + " order by p.family_name, p.given_name limit "
                    + SHOWN)
            .setParameter(1, caller.getAgency())
            .setParameter(2, argument)
            .getResultList();
    List<Member> members =
        rows.stream()
            .map(
                r ->
                    new Member(
                        ((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue()))
            .toList();
    audit.recordAll(
        caller,
        "PERSON_LISTED",
        members.stream()
            .map(m -> new AuditTrail.Listed("person", m.id(), "cohort " + code, null))
            .toList());
    return members;
  }

  /** The test that a person is in the cohort, as PlaceCounting forms it, with ?2 its argument. */
  private static String membership(String code) {
    String kind =
        code == null ? "" : code.contains(":") ? code.substring(0, code.indexOf(':')) : code;
    return switch (kind) {
      case "PLACE" -> "?2 = ''";
      case "PATHWAY" -> "exists (select 1 from pathway w where w.person_id = p.id and w.kind = ?2)";
      case "RELEASED" ->
          "exists (select 1 from pathway w where w.person_id = p.id and w.kind = 'PRISON_RELEASE'"
              + " and w.key_date <= current_date and financial_year(w.key_date) = cast(?2 as int))";
      case "NEED" ->
          "exists (select 1 from referral r where r.person_id = p.id and r.status <> 'DRAFT' and"
              + " r.service_id = cast(?2 as bigint))";
      case "AGENCIES" ->
          "?2 = '3' and (select count(distinct agency) from involvement a where a.person_id ="
              + " p.id) >= 3";
      default -> throw InvalidInput.of("code", "There is no group " + code);
    };
  }

  private static String argument(String code) {
    return code == null ? "" : code.contains(":") ? code.substring(code.indexOf(':') + 1) : "";
  }
}

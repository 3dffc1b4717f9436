package org.totalplace.staff.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.totalplace.platform.control.Sql;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.staff.entity.StaffMember;

/**
 * Who works here. Keycloak is the source: each login refreshes the row, so names, agencies, roles
 * and email addresses follow the identity provider. Someone who never logged in is unknown here
 * (the demo sets up its users), so escalations also go to the team leads' shared inbox in the app.
 */
@Stateless
public class StaffList {

  private static final String COLUMNS =
      "username, display_name, email, agency, team_lead, active, caseworker from staff";

  @PersistenceContext EntityManager em;

  Clock clock = Clock.systemUTC();

  /** Notes a login: the caller as their token describes them now. */
  public void seen(Caller caller, String email) {
    Sql.update(
        em,
        "insert into staff (username, display_name, email, agency, team_lead, active,"
            + " last_seen_at, caseworker) values (?1, ?2, ?3, ?4, ?5, true, ?6, ?7) on conflict"
            + " (username) do update set display_name = ?2, email = ?3, agency = ?4, team_lead ="
            + " ?5, active = true, last_seen_at = ?6, caseworker = ?7",
        caller.getUsername(),
        caller.getDisplayName(),
        email,
        caller.getAgency(),
        caller.hasRole(Roles.TEAM_LEAD),
        clock.instant(),
        caller.worksWithPeople());
  }

  public Optional<StaffMember> member(String username) {
    return rows("select " + COLUMNS + " where username = ?1", username).stream().findFirst();
  }

  /** The active team leads of an agency. */
  public List<StaffMember> leadsOf(String agency) {
    return rows(
        "select " + COLUMNS + " where agency = ?1 and team_lead and active order by display_name",
        agency);
  }

  /** The active caseworkers of an agency, to assign work to. */
  public List<StaffMember> colleaguesOf(String agency) {
    return rows(
        "select " + COLUMNS + " where agency = ?1 and active and caseworker order by display_name",
        agency);
  }

  /**
   * The names of the given logins, in one query, so pages say who did something by name; a login
   * nobody knows here (a system client, someone who never logged in) is not in the answer.
   */
  public Map<String, String> names(Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return Map.of();
    }
    Map<String, String> names = new HashMap<>();
    for (Object[] r :
        Sql.rows(
            em,
            "select username, display_name from staff where username = any(cast(?1 as text[]))",
            usernames.stream()
                .distinct()
                .map(u -> '"' + u.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "{", "}")))) {
      names.put(Sql.text(r[0]), Sql.text(r[1]));
    }
    return names;
  }

  private List<StaffMember> rows(String sql, Object... params) {
    return Sql.rows(em, sql, params).stream()
        .map(
            r ->
                new StaffMember(
                    Sql.text(r[0]),
                    Sql.text(r[1]),
                    Sql.text(r[2]),
                    Sql.text(r[3]),
                    Boolean.TRUE.equals(r[4]),
                    Boolean.TRUE.equals(r[5]),
                    Boolean.TRUE.equals(r[6])))
        .toList();
  }
}

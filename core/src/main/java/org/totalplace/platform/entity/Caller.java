package org.totalplace.platform.entity;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The person or system acting, as their token says: passed explicitly into every boundary so that
 * each rule is checked on the server against who is really asking.
 */
public final class Caller implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String username;
  private final String displayName;
  private final String agency;
  private final Set<String> roles;

  public Caller(String username, String displayName, String agency, Set<String> roles) {
    this.username = Objects.requireNonNull(username);
    this.displayName = displayName == null || displayName.isBlank() ? username : displayName;
    this.agency = agency;
    this.roles = Set.copyOf(roles);
  }

  /** A caller as a token describes them: its groups hold both job roles and agency roles. */
  public static Caller fromGroups(
      String username, String displayName, String agency, Set<String> groups) {
    return new Caller(
        username,
        displayName,
        agency,
        groups.stream().filter(Roles.ALL::contains).collect(Collectors.toSet()));
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  /** The agency code, or null for someone who belongs to no agency. */
  public String getAgency() {
    return agency;
  }

  public Set<String> getRoles() {
    return roles;
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  /** Frontline workers and team leads of an agency work with people's records and referrals. */
  public boolean worksWithPeople() {
    return agency != null && (hasRole(Roles.FRONTLINE_WORKER) || hasRole(Roles.TEAM_LEAD));
  }

  public boolean belongsTo(String agencyCode) {
    return agency != null && agency.equals(agencyCode);
  }

  @Override
  public String toString() {
    return username + (agency == null ? "" : " (" + agency + ")");
  }
}

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
  private final String origin;
  private final boolean system;

  public Caller(String username, String displayName, String agency, Set<String> roles) {
    this(username, displayName, agency, roles, null, false);
  }

  private Caller(
      String username,
      String displayName,
      String agency,
      Set<String> roles,
      String origin,
      boolean system) {
    this.username = Objects.requireNonNull(username);
    this.displayName = displayName == null || displayName.isBlank() ? username : displayName;
    this.agency = agency;
    this.roles = Set.copyOf(roles);
    this.origin = origin;
    this.system = system;
  }

  /** The same caller, noting where the request came from (an IP address) for the audit. */
  public Caller from(String origin) {
    return new Caller(username, displayName, agency, roles, origin, system);
  }

  /**
   * The same caller, known to be a system acting through the API rather than a person at a page:
   * some things (break-glass) need a person who answers for it.
   */
  public Caller asSystem() {
    return new Caller(username, displayName, agency, roles, origin, true);
  }

  /** Whether a person (logged in at the pages) is acting, not a system. */
  public boolean isPerson() {
    return !system;
  }

  public String getOrigin() {
    return origin;
  }

  /** The role the caller acts in, for the audit: the most senior one they hold. */
  public String getActingRole() {
    return Roles.BY_SENIORITY.stream().filter(roles::contains).findFirst().orElse(null);
  }

  /** Data-protection officers and agency admins look after records; they do not do casework. */
  public boolean looksAfterRecords() {
    return hasRole(Roles.DATA_PROTECTION_OFFICER) || hasRole(Roles.AGENCY_ADMIN);
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

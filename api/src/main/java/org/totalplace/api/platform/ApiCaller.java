package org.totalplace.api.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;

/** The system (or person) behind the bearer token of this request. */
@RequestScoped
public class ApiCaller {

  private static final Set<String> ROLES =
      Set.of(
          Roles.FRONTLINE_WORKER,
          Roles.TEAM_LEAD,
          Roles.AGENCY_ADMIN,
          Roles.DATA_PROTECTION_OFFICER);

  @Inject JsonWebToken token;
  @Inject Directory directory;

  private Caller caller;

  @Produces
  Caller caller() {
    if (caller == null) {
      Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
      caller =
          new Caller(
              token.getName(),
              token.getName(),
              directory.agencyAmong(groups).orElse(null),
              groups.stream().filter(ROLES::contains).collect(Collectors.toSet()));
    }
    return caller;
  }
}

package org.totalplace.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;

/** Who is logged in, with agency and roles taken from their Keycloak token. */
@RequestScoped
public class CurrentCaller {

  private static final Set<String> ROLES =
      Set.of(
          Roles.FRONTLINE_WORKER,
          Roles.TEAM_LEAD,
          Roles.AGENCY_ADMIN,
          Roles.DATA_PROTECTION_OFFICER);

  @Inject HttpServletRequest request;
  @Inject OpenIdContext token;
  @Inject Directory directory;

  private Caller caller;

  @Produces
  @Named("me")
  Caller caller() {
    if (caller == null) {
      // Keycloak puts realm roles, agency roles included, in the access token's groups claim.
      Set<String> groups =
          Set.copyOf(token.getAccessToken().getJwtClaims().getArrayStringClaim("groups"));
      caller =
          new Caller(
              request.getUserPrincipal().getName(),
              displayName(),
              directory.agencyAmong(groups).orElse(null),
              groups.stream().filter(ROLES::contains).collect(Collectors.toSet()));
    }
    return caller;
  }

  private String displayName() {
    var claims = token.getClaims();
    String name =
        Stream.of(claims.getGivenName(), claims.getFamilyName())
            .flatMap(Optional::stream)
            .collect(Collectors.joining(" "));
    return name.isBlank() ? null : name;
  }
}

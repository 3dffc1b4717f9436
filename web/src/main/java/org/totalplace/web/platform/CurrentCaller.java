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

/** Who is logged in, with agency and roles taken from their Keycloak token. */
@RequestScoped
public class CurrentCaller {

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
          Caller.fromGroups(
                  request.getUserPrincipal().getName(),
                  displayName(),
                  directory.agencyAmong(groups).orElse(null),
                  groups)
              .from(request.getRemoteAddr());
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

package org.totalplace.api.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.platform.entity.Caller;

/** The system (or person) behind the bearer token of this request, and where it called from. */
@RequestScoped
public class ApiCaller {

  @Inject JsonWebToken token;
  @Inject Directory directory;
  @Inject HttpServletRequest request;

  private Caller caller;

  @Produces
  Caller caller() {
    if (caller == null) {
      Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
      String name = token.getName() == null ? token.getSubject() : token.getName();
      // The connecting address only: a forwarded-for header is the caller's say-so, not evidence.
      caller =
          Caller.fromGroups(name, name, directory.agencyAmong(groups).orElse(null), groups)
              .from(request.getRemoteAddr())
              .asSystem();
    }
    return caller;
  }
}

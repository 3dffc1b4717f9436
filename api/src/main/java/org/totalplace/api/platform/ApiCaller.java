package org.totalplace.api.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.platform.entity.Caller;

/** The system (or person) behind the bearer token of this request. */
@RequestScoped
public class ApiCaller {

  @Inject JsonWebToken token;
  @Inject Directory directory;

  private Caller caller;

  @Produces
  Caller caller() {
    if (caller == null) {
      Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
      String name = token.getName() == null ? token.getSubject() : token.getName();
      caller = Caller.fromGroups(name, name, directory.agencyAmong(groups).orElse(null), groups);
    }
    return caller;
  }
}

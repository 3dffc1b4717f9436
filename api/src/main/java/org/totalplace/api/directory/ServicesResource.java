package org.totalplace.api.directory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.platform.entity.Roles;

/** The services of the place, to choose where to refer. */
@Path("services")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE_WORKER, Roles.TEAM_LEAD})
public class ServicesResource {

  @Inject Directory directory;

  @GET
  public List<ServiceView> all() {
    return directory.services().stream().map(ServiceView::of).toList();
  }
}

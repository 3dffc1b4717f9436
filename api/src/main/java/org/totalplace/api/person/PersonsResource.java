package org.totalplace.api.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.totalplace.person.boundary.Persons;
import org.totalplace.person.entity.NewPerson;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;

/** Finding and creating people's records. */
@Path("persons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE_WORKER, Roles.TEAM_LEAD})
public class PersonsResource {

  @Inject Persons persons;
  @Inject Caller caller;

  @GET
  public List<PersonView> search(@QueryParam("name") String name) {
    return persons.search(caller, name).stream().map(PersonView::of).toList();
  }

  @GET
  @Path("{id}")
  public PersonView find(@PathParam("id") long id) {
    return PersonView.of(persons.find(caller, id));
  }

  @POST
  public Response create(NewPerson details, @jakarta.ws.rs.core.Context UriInfo uri) {
    PersonView created = PersonView.of(persons.create(caller, details));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(created)
        .build();
  }
}

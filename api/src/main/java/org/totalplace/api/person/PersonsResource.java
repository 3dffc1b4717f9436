package org.totalplace.api.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.totalplace.api.platform.Idempotent;
import org.totalplace.api.platform.IfMatch;
import org.totalplace.api.platform.ScopeCheck;
import org.totalplace.person.boundary.Persons;
import org.totalplace.person.entity.BirthDates;
import org.totalplace.person.entity.NewPerson;
import org.totalplace.person.entity.SearchQuery;
import org.totalplace.person.entity.SearchResult;
import org.totalplace.person.entity.SharedRecord;
import org.totalplace.platform.control.FieldProblem;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;

/** Finding people's shared records and starting new ones. One record is PersonRecordResource. */
@Path("persons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE_WORKER, Roles.TEAM_LEAD})
public class PersonsResource {

  @Inject Persons persons;
  @Inject Caller caller;

  /**
   * q: a name (typos allowed) or an NHS, National Insurance or prison number; name is the older
   * spelling of q. Each person found is shown as much as the caller may see.
   */
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "persons.read")
  @GET
  @APIResponse(
      responseCode = "200",
      description =
          "The people found, best first, at most 20. When more match, the header More-Matches is"
              + " true: add dateOfBirth or postcode to narrow the search.",
      headers = @Header(name = MORE_MATCHES, schema = @Schema(type = SchemaType.BOOLEAN)),
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = FoundView.class)))
  public Response search(
      @QueryParam("q") String q,
      @QueryParam("name") String name,
      @QueryParam("dateOfBirth") String dateOfBirth,
      @QueryParam("postcode") String postcode) {
    SearchQuery query =
        new SearchQuery(q == null || q.isBlank() ? name : q, date(dateOfBirth), postcode);
    try {
      SearchResult found = persons.find(caller, query);
      return Response.ok(found.people().stream().map(FoundView::of).toList())
          .header(MORE_MATCHES, found.more())
          .build();
    } catch (InvalidInput e) {
      throw asQueryParameters(e);
    }
  }

  /** Says whether more people matched than the 20 answered. */
  static final String MORE_MATCHES = "More-Matches";

  /** 201 with the new record; its creator's agency is involved with the person from now on. */
  @Idempotent
  @Transactional
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "persons.write")
  @POST
  @APIResponse(
      responseCode = "201",
      description = "The new record; its address is in Location",
      content = @Content(schema = @Schema(implementation = RecordView.class)))
  @Operation(summary = "Start a shared record for a person nobody has recorded yet")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "example",
                      value =
                          "{\"givenName\": \"Jordan\", \"familyName\": \"Miles\", \"dateOfBirth\": \"1990-04-12\", \"postcode\": \"LS11 5QP\", \"nhsNumber\": \"9434765919\"}")))
  public Response create(NewPerson details, @Context UriInfo uri) {
    long id = persons.create(caller, details).getId();
    SharedRecord created = persons.record(caller, id);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
        .tag(IfMatch.tag(created.getVersion()))
        .entity(RecordView.of(created))
        .build();
  }

  private static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      String impossible = BirthDates.impossibleDay(text);
      throw InvalidInput.of(
          "dateOfBirth", impossible != null ? impossible : "Enter the date of birth as yyyy-mm-dd");
    }
  }

  /** Core names the searched text "text"; a client sent it as q. */
  private static InvalidInput asQueryParameters(InvalidInput e) {
    return new InvalidInput(
        e.getProblems().stream()
            .map(p -> "text".equals(p.getField()) ? new FieldProblem("q", p.getMessage()) : p)
            .toList());
  }
}

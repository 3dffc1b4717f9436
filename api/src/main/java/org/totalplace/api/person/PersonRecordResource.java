package org.totalplace.api.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.totalplace.api.platform.Idempotent;
import org.totalplace.api.platform.IfMatch;
import org.totalplace.api.platform.Reason;
import org.totalplace.api.platform.ScopeCheck;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.person.boundary.AccessRequests;
import org.totalplace.person.boundary.Contributions;
import org.totalplace.person.boundary.Persons;
import org.totalplace.person.boundary.TellUsOnce;
import org.totalplace.person.control.RecordDocument;
import org.totalplace.person.entity.Circumstances;
import org.totalplace.person.entity.NewEntry;
import org.totalplace.person.entity.PersonDetails;
import org.totalplace.person.entity.SharedRecord;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;

/**
 * One person's shared record: read as far as the caller may see it, changed with If-Match, added
 * to. An id merged into another record answers the kept record, saying mergedFrom.
 */
@Path("persons/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE_WORKER, Roles.TEAM_LEAD})
public class PersonRecordResource {

  /** 428 Precondition Required (RFC 6585): JAX-RS has no constant for it. */
  static final int PRECONDITION_REQUIRED = 428;

  @Inject Persons persons;
  @Inject Contributions contributions;
  @Inject TellUsOnce tellUsOnce;
  @Inject AccessRequests accessRequests;
  @Inject Directory directory;
  @Inject Caller caller;

  /** The whole record (access RECORD, with an ETag) or the "known to" card (KNOWN_TO). */
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "persons.read")
  @GET
  @APIResponse(
      responseCode = "200",
      description = "The shared record as the calling agency may see it, or the known-to card",
      content = @Content(schema = @Schema(implementation = RecordView.class)))
  public Response read(@PathParam("id") long id, @Context UriInfo uri) {
    return answer(Response.ok(), persons.record(caller, id), uri);
  }

  /** Edits who the person is; 412 with what changed meanwhile if the version is not current. */
  @Idempotent
  @Transactional
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "persons.write")
  @PUT
  @APIResponse(
      responseCode = "200",
      description = "The record after the edit, with its new ETag",
      content = @Content(schema = @Schema(implementation = RecordView.class)))
  public Response edit(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Context UriInfo uri,
      PersonDetails details) {
    if (details != null) {
      details.setVersion(versionOf(ifMatch, details.getVersion()));
    }
    return answer(Response.ok(), persons.edit(caller, id, details), uri);
  }

  /** A change of address, phone, custody or death, told to every other agency involved. */
  @Idempotent
  @Transactional
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "persons.write")
  @POST
  @Path("circumstances")
  @APIResponse(
      responseCode = "200",
      description = "The record after the change, with its new ETag",
      content = @Content(schema = @Schema(implementation = RecordView.class)))
  public Response changeCircumstances(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Context UriInfo uri,
      Circumstances change) {
    if (change != null) {
      change.setVersion(versionOf(ifMatch, change.getVersion()));
    }
    return answer(Response.ok(), tellUsOnce.change(caller, id, change), uri);
  }

  /** The record as the caller may see it, as one HTML document to keep or print. */
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "persons.read")
  @GET
  @Path("export")
  @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
  public Response export(@PathParam("id") long id) {
    SharedRecord record = persons.export(caller, id);
    String html =
        RecordDocument.render(
            record, "Record of " + record.getFullName(), directory::agencyName, null);
    return Response.ok(html)
        .header(
            "Content-Disposition", "attachment; filename=\"record-" + record.getId() + ".html\"")
        .build();
  }

  @Idempotent
  @Transactional
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "persons.write")
  @POST
  @Path("entries")
  public Response addEntry(@PathParam("id") long id, NewEntry entry) {
    long entryId = contributions.addEntry(caller, id, entry);
    return Response.status(Response.Status.CREATED).entity(Map.of("id", entryId)).build();
  }

  @Idempotent
  @Transactional
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "persons.write")
  @POST
  @Path("identifiers")
  @APIResponse(responseCode = "204", description = "Done; nothing to return")
  public void addIdentifier(@PathParam("id") long id, NewIdentifier identifier) {
    contributions.addIdentifier(
        caller,
        id,
        identifier == null ? null : identifier.getScheme(),
        identifier == null ? null : identifier.getValue());
  }

  /** Records how the person is related to another record (both ways round); 204. */
  @Idempotent
  @Transactional
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "persons.write")
  @POST
  @Path("relationships")
  @APIResponse(responseCode = "204", description = "Done; nothing to return")
  public void relate(@PathParam("id") long id, NewRelationship body) {
    contributions.relate(
        caller,
        id,
        body == null ? null : body.getKind(),
        body == null ? null : body.getRelatedId());
  }

  /** The caller's agency works with the person from now on, with this lead worker. */
  @Idempotent
  @Transactional
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "persons.write")
  @POST
  @Path("involvement")
  @APIResponse(responseCode = "204", description = "Done; nothing to return")
  public void involve(@PathParam("id") long id, LeadWorker body) {
    contributions.involve(caller, id, body == null ? null : body.getLeadWorker());
  }

  @Idempotent
  @Transactional
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "persons.write")
  @DELETE
  @Path("involvement")
  @APIResponse(responseCode = "204", description = "Done; nothing to return")
  public void endInvolvement(@PathParam("id") long id) {
    contributions.endInvolvement(caller, id);
  }

  /** From the "known to" card: asks every involved agency to open the record; 202, they decide. */
  @Idempotent
  @Transactional
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "persons.write")
  @POST
  @Path("access-requests")
  public Response requestAccess(@PathParam("id") long id, Reason body) {
    int told = accessRequests.ask(caller, id, Reason.of(body));
    return Response.accepted(Map.of("agenciesTold", told)).build();
  }

  private static Response answer(
      Response.ResponseBuilder response, SharedRecord record, UriInfo uri) {
    if (record.isRecordOpen()) {
      response.tag(IfMatch.tag(record.getVersion()));
    }
    if (record.getRequestedId() != null) {
      response.header(
          "Content-Location",
          uri.getBaseUriBuilder().path("persons").path(Long.toString(record.getId())).build());
    }
    return response.entity(RecordView.of(record)).build();
  }

  /**
   * The version the client changed: If-Match, else the version in the body. A change with neither
   * would silently overwrite whatever is there now, so it is refused with 428.
   */
  static int versionOf(String ifMatch, int inBody) {
    Integer tagged = IfMatch.version(ifMatch);
    if (tagged != null) {
      return tagged;
    }
    if (inBody > 0) {
      return inBody;
    }
    throw new ClientErrorException(PRECONDITION_REQUIRED);
  }
}

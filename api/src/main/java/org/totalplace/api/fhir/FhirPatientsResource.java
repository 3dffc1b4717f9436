package org.totalplace.api.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.totalplace.api.platform.IfMatch;
import org.totalplace.api.platform.ScopeCheck;
import org.totalplace.person.boundary.Persons;
import org.totalplace.person.entity.IdentifierScheme;
import org.totalplace.person.entity.SearchQuery;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;

/**
 * Patient search and read for the person match, through the same audited search and record as
 * /persons: each person is shown only as far as the caller's agency may see them.
 */
@Path("fhir/Patient")
@RequestScoped
@Produces({FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@RolesAllowed({Roles.FRONTLINE_WORKER, Roles.TEAM_LEAD})
public class FhirPatientsResource {

  /** Core's names for what the client sent as FHIR search parameters. */
  private static final Map<String, String> PARAMETERS =
      Map.of("text", "name", "dateOfBirth", "birthdate", "postcode", "address-postalcode");

  @Inject FhirJson json;
  @Inject Persons persons;
  @Inject Caller caller;

  /**
   * identifier=https://fhir.nhs.uk/Id/nhs-number|9434765919 alone; or name (or given and family),
   * birthdate (yyyy-mm-dd) and address-postalcode, as on /persons.
   */
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "persons.read")
  @GET
  public Response search(
      @QueryParam("identifier") String identifier,
      @QueryParam("name") String name,
      @QueryParam("given") String given,
      @QueryParam("family") String family,
      @QueryParam("birthdate") String birthdate,
      @QueryParam("address-postalcode") String postcode,
      @Context UriInfo uri) {
    String nhsNumber = nhsNumber(identifier);
    String names =
        Stream.of(name, given, family)
            .filter(s -> s != null && !s.isBlank())
            .map(String::strip)
            .collect(Collectors.joining(" "));
    if (nhsNumber != null && (!names.isEmpty() || birthdate != null || postcode != null)) {
      throw InvalidInput.of(
          "identifier", "Search by NHS number alone, or by name, birthdate and postcode");
    }
    SearchQuery query =
        nhsNumber != null
            ? new SearchQuery(nhsNumber, null, null)
            : new SearchQuery(names, date(birthdate), postcode);
    var found = searchWith(query);
    String base = uri.getBaseUriBuilder().path("fhir/Patient/").build().toString();
    return Response.ok(json.write(PatientResources.searchset(found, nhsNumber, base))).build();
  }

  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "persons.read")
  @GET
  @Path("{id}")
  public Response read(@PathParam("id") long id) {
    var record = persons.record(caller, id);
    Response.ResponseBuilder answer = Response.ok(json.write(PatientResources.record(record)));
    if (record.isRecordOpen()) {
      answer.tag(IfMatch.tag(record.getVersion()));
    }
    return answer.build();
  }

  private java.util.List<org.totalplace.person.entity.Rows.Found> searchWith(SearchQuery query) {
    try {
      return persons.search(caller, query);
    } catch (InvalidInput e) {
      throw Renamed.fields(e, PARAMETERS);
    }
  }

  /** system|value with our one system, or a bare value; anything else is refused, not ignored. */
  private static String nhsNumber(String identifier) {
    if (identifier == null || identifier.isBlank()) {
      return null;
    }
    String value = identifier.strip();
    int bar = value.indexOf('|');
    if (bar >= 0) {
      String system = value.substring(0, bar);
      if (!system.isEmpty() && !system.equals(TaskBundle.NHS_NUMBER)) {
        throw InvalidInput.of(
            "identifier", "Only NHS numbers can be searched: " + TaskBundle.NHS_NUMBER + "|...");
      }
      value = value.substring(bar + 1);
    }
    String wrong = IdentifierScheme.NHS.problemWith(value);
    if (wrong != null) {
      throw InvalidInput.of("identifier", wrong);
    }
    return IdentifierScheme.normalise(value);
  }

  /** A FHIR date search, exact day only: yyyy-mm-dd, optionally with the eq prefix. */
  private static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String day = text.strip().startsWith("eq") ? text.strip().substring(2) : text.strip();
    try {
      return LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      throw InvalidInput.of("birthdate", "Give the date of birth as yyyy-mm-dd");
    }
  }
}

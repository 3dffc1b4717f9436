package org.totalplace.api.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Date;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.ResourceVersionPolicy;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.SystemRestfulInteraction;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.totalplace.api.platform.ScopeCheck;
import org.totalplace.platform.entity.Roles;

/**
 * GET /fhir/metadata: what this facade supports, as FHIR clients ask before anything else. It says
 * only what the resources here do, so a client that reads it is never surprised.
 */
@Path("fhir/metadata")
@ApplicationScoped
@Produces({FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@RolesAllowed({Roles.FRONTLINE_WORKER, Roles.TEAM_LEAD})
public class FhirMetadataResource {

  @Inject FhirJson json;

  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "referrals.read")
  @GET
  public Response capabilities(@Context UriInfo uri) {
    return Response.ok(
            json.write(statement(uri.getBaseUriBuilder().path("fhir").build().toString())))
        .build();
  }

  static CapabilityStatement statement(String base) {
    CapabilityStatement statement = new CapabilityStatement();
    statement.setStatus(PublicationStatus.ACTIVE);
    statement.setDate(new Date());
    statement.setKind(CapabilityStatementKind.INSTANCE);
    statement.setFhirVersion(FHIRVersion._4_0_1);
    statement.addFormat(FhirJson.MEDIA_TYPE);
    statement.getSoftware().setName("Totalplace FHIR facade");
    statement.getImplementation().setDescription("Referrals between agencies").setUrl(base);
    var rest = statement.addRest().setMode(RestfulCapabilityMode.SERVER);
    rest.setDocumentation(
        "Referrals are sent as a transaction Bundle of one Task and one ServiceRequest, and moved"
            + " on by updating the Task's status. Elements the server does not keep, references to"
            + " other servers and modifier extensions are refused by name (400), never dropped.");
    rest.getSecurity()
        .setDescription(
            "OAuth 2 client credentials from the place's Keycloak; send the token as"
                + " Authorization: Bearer. Scopes: persons.read, referrals.read, referrals.write.");
    rest.addInteraction().setCode(SystemRestfulInteraction.TRANSACTION);

    CapabilityStatementRestResourceComponent patient = rest.addResource().setType("Patient");
    patient.addInteraction().setCode(TypeRestfulInteraction.READ);
    patient.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
    patient
        .addSearchParam()
        .setName("identifier")
        .setType(SearchParamType.TOKEN)
        .setDocumentation("https://fhir.nhs.uk/Id/nhs-number|{NHS number}, alone");
    for (String name : new String[] {"name", "given", "family"}) {
      patient.addSearchParam().setName(name).setType(SearchParamType.STRING);
    }
    patient
        .addSearchParam()
        .setName("birthdate")
        .setType(SearchParamType.DATE)
        .setDocumentation("yyyy-mm-dd, exact day");
    patient.addSearchParam().setName("address-postalcode").setType(SearchParamType.STRING);
    patient.setVersioning(ResourceVersionPolicy.VERSIONED);

    rest.addResource()
        .setType("ServiceRequest")
        .setVersioning(ResourceVersionPolicy.VERSIONED)
        .addInteraction()
        .setCode(TypeRestfulInteraction.READ);

    CapabilityStatementRestResourceComponent task = rest.addResource().setType("Task");
    task.addInteraction().setCode(TypeRestfulInteraction.READ);
    task.addInteraction()
        .setCode(TypeRestfulInteraction.UPDATE)
        .setDocumentation("Needs If-Match with the ETag of a read (428 without it)");
    task.setVersioning(ResourceVersionPolicy.VERSIONEDUPDATE);
    task.setUpdateCreate(false);
    task.setConditionalUpdate(false);
    return statement;
  }
}

package org.totalplace.api.directory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.totalplace.api.platform.ScopeCheck;
import org.totalplace.directory.boundary.OpenReferral;
import org.totalplace.directory.boundary.Services;
import org.totalplace.directory.entity.Service;
import org.totalplace.directory.entity.ServiceQuery;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;

/**
 * The services of the place, to choose where to refer: by need (a taxonomy term code), by the
 * person's postcode (services covering its district or the whole place) and by availability.
 */
@Path("services")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE_WORKER, Roles.TEAM_LEAD, Roles.AGENCY_ADMIN})
public class ServicesResource {

  @Inject Services services;
  @Inject OpenReferral openReferral;
  @Inject Caller caller;

  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "directory.read")
  @GET
  public List<ServiceView> find(
      @QueryParam("need") String need,
      @QueryParam("postcode") String postcode,
      @QueryParam("available") boolean available) {
    return services.search(caller, new ServiceQuery(need, postcode, available)).stream()
        .map(ServiceView::of)
        .toList();
  }

  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "directory.read")
  @GET
  @Path("{id}")
  @APIResponse(
      responseCode = "200",
      description = "The service",
      content = @Content(schema = @Schema(implementation = ServiceView.class)))
  public Response one(@PathParam("id") long id) {
    Service service = services.find(caller, id);
    return Response.ok(ServiceView.of(service))
        .tag(new EntityTag(Integer.toString(service.getVersion())))
        .build();
  }

  /** Open Referral UK (HSDS 3) JSON of one agency's services, or of the whole place. */
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "directory.read")
  @GET
  @Path("export")
  public Response export(@QueryParam("agency") String agency) {
    String json = openReferral.export(caller, agency == null || agency.isBlank() ? null : agency);
    return Response.ok(json, MediaType.APPLICATION_JSON_TYPE)
        .header(
            "Content-Disposition",
            "attachment; filename=\"services-" + (agency == null ? "place" : agency) + ".json\"")
        .build();
  }
}

package org.totalplace.api.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.totalplace.api.platform.Idempotent;
import org.totalplace.api.platform.IfMatch;
import org.totalplace.api.platform.ScopeCheck;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.webhook.boundary.Webhooks;
import org.totalplace.webhook.entity.DeliveryStatus;
import org.totalplace.webhook.entity.NewSubscription;
import org.totalplace.webhook.entity.WebhookSubscription;

/**
 * Webhooks of the calling system's agency: subscribe (the secret is in the answer, once), list,
 * remove; the deliveries, each with its attempts; send a dead one again. Another agency's
 * subscriptions and deliveries are not found.
 */
@Path("webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE_WORKER, Roles.TEAM_LEAD, Roles.AGENCY_ADMIN})
@SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "webhooks.manage")
public class WebhooksResource {

  @Inject Webhooks webhooks;
  @Inject Caller caller;

  @Idempotent
  @Transactional
  @POST
  @APIResponse(
      responseCode = "201",
      description = "Subscribed; the secret to check signatures with is shown this once",
      content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
  public Response subscribe(NewSubscription request, @Context UriInfo uri) {
    WebhookSubscription made =
        webhooks.subscribe(caller, request == null ? new NewSubscription() : request);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(made.getId())).build())
        .tag(IfMatch.tag(made.getVersion()))
        .entity(SubscriptionView.withSecret(made))
        .build();
  }

  @GET
  public List<SubscriptionView> list() {
    return webhooks.list(caller).stream().map(SubscriptionView::of).toList();
  }

  @GET
  @Path("{id: \\d+}")
  @APIResponse(
      responseCode = "200",
      description = "The subscription, without its secret",
      content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
  public Response find(@PathParam("id") long id) {
    WebhookSubscription found =
        webhooks.list(caller).stream()
            .filter(s -> s.getId() == id)
            .findFirst()
            .orElseThrow(() -> new NotFound("Your agency has no webhook subscription " + id));
    return Response.ok(SubscriptionView.of(found)).tag(IfMatch.tag(found.getVersion())).build();
  }

  @Idempotent
  @Transactional
  @DELETE
  @Path("{id: \\d+}")
  @APIResponse(responseCode = "204", description = "Removed; its pending deliveries are dead")
  public Response remove(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String m) {
    webhooks.remove(caller, id, IfMatch.version(m));
    return Response.noContent().build();
  }

  /** status=pending, delivered or dead (the dead-letter list); without it, all, newest first. */
  @GET
  @Path("deliveries")
  public List<DeliveryView> deliveries(@QueryParam("status") String status) {
    return webhooks.deliveries(caller, status(status)).stream().map(DeliveryView::of).toList();
  }

  @GET
  @Path("deliveries/{id: \\d+}")
  public DeliveryView delivery(@PathParam("id") long id) {
    return DeliveryView.of(webhooks.delivery(caller, id));
  }

  /** Puts a dead delivery back in the queue; 202, as it is sent in the next few seconds. */
  @Idempotent
  @Transactional
  @POST
  @Path("deliveries/{id: \\d+}/replay")
  @APIResponse(
      responseCode = "202",
      description = "Queued again; sent within seconds",
      content = @Content(schema = @Schema(implementation = DeliveryView.class)))
  public Response replay(@PathParam("id") long id) {
    return Response.accepted(DeliveryView.of(webhooks.replay(caller, id))).build();
  }

  private static DeliveryStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return DeliveryStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInput.of("status", "Say which deliveries to list: pending, delivered or dead");
    }
  }
}

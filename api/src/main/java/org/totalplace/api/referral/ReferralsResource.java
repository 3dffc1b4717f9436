package org.totalplace.api.referral;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
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
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.totalplace.api.platform.Idempotent;
import org.totalplace.api.platform.IfMatch;
import org.totalplace.api.platform.ScopeCheck;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.referral.boundary.ReferralSteps;
import org.totalplace.referral.boundary.Referrals;
import org.totalplace.referral.boundary.WorkQueues;
import org.totalplace.referral.entity.DeclineReason;
import org.totalplace.referral.entity.NewReferral;
import org.totalplace.referral.entity.Referral;
import org.totalplace.referral.entity.ReferralEvent;

/**
 * Referrals between agencies and each step of their lifecycle. Only the sending and receiving
 * agencies can see one; others get 404. Reads carry an ETag; a step may send If-Match and gets 412
 * if the referral has changed since.
 */
@Path("referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE_WORKER, Roles.TEAM_LEAD})
public class ReferralsResource {

  @Inject Referrals referrals;
  @Inject ReferralSteps steps;
  @Inject WorkQueues queues;
  @Inject Caller caller;

  /** Sends at once, or keeps a draft with ?draft=true. */
  @Idempotent
  @Transactional
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "referrals.write")
  @POST
  @APIResponse(
      responseCode = "201",
      description = "The referral, sent (or kept as a draft); its address is in Location",
      content = @Content(schema = @Schema(implementation = ReferralView.class)))
  @Operation(summary = "Refer a person to a service of another agency")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "example",
                      value =
                          "{\"personId\": 42, \"serviceId\": 7, \"urgency\": \"URGENT\", \"reason\": \"Leaving prison on Friday with nowhere to stay\"}")))
  public Response send(
      NewReferral request, @QueryParam("draft") boolean draft, @Context UriInfo uri) {
    Referral made = draft ? referrals.draft(caller, request) : referrals.send(caller, request);
    return withTag(
            Response.created(
                uri.getAbsolutePathBuilder().path(Long.toString(made.getId())).build()),
            made)
        .build();
  }

  /**
   * box=inbox (awaiting our acceptance), sent, mine, unassigned (nobody in our team has it) or
   * overdue.
   */
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "referrals.read")
  @GET
  public List<ReferralView> list(@QueryParam("box") String box) {
    List<Referral> found =
        switch (box == null ? "" : box) {
          case "inbox" -> queues.awaitingAcceptance(caller);
          case "sent" -> referrals.sent(caller);
          case "mine" -> queues.mine(caller);
          case "unassigned" -> queues.unassigned(caller);
          case "overdue" -> queues.overdue(caller);
          default ->
              throw InvalidInput.of(
                  "box", "Say which referrals to list: inbox, sent, mine, unassigned or overdue");
        };
    return found.stream().map(ReferralView::of).toList();
  }

  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "referrals.read")
  @GET
  @Path("{id}")
  @APIResponse(
      responseCode = "200",
      description = "The referral, with its version as ETag",
      content = @Content(schema = @Schema(implementation = ReferralView.class)))
  public Response find(@PathParam("id") long id) {
    return withTag(Response.ok(), referrals.find(caller, id)).build();
  }

  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "referrals.read")
  @GET
  @Path("{id}/history")
  public List<ReferralEvent> history(@PathParam("id") long id) {
    return referrals.history(caller, id);
  }

  @Idempotent
  @Transactional
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "referrals.write")
  @POST
  @Path("{id}/send")
  @APIResponse(
      responseCode = "200",
      description = "The referral after this step, with its new ETag",
      content = @Content(schema = @Schema(implementation = ReferralView.class)))
  public Response sendDraft(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String m) {
    return step(m, v -> referrals.sendDraft(caller, id, v));
  }

  @Idempotent
  @Transactional
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "referrals.write")
  @POST
  @Path("{id}/acknowledge")
  @APIResponse(
      responseCode = "200",
      description = "The referral after this step, with its new ETag",
      content = @Content(schema = @Schema(implementation = ReferralView.class)))
  public Response acknowledge(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String m) {
    return step(m, v -> steps.acknowledge(caller, id, v));
  }

  @Idempotent
  @Transactional
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "referrals.write")
  @POST
  @Path("{id}/accept")
  @APIResponse(
      responseCode = "200",
      description = "The referral after this step, with its new ETag",
      content = @Content(schema = @Schema(implementation = ReferralView.class)))
  public Response accept(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String m) {
    return step(m, v -> steps.accept(caller, id, v));
  }

  @Idempotent
  @Transactional
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "referrals.write")
  @POST
  @Path("{id}/decline")
  @APIResponse(
      responseCode = "200",
      description = "The referral after this step, with its new ETag",
      content = @Content(schema = @Schema(implementation = ReferralView.class)))
  @Operation(summary = "Decline a referral, with a reason the sender can act on")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "example",
                      value =
                          "{\"code\": \"NO_CAPACITY\", \"reason\": \"No places until March; try the night shelter\"}")))
  public Response decline(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String m, StepDetails body) {
    StepDetails d = body == null ? new StepDetails() : body;
    return step(m, v -> steps.decline(caller, id, declineCode(d.getCode()), d.getReason(), v));
  }

  @Idempotent
  @Transactional
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "referrals.write")
  @POST
  @Path("{id}/information-requests")
  @APIResponse(
      responseCode = "200",
      description = "The referral after this step, with its new ETag",
      content = @Content(schema = @Schema(implementation = ReferralView.class)))
  public Response askForInformation(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String m, StepDetails body) {
    return step(m, v -> steps.askForInformation(caller, id, orEmpty(body).getQuestion(), v));
  }

  @Idempotent
  @Transactional
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "referrals.write")
  @POST
  @Path("{id}/information")
  @APIResponse(
      responseCode = "200",
      description = "The referral after this step, with its new ETag",
      content = @Content(schema = @Schema(implementation = ReferralView.class)))
  public Response provideInformation(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String m, StepDetails body) {
    return step(m, v -> steps.provideInformation(caller, id, orEmpty(body).getAnswer(), v));
  }

  @Idempotent
  @Transactional
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "referrals.write")
  @POST
  @Path("{id}/start")
  @APIResponse(
      responseCode = "200",
      description = "The referral after this step, with its new ETag",
      content = @Content(schema = @Schema(implementation = ReferralView.class)))
  public Response start(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String m) {
    return step(m, v -> steps.start(caller, id, v));
  }

  @Idempotent
  @Transactional
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "referrals.write")
  @POST
  @Path("{id}/complete")
  @APIResponse(
      responseCode = "200",
      description = "The referral after this step, with its new ETag",
      content = @Content(schema = @Schema(implementation = ReferralView.class)))
  @Operation(summary = "Complete a referral with its outcome")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "example",
                      value =
                          "{\"completed\": true, \"outcome\": \"Housed in supported accommodation\"}")))
  public Response complete(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String m, StepDetails body) {
    StepDetails d = orEmpty(body);
    if (d.getCompleted() == null) {
      throw InvalidInput.of("completed", "Say whether the work was completed: true or false");
    }
    return step(m, v -> steps.complete(caller, id, d.getCompleted(), d.getOutcome(), v));
  }

  @Idempotent
  @Transactional
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "referrals.write")
  @POST
  @Path("{id}/withdraw")
  @APIResponse(
      responseCode = "200",
      description = "The referral after this step, with its new ETag",
      content = @Content(schema = @Schema(implementation = ReferralView.class)))
  public Response withdraw(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String m, StepDetails body) {
    return step(m, v -> steps.withdraw(caller, id, orEmpty(body).getReason(), v));
  }

  /** Sends a declined referral on to another service; answers the new referral. */
  @Idempotent
  @Transactional
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "referrals.write")
  @POST
  @Path("{id}/reroute")
  @APIResponse(
      responseCode = "200",
      description = "The referral after this step, with its new ETag",
      content = @Content(schema = @Schema(implementation = ReferralView.class)))
  public Response reroute(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String m,
      StepDetails body,
      @Context UriInfo uri) {
    StepDetails d = orEmpty(body);
    if (d.getServiceId() == null) {
      throw InvalidInput.of("serviceId", "Choose the service to send it to");
    }
    Referral next =
        referrals.reroute(caller, id, d.getServiceId(), d.getReason(), IfMatch.version(m));
    return withTag(
            Response.created(uri.getBaseUriBuilder().path("referrals/" + next.getId()).build()),
            next)
        .build();
  }

  @Idempotent
  @Transactional
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "referrals.write")
  @POST
  @Path("{id}/claim")
  @APIResponse(
      responseCode = "200",
      description = "The referral after this step, with its new ETag",
      content = @Content(schema = @Schema(implementation = ReferralView.class)))
  public Response claim(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String m) {
    return step(m, v -> queues.claim(caller, id, v));
  }

  @Idempotent
  @Transactional
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "referrals.write")
  @POST
  @Path("{id}/hand-back")
  @APIResponse(
      responseCode = "200",
      description = "The referral after this step, with its new ETag",
      content = @Content(schema = @Schema(implementation = ReferralView.class)))
  public Response handBack(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String m) {
    return step(m, v -> queues.handBack(caller, id, v));
  }

  @Idempotent
  @Transactional
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "referrals.write")
  @POST
  @Path("{id}/assign")
  @APIResponse(
      responseCode = "200",
      description = "The referral after this step, with its new ETag",
      content = @Content(schema = @Schema(implementation = ReferralView.class)))
  public Response assign(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String m, StepDetails body) {
    StepDetails d = orEmpty(body);
    return step(m, v -> queues.assign(caller, id, d.getAssignee(), d.getReason(), v));
  }

  private static Response step(String ifMatch, Function<Integer, Referral> action) {
    return withTag(Response.ok(), action.apply(IfMatch.version(ifMatch))).build();
  }

  private static StepDetails orEmpty(StepDetails body) {
    return body == null ? new StepDetails() : body;
  }

  private static DeclineReason declineCode(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    try {
      return DeclineReason.valueOf(code);
    } catch (IllegalArgumentException e) {
      throw InvalidInput.of(
          "code", "Unknown reason code; use one of " + List.of(DeclineReason.values()));
    }
  }

  private static Response.ResponseBuilder withTag(Response.ResponseBuilder response, Referral r) {
    return response.tag(IfMatch.tag(r.getVersion())).entity(ReferralView.of(r));
  }
}

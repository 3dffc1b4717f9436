package org.totalplace.api.referral;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.totalplace.api.platform.IfMatch;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.referral.boundary.Referrals;
import org.totalplace.referral.entity.NewReferral;
import org.totalplace.referral.entity.Referral;

/**
 * Referrals between agencies. Only the sending and receiving agencies can see one; others get 404.
 * Reads carry an ETag; a decision may send If-Match and gets 412 if the referral has changed.
 */
@Path("referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE_WORKER, Roles.TEAM_LEAD})
public class ReferralsResource {

  @Inject Referrals referrals;
  @Inject Caller caller;

  @POST
  public Response send(NewReferral request, @Context UriInfo uri) {
    Referral sent = referrals.send(caller, request);
    return withTag(
            Response.created(
                uri.getAbsolutePathBuilder().path(Long.toString(sent.getId())).build()),
            sent)
        .build();
  }

  /** box=inbox: waiting for our decision; box=sent: what we sent. */
  @GET
  public List<ReferralView> list(@QueryParam("box") String box) {
    if ("inbox".equals(box)) {
      return referrals.awaitingDecision(caller).stream().map(ReferralView::of).toList();
    }
    if ("sent".equals(box)) {
      return referrals.sent(caller).stream().map(ReferralView::of).toList();
    }
    throw InvalidInput.of("box", "Say which referrals to list: box=inbox or box=sent");
  }

  @GET
  @Path("{id}")
  public Response find(@PathParam("id") long id) {
    return withTag(Response.ok(), referrals.find(caller, id)).build();
  }

  @POST
  @Path("{id}/accept")
  public Response accept(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return withTag(Response.ok(), referrals.accept(caller, id, IfMatch.version(ifMatch))).build();
  }

  @POST
  @Path("{id}/decline")
  public Response decline(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      Decline decline) {
    String reason = decline == null ? null : decline.getReason();
    return withTag(Response.ok(), referrals.decline(caller, id, reason, IfMatch.version(ifMatch)))
        .build();
  }

  private static Response.ResponseBuilder withTag(Response.ResponseBuilder response, Referral r) {
    return response.tag(IfMatch.tag(r.getVersion())).entity(ReferralView.of(r));
  }
}

package org.totalplace.api.referral;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.totalplace.api.platform.ScopeCheck;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.referral.boundary.WorkQueues;
import org.totalplace.referral.entity.ChangedReferrals;

/**
 * The calling system's agency's work, page by page: the referrals sent to it, in order of their
 * last change. Cursor pages stay right while referrals change between requests, which offsets do
 * not.
 */
@Path("work")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE_WORKER, Roles.TEAM_LEAD})
public class WorkResource {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;

  @Inject WorkQueues queues;
  @Inject Caller caller;

  @GET
  @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "referrals.read")
  @Operation(
      summary = "My agency's open work",
      description =
          "Referrals sent to the calling system's agency, oldest change first. Without"
              + " changedSince, the open ones; with it, every one changed at or after that time,"
              + " closed ones too, so a system can follow changes. Follow `next` until it is"
              + " absent. Ask again from a little before the time you last asked (a minute is"
              + " plenty): a change still being saved when you asked is dated when it began.")
  @APIResponse(
      responseCode = "200",
      description = "A page of referrals",
      content = @Content(schema = @Schema(implementation = WorkPage.class)))
  public Response list(
      @Parameter(description = "Only referrals changed at or after this time (ISO 8601)")
          @QueryParam("changedSince")
          String changedSince,
      @Parameter(description = "The next page's position, from the previous page's `next`")
          @QueryParam("cursor")
          String cursor,
      @Parameter(description = "Referrals per page, 1 to 200 (default 50)") @QueryParam("limit")
          Integer limit,
      @Context UriInfo uri) {
    Instant since = time(changedSince);
    int size = limit == null ? DEFAULT_LIMIT : limit;
    if (size < 1 || size > MAX_LIMIT) {
      throw InvalidInput.of("limit", "limit must be from 1 to " + MAX_LIMIT);
    }
    Instant afterAt = null;
    long afterId = 0;
    if (cursor != null && !cursor.isBlank()) {
      Object[] position = position(cursor);
      afterAt = (Instant) position[0];
      afterId = (Long) position[1];
    }
    ChangedReferrals page = queues.changes(caller, since, afterAt, afterId, size);
    String next = null;
    if (page.referrals().size() == size) {
      long lastId = page.referrals().get(size - 1).getId();
      UriBuilder builder =
          uri.getAbsolutePathBuilder()
              .queryParam("cursor", cursorOf(page.lastChangedAt(), lastId))
              .queryParam("limit", size);
      if (changedSince != null && !changedSince.isBlank()) {
        builder.queryParam("changedSince", changedSince);
      }
      next = builder.build().toString();
    }
    Response.ResponseBuilder response =
        Response.ok(new WorkPage(page.referrals().stream().map(ReferralView::of).toList(), next));
    if (next != null) {
      response.header("Link", "<" + next + ">; rel=\"next\"");
    }
    return response.build();
  }

  private static Instant time(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw InvalidInput.of(
          "changedSince", "changedSince must be a time like 2026-11-23T09:00:00Z (ISO 8601, UTC)");
    }
  }

  /** An opaque position: the last referral's change time (microseconds) and id. */
  static String cursorOf(Instant changedAt, long id) {
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, changedAt);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((micros + ":" + id).getBytes(StandardCharsets.US_ASCII));
  }

  static Object[] position(String cursor) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.US_ASCII)
              .split(":");
      if (parts.length == 2) {
        return new Object[] {
          Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS), Long.valueOf(parts[1])
        };
      }
    } catch (IllegalArgumentException | ArithmeticException e) {
      // falls through to the plain answer below
    }
    throw InvalidInput.of(
        "cursor", "cursor must be copied unchanged from the previous page's next");
  }
}

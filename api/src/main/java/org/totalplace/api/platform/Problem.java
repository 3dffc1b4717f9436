package org.totalplace.api.platform;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.logging.Logger;
import org.totalplace.person.entity.FieldChange;
import org.totalplace.platform.control.FieldProblem;

/** An RFC 9457 problem detail: a stable type, a plain title, and what to fix. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "correlationId", "errors", "changes"})
public class Problem {

  public static final MediaType JSON = MediaType.valueOf("application/problem+json");
  private static final Logger LOG = Logger.getLogger(Problem.class.getName());

  static final String TYPES = "https://totalplace.org/problems/";

  private final String type;
  private final String title;
  private final int status;
  private final String detail;
  private final String correlationId;
  private final List<FieldProblem> errors;
  private List<FieldChange> changes;

  public Problem(
      String type,
      String title,
      int status,
      String detail,
      String correlationId,
      List<FieldProblem> errors) {
    this.type = TYPES + type;
    this.title = title;
    this.status = status;
    this.detail = detail;
    this.correlationId = correlationId;
    this.errors = errors;
  }

  /** The same problem, also saying what someone else changed meanwhile. */
  Problem withChanges(List<FieldChange> changes) {
    this.changes = changes;
    return this;
  }

  /**
   * The response, logged under its correlation id so support can find it from the caller's copy.
   */
  public Response response() {
    LOG.info(() -> "Problem " + correlationId + ": " + status + " " + type + " " + title);
    Response.ResponseBuilder response = Response.status(status).type(JSON).entity(this);
    if (status == 401) {
      response.header("WWW-Authenticate", BEARER);
    }
    return response.build();
  }

  /** RFC 6750: a 401 names the scheme the caller should use. */
  static final String BEARER = "Bearer realm=\"totalplace\"";

  /** No token, a forged or expired one, or one from another issuer: all the same to the caller. */
  static Problem unauthenticated(String correlationId) {
    return new Problem(
        "unauthenticated",
        "A valid bearer token is needed",
        401,
        "Get a token from Keycloak with your system's client id and secret (OAuth 2"
            + " client credentials) and send it as Authorization: Bearer <token>.",
        correlationId,
        null);
  }

  public String getType() {
    return type;
  }

  public String getTitle() {
    return title;
  }

  public int getStatus() {
    return status;
  }

  public String getDetail() {
    return detail;
  }

  public String getCorrelationId() {
    return correlationId;
  }

  /** The fields to fix, for a 400; absent otherwise. */
  public List<FieldProblem> getErrors() {
    return errors;
  }

  /** For a 412 on a person's record: what someone else changed since the caller read it. */
  public List<FieldChange> getChanges() {
    return changes;
  }
}

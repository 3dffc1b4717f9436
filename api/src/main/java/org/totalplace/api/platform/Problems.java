package org.totalplace.api.platform;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.totalplace.idempotency.entity.KeyReused;
import org.totalplace.operations.boundary.RequestLog;
import org.totalplace.person.boundary.Persons;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;

/**
 * Turns every failure into problem+json. Systems get a plain title and a correlation id; the server
 * log gets the detail under the same id. No stack trace or internal name leaves here.
 */
@Provider
public class Problems implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(Problems.class.getName());

  @Override
  public Response toResponse(Throwable thrown) {
    return problemFor(unwrap(thrown)).response();
  }

  Problem problemFor(Throwable e) {
    String id = RequestLog.correlationId();
    if (e instanceof InvalidInput invalid) {
      return new Problem(
          "invalid-input",
          "Some details are missing or wrong",
          400,
          invalid.getMessage(),
          id,
          invalid.getProblems());
    }
    if (e instanceof KeyReused) {
      return new Problem(
          "idempotency-key-reused", "Idempotency-Key already used", 422, e.getMessage(), id, null);
    }
    if (e instanceof NotFound) {
      return new Problem("not-found", "Not found", 404, e.getMessage(), id, null);
    }
    if (e instanceof NotAllowed) {
      return new Problem("not-allowed", "Not allowed", 403, e.getMessage(), id, null);
    }
    if (e instanceof Persons.RecordChanged changed) {
      return new Problem("stale", "Changed since you read it", 412, e.getMessage(), id, null)
          .withChanges(changed.getChanges());
    }
    if (e instanceof Conflict conflict) {
      return conflict.isStaleVersion()
          ? new Problem("stale", "Changed since you read it", 412, e.getMessage(), id, null)
          : new Problem("conflict", "Not possible now", 409, e.getMessage(), id, null);
    }
    if (e instanceof OptimisticLockException) {
      return new Problem(
          "conflict",
          "Not possible now",
          409,
          "Someone else changed this at the same time. Read it again and retry.",
          id,
          null);
    }
    if (e instanceof JsonbException || e instanceof ProcessingException) {
      LOG.log(Level.FINE, "Unreadable request " + id, e);
      return new Problem(
          "unreadable",
          "The request body is not valid JSON for this request",
          400,
          "Check the JSON syntax, field types and date formats (yyyy-mm-dd).",
          id,
          List.of());
    }
    if (e instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      if (status >= 500) {
        LOG.log(Level.SEVERE, "Request failed " + id, e);
      }
      return new Problem(
          "http-" + status,
          Response.Status.Family.familyOf(status) == Response.Status.Family.CLIENT_ERROR
              ? titleFor(status)
              : "Something went wrong",
          status,
          null,
          id,
          null);
    }
    LOG.log(Level.SEVERE, "Request failed " + id, e);
    return new Problem(
        "internal",
        "Something went wrong",
        500,
        "Nothing was changed. Quote correlation id " + id + " when reporting this.",
        id,
        null);
  }

  private static String titleFor(int status) {
    return switch (status) {
      case 401 -> "A valid bearer token is needed";
      case 403 -> "Not allowed";
      case 404 -> "Not found";
      case 405 -> "Method not allowed here";
      case 406 -> "Only JSON is offered";
      case 413 -> "The request is too large";
      case 415 -> "Send JSON (application/json)";
      case 428 -> "Send If-Match with the ETag of the version you changed";
      default -> "The request cannot be handled";
    };
  }

  /**
   * Boundaries are EJBs: a lock conflict at commit arrives wrapped in transaction exceptions, so
   * the cause chain is searched for something the caller can act on.
   */
  private static Throwable unwrap(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException
          || cause instanceof InvalidInput
          || cause instanceof NotFound
          || cause instanceof NotAllowed
          || cause instanceof Conflict
          || cause instanceof KeyReused) {
        return cause;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
  }
}

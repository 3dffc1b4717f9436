package org.totalplace.api.fhir;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.totalplace.api.platform.Problem;
import org.totalplace.platform.control.FieldProblem;

/**
 * A FHIR client that asks for application/fhir+json gets its errors as an OperationOutcome, which
 * its library reads; a client that accepts application/problem+json (or anything) gets the same
 * error as RFC 9457 problem+json. Same status, same words, one issue per field (its FHIR path in
 * expression), the correlation id in the text.
 */
@Provider
public class FhirOutcomes implements ContainerResponseFilter {

  static final MediaType FHIR = MediaType.valueOf(FhirJson.MEDIA_TYPE);

  @Inject FhirJson json;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(response.getEntity() instanceof Problem problem)
        || !request.getUriInfo().getPath().startsWith("fhir")
        || !asksForFhir(request.getAcceptableMediaTypes())) {
      return;
    }
    response.setEntity(json.write(outcome(problem)), null, FHIR);
  }

  static final MediaType PROBLEM = MediaType.valueOf("application/problem+json");

  /**
   * A client naming application/fhir+json and not application/problem+json; a wildcard, or a client
   * that names problem+json too, keeps problem+json.
   */
  static boolean asksForFhir(List<MediaType> accepted) {
    boolean fhir = accepted.stream().anyMatch(m -> named(m) && m.isCompatible(FHIR));
    boolean problem = accepted.stream().anyMatch(m -> named(m) && m.isCompatible(PROBLEM));
    return fhir && !problem;
  }

  private static boolean named(MediaType m) {
    return !m.isWildcardType() && !m.isWildcardSubtype();
  }

  static OperationOutcome outcome(Problem problem) {
    OperationOutcome outcome = new OperationOutcome();
    IssueType code = code(problem.getStatus());
    String reference = " (reference " + problem.getCorrelationId() + ")";
    List<FieldProblem> errors = problem.getErrors();
    if (errors == null || errors.isEmpty()) {
      outcome
          .addIssue()
          .setSeverity(IssueSeverity.ERROR)
          .setCode(code)
          .setDiagnostics(
              problem.getTitle()
                  + (problem.getDetail() == null ? "" : ": " + problem.getDetail())
                  + reference);
      return outcome;
    }
    for (FieldProblem error : errors) {
      outcome
          .addIssue()
          .setSeverity(IssueSeverity.ERROR)
          .setCode(code)
          .setDiagnostics(error.getMessage() + reference)
          .addExpression(error.getField());
    }
    return outcome;
  }

  static IssueType code(int status) {
    return switch (status) {
      case 401 -> IssueType.LOGIN;
      case 403 -> IssueType.FORBIDDEN;
      case 404 -> IssueType.NOTFOUND;
      case 409, 412 -> IssueType.CONFLICT;
      case 413 -> IssueType.TOOCOSTLY;
      case 428 -> IssueType.REQUIRED;
      case 422 -> IssueType.PROCESSING;
      default -> status >= 500 ? IssueType.EXCEPTION : IssueType.INVALID;
    };
  }
}

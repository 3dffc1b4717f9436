package org.totalplace.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;

/** Checks a request against its Bean Validation rules, so the API and the pages agree. */
@ApplicationScoped
public class Validation {

  @Inject Validator validator;

  public void check(Object request) {
    if (request == null) {
      throw InvalidInput.of("body", "Send the details of the request.");
    }
    List<FieldProblem> problems =
        validator.validate(request).stream()
            .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
            .map(Validation::toProblem)
            .toList();
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  private static FieldProblem toProblem(ConstraintViolation<?> violation) {
    return new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage());
  }
}

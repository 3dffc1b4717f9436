package org.totalplace.platform.control;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/** The request is incomplete or malformed; nothing was written. */
@ApplicationException(rollback = true)
public class InvalidInput extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<FieldProblem> problems;

  public InvalidInput(List<FieldProblem> problems) {
    super(problems.stream().map(FieldProblem::getMessage).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public static InvalidInput of(String field, String message) {
    return new InvalidInput(List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> getProblems() {
    return problems;
  }
}

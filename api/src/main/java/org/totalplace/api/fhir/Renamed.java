package org.totalplace.api.fhir;

import java.util.Map;
import org.totalplace.platform.control.FieldProblem;
import org.totalplace.platform.control.InvalidInput;

/** A refusal from core, with its fields named as the FHIR client sent them. */
final class Renamed {

  private Renamed() {}

  static InvalidInput fields(InvalidInput e, Map<String, String> names) {
    return new InvalidInput(
        e.getProblems().stream()
            .map(
                p ->
                    new FieldProblem(
                        names.getOrDefault(p.getField(), p.getField()), p.getMessage()))
            .toList());
  }
}

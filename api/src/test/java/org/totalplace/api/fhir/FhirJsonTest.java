package org.totalplace.api.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.totalplace.platform.control.FieldProblem;
import org.totalplace.platform.control.InvalidInput;

class FhirJsonTest {

  static final FhirJson JSON = new FhirJson();

  @Test
  void readsAResourceAndWritesItBack() {
    Task task =
        (Task)
            JSON.read("{\"resourceType\":\"Task\",\"status\":\"requested\",\"intent\":\"order\"}");

    assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
    assertThat(JSON.write(task)).contains("\"status\":\"requested\"");
  }

  @Test
  void aModifierExtensionAnywhereIsRefusedWithItsPathAndUrl() {
    InvalidInput refused =
        refused(
            "{\"resourceType\":\"Task\",\"status\":\"requested\",\"intent\":\"order\","
                + "\"input\":[{\"type\":{\"text\":\"x\"},\"valueString\":\"y\","
                + "\"modifierExtension\":[{\"url\":\"https://example.org/not\","
                + "\"valueBoolean\":true}]}]}");

    assertThat(refused.getProblems())
        .extracting(FieldProblem::getField)
        .containsExactly("Task.input[0].modifierExtension");
    assertThat(refused.getProblems().get(0).getMessage()).contains("https://example.org/not");
  }

  @Test
  void aMisspeltElementIsRefusedByNameNotDropped() {
    InvalidInput refused =
        refused("{\"resourceType\":\"Task\",\"status\":\"requested\",\"intnet\":\"order\"}");

    assertThat(refused.getProblems()).extracting(FieldProblem::getField).containsExactly("intnet");
  }

  @Test
  void aCodeOutsideItsValueSetIsRefused() {
    InvalidInput refused = refused("{\"resourceType\":\"Task\",\"status\":\"sort-of-done\"}");

    assertThat(refused.getProblems()).hasSize(1);
    assertThat(refused.getProblems().get(0).getMessage()).contains("sort-of-done");
  }

  @Test
  void brokenJsonSaysWhereWithoutTheParsersInnards() {
    InvalidInput refused = refused("{\"resourceType\": \"Bundle\", ");

    assertThat(refused.getProblems()).extracting(FieldProblem::getField).containsExactly("body");
    assertThat(refused.getMessage())
        .startsWith("The body is not valid JSON")
        .doesNotContain("HAPI")
        .doesNotContain("jackson")
        .doesNotContain("Feature");
  }

  @Test
  void anUnknownResourceTypeIsNamed() {
    InvalidInput refused = refused("{\"resourceType\": \"Referral\"}");

    assertThat(refused.getProblems())
        .extracting(FieldProblem::getField)
        .containsExactly("resourceType");
  }

  @Test
  void anEmptyBodyIsRefused() {
    assertThat(refused("  ").getProblems())
        .extracting(FieldProblem::getField)
        .containsExactly("body");
  }

  static InvalidInput refused(String body) {
    InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> JSON.read(body));
    assertThat(refused).as("refused: " + body).isNotNull();
    return refused;
  }
}

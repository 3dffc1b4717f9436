package org.totalplace.api.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.totalplace.platform.control.FieldProblem;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.referral.entity.DeclineReason;

class TaskChangeTest {

  /** Referral 41 as the server has it (sent, emergency, for person 7). */
  static final org.totalplace.referral.entity.Referral CURRENT = new ReferralResourcesTest().sent();

  @Test
  void elementsAnUpdateCannotChangeAreRefusedUnlessTheyAreAsARead() {
    Task asRead = ReferralResources.task(CURRENT);
    asRead.setStatus(Task.TaskStatus.ACCEPTED);
    assertThat(TaskChange.read(asRead, CURRENT).status()).isEqualTo(Task.TaskStatus.ACCEPTED);

    Task reassigned = task(Task.TaskStatus.ACCEPTED);
    reassigned.setOwner(new org.hl7.fhir.r4.model.Reference("HealthcareService/99"));
    assertThat(field(reassigned)).isEqualTo("Task.owner");
  }

  @Test
  void aCodedOutcomeSaysWhatIsRead() {
    Task task = task(Task.TaskStatus.COMPLETED);
    task.addOutput()
        .setType(new CodeableConcept(new Coding(FhirCodes.TASK_OUTPUT, "outcome", null)))
        .setValue(new CodeableConcept(new Coding("https://example.org/outcomes", "housed", null)));

    assertThat(field(task)).isEqualTo("Task.output");
  }

  @Test
  void aRejectionCarriesItsCodeAndWhy() {
    Task task = task(Task.TaskStatus.REJECTED);
    task.setStatusReason(
        new CodeableConcept(new Coding(FhirCodes.DECLINE_REASON, "OUT_OF_AREA", null))
            .setText("Lives in Bradford"));

    TaskChange change = TaskChange.read(task, CURRENT);

    assertThat(change.status()).isEqualTo(Task.TaskStatus.REJECTED);
    assertThat(change.code()).isEqualTo(DeclineReason.OUT_OF_AREA);
    assertThat(change.reason()).isEqualTo("Lives in Bradford");
  }

  @Test
  void theOutcomeIsTheOutputTypedOutcome() {
    Task task = task(Task.TaskStatus.COMPLETED);
    task.addOutput().setType(new CodeableConcept().setText("note")).setValue(new StringType("x"));
    task.addOutput()
        .setType(new CodeableConcept(new Coding(FhirCodes.TASK_OUTPUT, "outcome", null)))
        .setValue(new StringType("Rehoused"));

    assertThat(TaskChange.read(task, CURRENT).outcome()).isEqualTo("Rehoused");
  }

  @Test
  void anUnknownDeclineCodeAndAnotherTasksIdAreRefused() {
    Task unknownCode = task(Task.TaskStatus.REJECTED);
    unknownCode.setStatusReason(
        new CodeableConcept(new Coding(FhirCodes.DECLINE_REASON, "BORED", null)));
    Task other = task(Task.TaskStatus.ACCEPTED);
    other.setId("42");

    assertThat(field(unknownCode)).isEqualTo("Task.statusReason.coding");
    assertThat(field(other)).isEqualTo("Task.id");
  }

  static String field(Task task) {
    InvalidInput refused =
        catchThrowableOfType(InvalidInput.class, () -> TaskChange.read(task, CURRENT));
    assertThat(refused).isNotNull();
    return refused.getProblems().stream().map(FieldProblem::getField).findFirst().orElseThrow();
  }

  static Task task(Task.TaskStatus status) {
    Task task = new Task();
    task.setId("41");
    task.setStatus(status);
    task.setIntent(Task.TaskIntent.ORDER);
    return task;
  }
}

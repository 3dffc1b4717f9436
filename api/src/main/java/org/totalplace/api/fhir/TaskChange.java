package org.totalplace.api.fhir;

import java.util.Objects;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.referral.entity.DeclineReason;
import org.totalplace.referral.entity.Referral;

/**
 * What an update of a Task asks for: a new status, with the details that step needs. Only status,
 * statusReason (a decline code and the why, a question, a withdrawal reason) and the outcome output
 * are read; the rest of a Task is the referral's own and an update cannot change it.
 */
record TaskChange(Task.TaskStatus status, DeclineReason code, String reason, String outcome) {

  /** The elements an update reads; the others must be as the server shows them. */
  static final java.util.Set<String> READ = java.util.Set.of("status", "statusReason", "output");

  static TaskChange read(IBaseResource resource, Referral current) {
    long id = current.getId();
    if (!(resource instanceof Task task)) {
      throw InvalidInput.of("resourceType", "Send the Task, not a " + resource.fhirType());
    }
    var lost =
        KeptElements.lost(
            task,
            READ,
            (Task) FhirJson.asSent(ReferralResources.task(current)),
            "An update changes status, statusReason and output; the rest is the referral's own"
                + " and must be as a read shows it.");
    if (!lost.isEmpty()) {
      throw new InvalidInput(lost);
    }
    boolean coded =
        task.getOutput().stream()
            .anyMatch(o -> o.hasValue() && !(o.getValue() instanceof StringType));
    if (coded && outcome(task) == null) {
      throw InvalidInput.of(
          "Task.output",
          "The outcome is read from a valueString output typed 'outcome'; a coded or other"
              + " value is not read. Send the outcome as text.");
    }
    if (task.hasIdElement() && !Long.toString(id).equals(task.getIdElement().getIdPart())) {
      throw InvalidInput.of("Task.id", "The Task's id must be the one in the address, " + id);
    }
    if (task.getStatus() == null) {
      throw InvalidInput.of("Task.status", "Say which status the Task moves to");
    }
    return new TaskChange(
        task.getStatus(), declineCode(task), task.getStatusReason().getText(), outcome(task));
  }

  private static DeclineReason declineCode(Task task) {
    Coding coding =
        task.getStatusReason().getCoding().stream()
            .filter(c -> FhirCodes.DECLINE_REASON.equals(c.getSystem()))
            .findFirst()
            .orElse(null);
    if (coding == null) {
      return null;
    }
    try {
      return DeclineReason.valueOf(coding.getCode());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw InvalidInput.of(
          "Task.statusReason.coding",
          "Unknown decline reason; use one of " + java.util.List.of(DeclineReason.values()));
    }
  }

  /** The output typed "outcome", or else the only text output there is. */
  private static String outcome(Task task) {
    return task.getOutput().stream()
        .filter(o -> o.getValue() instanceof StringType)
        .filter(
            o ->
                task.getOutput().size() == 1
                    || o.getType().getCoding().stream()
                        .anyMatch(c -> Objects.equals("outcome", c.getCode())))
        .map(o -> ((StringType) o.getValue()).getValue())
        .findFirst()
        .orElse(null);
  }
}

package org.totalplace.api.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.totalplace.person.entity.IdentifierScheme;
import org.totalplace.platform.control.FieldProblem;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.referral.entity.Urgency;

/**
 * Reads a referral sent as a FHIR transaction: one Task (intent order, focus the ServiceRequest)
 * and one ServiceRequest (subject the person, performer the service). Every problem found is
 * reported at once, named by its FHIR path, so a health system can fix its message in one go.
 */
final class TaskBundle {

  static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";

  /** The elements read from a new referral's Task and ServiceRequest; any other is refused. */
  static final Set<String> TASK_READ = Set.of("status", "intent", "focus", "for", "priority");

  static final Set<String> REQUEST_READ =
      Set.of("status", "intent", "priority", "subject", "performer", "reasonCode", "note");

  private final List<FieldProblem> problems = new ArrayList<>();
  private final Set<String> foreign = new java.util.HashSet<>();
  private final String ourBase;

  private TaskBundle(String ourBase) {
    this.ourBase = ourBase;
  }

  /** The order in a transaction sent to the FHIR base {@code ourBase} (".../api/v1/fhir"). */
  static ReferralOrder read(IBaseResource resource, String ourBase) {
    return new TaskBundle(ourBase).order(resource);
  }

  private ReferralOrder order(IBaseResource resource) {
    if (!(resource instanceof Bundle bundle)) {
      throw InvalidInput.of(
          "resourceType",
          "Send a Bundle of type transaction holding a Task and a ServiceRequest, not a "
              + resource.fhirType());
    }
    if (bundle.getType() != Bundle.BundleType.TRANSACTION) {
      problem("Bundle.type", "The Bundle's type must be transaction");
    }
    Task task = null;
    ServiceRequest request = null;
    String requestUrl = null;
    List<String> types = new ArrayList<>();
    for (int i = 0; i < bundle.getEntry().size(); i++) {
      Bundle.BundleEntryComponent entry = bundle.getEntry().get(i);
      String at = "Bundle.entry[" + i + "]";
      var r = entry.getResource();
      types.add(r == null ? null : r.fhirType());
      if (r instanceof Task t && task == null) {
        task = t;
      } else if (r instanceof ServiceRequest s && request == null) {
        request = s;
        requestUrl = entry.getFullUrl();
      } else {
        problem(
            at + ".resource",
            r == null
                ? "Each entry needs a resource"
                : "A referral Bundle holds one Task and one ServiceRequest; this "
                    + r.fhirType()
                    + " is one too many");
        continue;
      }
      if (entry.getRequest().getMethod() != Bundle.HTTPVerb.POST
          || !r.fhirType().equals(entry.getRequest().getUrl())) {
        problem(at + ".request", "The request must be POST " + r.fhirType());
      }
    }
    if (task == null) {
      problem("Task", "The Bundle needs a Task");
    }
    if (request == null) {
      problem("ServiceRequest", "The Bundle needs a ServiceRequest");
    }
    if (task == null || request == null) {
      throw new InvalidInput(problems);
    }
    problems.addAll(
        KeptElements.lost(
            task,
            TASK_READ,
            null,
            "A new referral's Task says only status, intent, focus, for and priority."));
    problems.addAll(
        KeptElements.lost(
            request,
            REQUEST_READ,
            null,
            "The ServiceRequest says status, intent, priority, subject, performer (the service),"
                + " reasonCode and note; the requester is the agency your token acts for."));
    checkTask(task, requestUrl, request.getSubject());
    Subject subject = subject(request.getSubject(), "ServiceRequest.subject");
    Long service = service(request);
    Urgency urgency = urgency(request, task);
    String reason = reason(request);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new ReferralOrder(
        subject.personId(), subject.nhsNumber(), service, urgency, reason, List.copyOf(types));
  }

  private void checkTask(Task task, String requestUrl, Reference subject) {
    if (task.getIntent() != Task.TaskIntent.ORDER) {
      problem("Task.intent", "The Task's intent must be order");
    }
    if (task.getStatus() != Task.TaskStatus.REQUESTED) {
      problem("Task.status", "A new referral's Task has status requested");
    }
    String focus = task.getFocus().getReference();
    if (focus == null || requestUrl == null || !focus.equals(requestUrl)) {
      problem(
          "Task.focus",
          "The Task's focus must refer to the ServiceRequest in this Bundle by its fullUrl");
    }
    if (task.hasFor() && !sameSubject(task.getFor(), subject)) {
      problem("Task.for", "The Task must be for the same Patient as the ServiceRequest");
    }
  }

  /** Our Patient id, or an NHS number; both only after their own checks. */
  private record Subject(Long personId, String nhsNumber) {}

  private Subject subject(Reference subject, String at) {
    if (subject.hasIdentifier()) {
      String system = subject.getIdentifier().getSystem();
      String value = subject.getIdentifier().getValue();
      if (!NHS_NUMBER.equals(system)) {
        problem(at + ".identifier.system", "Name the person by NHS number: " + NHS_NUMBER);
        return new Subject(null, null);
      }
      String wrong = IdentifierScheme.NHS.problemWith(value == null ? "" : value);
      if (wrong != null) {
        problem(at + ".identifier.value", wrong);
        return new Subject(null, null);
      }
      return new Subject(null, IdentifierScheme.normalise(value));
    }
    Long id = idOf(subject, "Patient", at);
    if (id == null && !foreign.contains(at)) {
      problem(
          at,
          "Name the person by NHS number (identifier system "
              + NHS_NUMBER
              + ") or as Patient/{id} from a Patient search");
    }
    return new Subject(id, null);
  }

  private boolean sameSubject(Reference taskFor, Reference subject) {
    if (taskFor.hasIdentifier() || subject.hasIdentifier()) {
      return Objects.equals(
              taskFor.getIdentifier().getSystem(), subject.getIdentifier().getSystem())
          && Objects.equals(
              IdentifierScheme.normalise(taskFor.getIdentifier().getValue()),
              IdentifierScheme.normalise(subject.getIdentifier().getValue()));
    }
    return Objects.equals(localId(taskFor, "Patient"), localId(subject, "Patient"));
  }

  private Long service(ServiceRequest request) {
    if (request.getPerformer().size() != 1) {
      problem(
          "ServiceRequest.performer",
          "Name exactly one service to refer to, as HealthcareService/{id} from the directory");
      return null;
    }
    Long id = idOf(request.getPerformerFirstRep(), "HealthcareService", "ServiceRequest.performer");
    if (id == null && !foreign.contains("ServiceRequest.performer")) {
      problem(
          "ServiceRequest.performer",
          "Refer to a service of the directory as HealthcareService/{id}");
    }
    return id;
  }

  /** asap and stat both ask for the fastest response we have: better early than late. */
  private Urgency urgency(ServiceRequest request, Task task) {
    if (request.getStatus() != ServiceRequest.ServiceRequestStatus.ACTIVE) {
      problem("ServiceRequest.status", "A new referral's ServiceRequest has status active");
    }
    if (request.getIntent() != ServiceRequest.ServiceRequestIntent.ORDER) {
      problem("ServiceRequest.intent", "The ServiceRequest's intent must be order");
    }
    String fromRequest = request.hasPriority() ? request.getPriority().toCode() : null;
    String fromTask = task.hasPriority() ? task.getPriority().toCode() : null;
    if (fromRequest != null && fromTask != null && !fromRequest.equals(fromTask)) {
      problem("Task.priority", "The Task and the ServiceRequest must have the same priority");
    }
    String code = fromRequest != null ? fromRequest : fromTask;
    return code == null ? Urgency.ROUTINE : FhirCodes.urgency(code);
  }

  /** The reasons' text (or their codings' display) and any notes, one per line. */
  private String reason(ServiceRequest request) {
    Stream<String> coded =
        request.getReasonCode().stream()
            .map(
                c ->
                    c.hasText()
                        ? c.getText()
                        : c.getCoding().stream()
                            .map(Coding::getDisplay)
                            .filter(Objects::nonNull)
                            .collect(Collectors.joining(", ")));
    Stream<String> notes = request.getNote().stream().map(Annotation::getText);
    String reason =
        Stream.concat(coded, notes)
            .filter(s -> s != null && !s.isBlank())
            .map(String::strip)
            .collect(Collectors.joining("\n"));
    if (reason.isEmpty()) {
      problem(
          "ServiceRequest.reasonCode", "Say why you are referring this person (reasonCode text)");
    }
    return reason;
  }

  /**
   * The numeric id of a reference like "HealthcareService/12", or of a full URL on this server. A
   * reference to another server's resource is refused: its id means nothing here.
   */
  private Long idOf(Reference reference, String type, String at) {
    if (reference != null && reference.hasReference()) {
      IdType id = new IdType(reference.getReference());
      String base = id.getBaseUrl();
      if (base != null && !base.isEmpty() && !sameBase(base)) {
        foreign.add(at);
        problem(
            at,
            "'"
                + reference.getReference()
                + "' is a resource on another server; refer to ours as "
                + type
                + "/{id}");
        return null;
      }
    }
    return localId(reference, type);
  }

  private boolean sameBase(String base) {
    return ourBase != null && strip(base).equals(strip(ourBase));
  }

  private static String strip(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** The numeric id of a local reference like "Patient/12"; null if it is not one. */
  static Long localId(Reference reference, String type) {
    if (reference == null || !reference.hasReference()) {
      return null;
    }
    IdType id = new IdType(reference.getReference());
    if (!type.equals(id.getResourceType()) || !id.isIdPartValidLong()) {
      return null;
    }
    return id.getIdPartAsLong();
  }

  private void problem(String field, String message) {
    problems.add(new FieldProblem(field, message));
  }
}

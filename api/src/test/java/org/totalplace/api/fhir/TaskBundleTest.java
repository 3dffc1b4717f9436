package org.totalplace.api.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.totalplace.platform.control.FieldProblem;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.referral.entity.Urgency;

class TaskBundleTest {

  static final String NHS = "9434765919";
  static final String BASE = "https://totalplace.example/api/v1/fhir";

  @Test
  void whatTheFacadeWouldNotKeepIsRefusedByName() {
    Bundle bundle = bundle();
    request(bundle).setCode(new org.hl7.fhir.r4.model.CodeableConcept().setText("Counselling"));
    request(bundle).addCategory().setText("Mental health");
    request(bundle).setRequester(new Reference("Practitioner/9"));
    request(bundle).addReasonReference(new Reference("Condition/4"));
    request(bundle)
        .getMeta()
        .addProfile("https://fhir.nhs.uk/StructureDefinition/NHSDigital-ServiceRequest");
    task(bundle).setOwner(new Reference("Organization/3"));

    assertThat(fields(bundle))
        .containsExactlyInAnyOrder(
            "Task.owner",
            "ServiceRequest.meta.profile",
            "ServiceRequest.category",
            "ServiceRequest.code",
            "ServiceRequest.requester",
            "ServiceRequest.reasonReference");
  }

  @Test
  void aReferenceToAnotherServersResourceIsRefusedNotReadAsOurs() {
    Bundle bundle = bundle();
    request(bundle)
        .getPerformer()
        .set(0, new Reference("https://elsewhere.example/fhir/HealthcareService/12"));

    assertThat(fields(bundle)).containsExactly("ServiceRequest.performer");

    Bundle ours = bundle();
    request(ours).getPerformer().set(0, new Reference(BASE + "/HealthcareService/12"));
    assertThat(TaskBundle.read(parsed(ours), BASE).serviceId()).isEqualTo(12L);
  }

  @Test
  void readsTheReferralFromATaskAndItsServiceRequest() {
    ReferralOrder order = TaskBundle.read(parsed(bundle()), BASE);

    assertThat(order.nhsNumber()).isEqualTo(NHS);
    assertThat(order.personId()).isNull();
    assertThat(order.serviceId()).isEqualTo(12L);
    assertThat(order.urgency()).isEqualTo(Urgency.URGENT);
    assertThat(order.reason()).isEqualTo("Low mood since discharge\nLives alone");
    assertThat(order.entryTypes()).containsExactly("ServiceRequest", "Task");
  }

  @Test
  void prioritiesMapOntoOurThreeUrgenciesRoundingUp() {
    assertThat(urgencyFor(null)).isEqualTo(Urgency.ROUTINE);
    assertThat(urgencyFor(ServiceRequest.ServiceRequestPriority.ROUTINE))
        .isEqualTo(Urgency.ROUTINE);
    assertThat(urgencyFor(ServiceRequest.ServiceRequestPriority.ASAP)).isEqualTo(Urgency.EMERGENCY);
    assertThat(urgencyFor(ServiceRequest.ServiceRequestPriority.STAT)).isEqualTo(Urgency.EMERGENCY);
  }

  @Test
  void aPatientMayBeNamedByOurIdFromAPatientSearch() {
    Bundle bundle = bundle();
    request(bundle).setSubject(new Reference("Patient/77"));
    task(bundle).setFor(new Reference("Patient/77"));

    ReferralOrder order = TaskBundle.read(parsed(bundle), BASE);

    assertThat(order.personId()).isEqualTo(77L);
    assertThat(order.nhsNumber()).isNull();
  }

  @Test
  void aTaskWithoutFocusIsRefusedByItsPath() {
    Bundle bundle = bundle();
    task(bundle).setFocus(null);

    assertThat(fields(bundle)).containsExactly("Task.focus");
  }

  @Test
  void everyProblemIsNamedAtOnce() {
    Bundle bundle = bundle();
    bundle.setType(Bundle.BundleType.BATCH);
    task(bundle).setIntent(Task.TaskIntent.PLAN);
    task(bundle).setFor(nhs("9434765870"));
    request(bundle).getPerformer().clear();
    request(bundle).getReasonCode().clear();
    request(bundle).getNote().clear();

    assertThat(fields(bundle))
        .containsExactlyInAnyOrder(
            "Bundle.type",
            "Task.intent",
            "Task.for",
            "ServiceRequest.performer",
            "ServiceRequest.reasonCode");
  }

  @Test
  void anInvalidNhsNumberIsRefusedNotSearchedForAsAName() {
    Bundle bundle = bundle();
    request(bundle).setSubject(nhs("9434765918"));
    task(bundle).setFor(null);

    assertThat(fields(bundle)).containsExactly("ServiceRequest.subject.identifier.value");
  }

  @Test
  void anotherResourceIsRefusedRatherThanIgnored() {
    Bundle bundle = bundle();
    bundle
        .addEntry()
        .setResource(new Patient())
        .getRequest()
        .setMethod(Bundle.HTTPVerb.POST)
        .setUrl("Patient");

    assertThat(fields(bundle)).containsExactly("Bundle.entry[2].resource");
  }

  @Test
  void anythingButABundleIsRefusedByItsType() {
    InvalidInput refused =
        catchThrowableOfType(InvalidInput.class, () -> TaskBundle.read(new Task(), BASE));

    assertThat(refused.getProblems())
        .extracting(FieldProblem::getField)
        .containsExactly("resourceType");
    assertThat(refused.getMessage()).contains("not a Task");
  }

  @Test
  void aBundleWithoutTheServiceRequestSaysSo() {
    Bundle bundle = bundle();
    bundle.getEntry().remove(0);

    assertThat(fields(bundle)).containsExactly("ServiceRequest");
  }

  static Urgency urgencyFor(ServiceRequest.ServiceRequestPriority priority) {
    Bundle bundle = bundle();
    request(bundle).setPriority(priority);
    task(bundle).setPriority(null);
    return TaskBundle.read(parsed(bundle), BASE).urgency();
  }

  static java.util.List<String> fields(Bundle bundle) {
    InvalidInput refused =
        catchThrowableOfType(InvalidInput.class, () -> TaskBundle.read(parsed(bundle), BASE));
    assertThat(refused).as("refused").isNotNull();
    return refused.getProblems().stream().map(FieldProblem::getField).toList();
  }

  /** Through the parser, as the resource would receive it. */
  static Bundle parsed(Bundle bundle) {
    return (Bundle) FhirJsonTest.JSON.read(FhirJsonTest.JSON.write(bundle));
  }

  static Reference nhs(String number) {
    return new Reference()
        .setIdentifier(new Identifier().setSystem(TaskBundle.NHS_NUMBER).setValue(number));
  }

  static Task task(Bundle bundle) {
    return (Task) bundle.getEntry().get(1).getResource();
  }

  static ServiceRequest request(Bundle bundle) {
    return (ServiceRequest) bundle.getEntry().get(0).getResource();
  }

  /** What a health system sends: a ServiceRequest and the Task that tracks it. */
  static Bundle bundle() {
    ServiceRequest request = new ServiceRequest();
    request.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
    request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
    request.setPriority(ServiceRequest.ServiceRequestPriority.URGENT);
    request.setSubject(nhs("943 476 5919"));
    request.addPerformer(new Reference("HealthcareService/12"));
    request.addReasonCode().setText("Low mood since discharge");
    request.addNote().setText("Lives alone");
    Task task = new Task();
    task.setStatus(Task.TaskStatus.REQUESTED);
    task.setIntent(Task.TaskIntent.ORDER);
    task.setPriority(Task.TaskPriority.URGENT);
    task.setFocus(new Reference("urn:uuid:0c3a7b8e-5d0f-4c1e-9a51-1f1e0f6d2a11"));
    task.setFor(nhs(NHS));
    Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
    bundle
        .addEntry()
        .setFullUrl("urn:uuid:0c3a7b8e-5d0f-4c1e-9a51-1f1e0f6d2a11")
        .setResource(request)
        .getRequest()
        .setMethod(Bundle.HTTPVerb.POST)
        .setUrl("ServiceRequest");
    bundle
        .addEntry()
        .setFullUrl("urn:uuid:5b9f1d2c-7e4a-4f3b-8c6d-2a1b0c9d8e7f")
        .setResource(task)
        .getRequest()
        .setMethod(Bundle.HTTPVerb.POST)
        .setUrl("Task");
    return bundle;
  }
}

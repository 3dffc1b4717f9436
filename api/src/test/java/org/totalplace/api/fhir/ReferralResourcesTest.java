package org.totalplace.api.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.totalplace.directory.entity.Agency;
import org.totalplace.directory.entity.Service;
import org.totalplace.person.entity.NewPerson;
import org.totalplace.person.entity.Person;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.referral.entity.DeclineReason;
import org.totalplace.referral.entity.Referral;
import org.totalplace.referral.entity.ReferralStatus;
import org.totalplace.referral.entity.Urgency;

class ReferralResourcesTest {

  static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");

  final Caller health = new Caller("gp", "gp", "health", Set.of(Roles.FRONTLINE_WORKER));
  final Caller housing = new Caller("hana", "hana", "housing", Set.of(Roles.FRONTLINE_WORKER));

  @Test
  void aSentReferralIsARequestedTaskFocusedOnItsServiceRequest() {
    Referral referral = sent();

    Task task = ReferralResources.task(referral);

    assertThat(task.getIdPart()).isEqualTo("41");
    assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
    assertThat(task.getIntent()).isEqualTo(Task.TaskIntent.ORDER);
    assertThat(task.getPriority()).isEqualTo(Task.TaskPriority.STAT);
    assertThat(task.getBusinessStatus().getCodingFirstRep().getCode()).isEqualTo("SENT");
    assertThat(task.getFocus().getReference()).isEqualTo("ServiceRequest/41");
    assertThat(task.getFor().getReference()).isEqualTo("Patient/7");
    assertThat(task.getOwner().getReference()).isEqualTo("HealthcareService/12");
    assertThat(task.getRequester().getIdentifier().getValue()).isEqualTo("health");
    assertThat(task.getOutput()).isEmpty();
  }

  @Test
  void aDeclineShowsItsCodeAndReason() {
    Referral referral = sent();
    referral.acknowledge(housing, AT, AT);
    referral.decline(housing, DeclineReason.OUT_OF_AREA, "Lives in Bradford", AT);

    Task task = ReferralResources.task(referral);

    assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.REJECTED);
    assertThat(task.getStatusReason().getCodingFirstRep().getCode()).isEqualTo("OUT_OF_AREA");
    assertThat(task.getStatusReason().getText()).isEqualTo("Lives in Bradford");
    assertThat(ReferralResources.serviceRequest(referral).getStatus())
        .isEqualTo(ServiceRequest.ServiceRequestStatus.REVOKED);
  }

  @Test
  void theOutcomeOfCompletedWorkIsTheTasksOutput() {
    Referral referral = sent();
    referral.acknowledge(housing, AT, AT);
    referral.accept(housing, AT);
    referral.start(housing, AT);
    referral.complete(housing, true, "Rehoused in a ground-floor flat", AT);

    Task task = ReferralResources.task(referral);

    assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
    assertThat(((StringType) task.getOutputFirstRep().getValue()).getValue())
        .isEqualTo("Rehoused in a ground-floor flat");
  }

  @ParameterizedTest
  @EnumSource(ReferralStatus.class)
  void everyStatusHasATaskAndARequestStatus(ReferralStatus status) {
    assertThat(FhirCodes.taskStatus(status).toCode()).isEqualTo(status.getFhirTaskStatus());
    assertThat(FhirCodes.requestStatus(status)).isNotNull();
  }

  @Test
  void theServiceRequestCarriesTheReasonAndTheTransactionAnswersWhereBothLive() {
    Referral referral = sent();

    assertThat(ReferralResources.serviceRequest(referral).getReasonCodeFirstRep().getText())
        .isEqualTo("Low mood");
    Bundle answer =
        ReferralResources.transactionResponse(
            new ReferralOrder(
                null,
                "9434765919",
                12,
                Urgency.EMERGENCY,
                "Low mood",
                java.util.List.of("ServiceRequest", "Task")),
            referral);

    assertThat(answer.getType()).isEqualTo(Bundle.BundleType.TRANSACTIONRESPONSE);
    assertThat(answer.getEntry())
        .extracting(e -> e.getResponse().getLocation())
        .containsExactly("ServiceRequest/41/_history/0", "Task/41/_history/0");
  }

  Referral sent() {
    Person person =
        new Person(new NewPerson("Jo", "Miles", LocalDate.of(1990, 1, 1), null), "gp", AT);
    Service service = new Service(new Agency("housing", "Housing"), "Housing options", "");
    set(person, "id", 7L);
    set(service, "id", 12L);
    Referral referral = new Referral(person, service, health, Urgency.EMERGENCY, "Low mood", AT);
    referral.send(health, AT, AT);
    set(referral, "id", 41L);
    return referral;
  }

  /** Ids are the database's to give; here there is none. */
  static void set(Object entity, String name, Object value) {
    try {
      Field field = entity.getClass().getDeclaredField(name);
      field.setAccessible(true);
      field.set(entity, value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}

package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.totalplace.systemtests.ReferralApiIT.audited;
import static org.totalplace.systemtests.ReferralApiIT.consentTo;
import static org.totalplace.systemtests.ReferralApiIT.serviceOf;
import static org.totalplace.systemtests.ReferralApiIT.suffix;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A health system refers through the FHIR R4 facade with its real Keycloak token: it sends a Task
 * bundle, follows the Task while the receiving agency works through /api/v1, and finds the person
 * by NHS number. Bad FHIR gets problem+json and writes nothing.
 */
@ExtendWith(Platform.class)
class FhirReferralIT {

  static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";

  /** A client that reads FHIR and RFC 9457 problems (errors come as problem+json). */
  static final Map<String, String> FHIR =
      Map.of(
          "Content-Type",
          "application/fhir+json",
          "Accept",
          "application/fhir+json, application/problem+json");

  /** A plain FHIR client: it gets its errors as an OperationOutcome. */
  static final Map<String, String> FHIR_ONLY =
      Map.of("Content-Type", "application/fhir+json", "Accept", "application/fhir+json");

  static final FhirContext R4 = FhirContext.forR4();

  final Api health = Api.as("health-system");
  final Api drugAlcohol = Api.as("drug-alcohol-system");
  final Api police = Api.as("police-system");
  final IParser parser = R4.newJsonParser();

  @Test
  void aHealthSystemRefersAsATaskBundleAndFollowsTheTaskToCompletion() throws SQLException {
    String nhs = nhsNumber();
    long person = createPerson(health, "Harper", "Quill" + suffix(), nhs);
    consentTo(health, person, "drug-alcohol");
    long service = serviceOf(health, "drug-alcohol");

    Api.Reply sent =
        health.post("/fhir", parser.encodeResourceToString(bundle(nhs, service)), FHIR);

    assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
    assertThat(sent.header("Content-Type")).startsWith("application/fhir+json");
    Bundle answer = parser.parseResource(Bundle.class, sent.body());
    assertThat(answer.getType()).isEqualTo(Bundle.BundleType.TRANSACTIONRESPONSE);
    assertThat(answer.getEntry()).hasSize(2);
    String taskLocation = answer.getEntry().get(1).getResponse().getLocation();
    assertThat(taskLocation).matches("Task/\\d+/_history/\\d+");
    long id = Long.parseLong(taskLocation.split("/")[1]);
    assertThat(answer.getEntry().get(0).getResponse().getLocation())
        .startsWith("ServiceRequest/" + id + "/");

    Task requested = task(id);
    assertThat(requested.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
    assertThat(requested.getPriority()).isEqualTo(Task.TaskPriority.URGENT);
    assertThat(requested.getFor().getReference()).isEqualTo("Patient/" + person);
    assertThat(requested.getOwner().getReference()).isEqualTo("HealthcareService/" + service);
    assertThat(requested.getFocus().getReference()).isEqualTo("ServiceRequest/" + id);

    var asTheReceiverSeesIt = drugAlcohol.get("/referrals/" + id).json();
    assertThat(asTheReceiverSeesIt.get("personId").asLong()).isEqualTo(person);
    assertThat(asTheReceiverSeesIt.get("urgency").asText()).isEqualTo("URGENT");
    assertThat(asTheReceiverSeesIt.get("reason").asText())
        .isEqualTo("Drinking heavily since bereavement\nAgreed to be referred at clinic");
    assertThat(audited("referral", id)).contains("REFERRAL_SENT by service-account-health-system");

    step(drugAlcohol, id, "accept", Map.of());
    assertThat(task(id).getStatus()).isEqualTo(Task.TaskStatus.ACCEPTED);

    step(drugAlcohol, id, "start", Map.of());
    step(drugAlcohol, id, "complete", Map.of("completed", true, "outcome", "Six weeks of support"));
    Task completed = task(id);
    assertThat(completed.getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
    assertThat(((StringType) completed.getOutputFirstRep().getValue()).getValue())
        .isEqualTo("Six weeks of support");
    Api.Reply request = health.get("/fhir/ServiceRequest/" + id, FHIR);
    assertThat(request.status()).as(request.toString()).isEqualTo(200);
    assertThat(parser.parseResource(ServiceRequest.class, request.body()).getStatus())
        .isEqualTo(ServiceRequest.ServiceRequestStatus.COMPLETED);

    Api.Reply unseen = police.get("/fhir/Task/" + id, FHIR);
    assertThat(unseen.status()).as("a third agency cannot tell it exists").isEqualTo(404);
    assertThat(unseen.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void theReceivingSystemDeclinesByUpdatingTheTaskAndAStaleCopyChangesNothing() {
    String nhs = nhsNumber();
    long person = createPerson(health, "Lane", "Orme" + suffix(), nhs);
    consentTo(health, person, "drug-alcohol");
    long id = sendAsFhir(bundle(nhs, serviceOf(health, "drug-alcohol")));
    Api.Reply read = drugAlcohol.get("/fhir/Task/" + id, FHIR);
    String etag = read.header("ETag");
    Task decline = parser.parseResource(Task.class, read.body());
    decline.setStatus(Task.TaskStatus.REJECTED);
    decline.setStatusReason(
        new CodeableConcept(
                new Coding(
                    "https://totalplace.org/fhir/CodeSystem/decline-reason", "OUT_OF_AREA", null))
            .setText("Lives outside Leeds"));
    String body = parser.encodeResourceToString(decline);

    Api.Reply stale = drugAlcohol.put("/fhir/Task/" + id, body, with("If-Match", "W/\"99\""));
    assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
    assertThat(task(id).getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);

    Api.Reply declined = drugAlcohol.put("/fhir/Task/" + id, body, with("If-Match", etag));
    assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
    // The same copy again: the referral has moved on, so it is stale (412), not a 400 about
    // every element that no longer matches.
    Api.Reply again = drugAlcohol.put("/fhir/Task/" + id, body, with("If-Match", etag));
    assertThat(again.status()).as(again.toString()).isEqualTo(412);
    Task seenBySender = task(id);
    assertThat(seenBySender.getStatus()).isEqualTo(Task.TaskStatus.REJECTED);
    assertThat(seenBySender.getStatusReason().getCodingFirstRep().getCode())
        .isEqualTo("OUT_OF_AREA");
    assertThat(seenBySender.getStatusReason().getText()).isEqualTo("Lives outside Leeds");
    assertThat(health.get("/referrals/" + id).json().get("declineReason").asText())
        .isEqualTo("Lives outside Leeds");
  }

  static Map<String, String> with(String header, String value) {
    var headers = new java.util.HashMap<>(FHIR);
    headers.put(header, value);
    return headers;
  }

  @Test
  void aPatientSearchByNhsNumberFindsOnlyWhatTheAgencyMaySee() {
    String nhs = nhsNumber();
    long person = createPerson(health, "Indigo", "Marr" + suffix(), nhs);
    String query = "/fhir/Patient?identifier=" + Api.enc(NHS_NUMBER + "|" + nhs);

    Api.Reply found = health.get(query, FHIR);

    assertThat(found.status()).as(found.toString()).isEqualTo(200);
    Bundle results = parser.parseResource(Bundle.class, found.body());
    assertThat(results.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
    assertThat(results.getEntry()).hasSize(1);
    Patient patient = (Patient) results.getEntryFirstRep().getResource();
    assertThat(patient.getIdPart()).isEqualTo(Long.toString(person));
    assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo(nhs);
    assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("1985-03-27");

    Api.Reply elsewhere = police.get(query, FHIR);
    assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(200);
    assertThat(parser.parseResource(Bundle.class, elsewhere.body()).getEntry())
        .as("an agency with no basis to see the NHS number cannot find the person by it")
        .isEmpty();

    Api.Reply invalid = health.get("/fhir/Patient?identifier=" + Api.enc(NHS_NUMBER + "|123"));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().get("errors").findValuesAsText("field"))
        .containsExactly("identifier");
  }

  @Test
  void malformedFhirGetsProblemDetailsNamingTheElementAndCreatesNothing() throws SQLException {
    String nhs = nhsNumber();
    long person = createPerson(health, "Jude", "Ashby" + suffix(), nhs);
    consentTo(health, person, "drug-alcohol");
    long service = serviceOf(health, "drug-alcohol");
    long before = referrals();

    Patient notABundle = new Patient();
    notABundle.addIdentifier().setSystem(NHS_NUMBER).setValue(nhs);
    assertRefused(parser.encodeResourceToString(notABundle), "resourceType");
    assertRefused(changed(nhs, service, b -> task(b).setFocus(null)), "Task.focus");
    assertRefused(
        changed(
            nhs,
            service,
            b -> request(b).setPerformer(List.of(new Reference("HealthcareService/999999999")))),
        "ServiceRequest.performer");
    assertRefused(
        changed(
            nhs,
            service,
            b -> {
              Reference nobodyWeKnow = patientWith(nhsNumber());
              request(b).setSubject(nobodyWeKnow);
              task(b).setFor(nobodyWeKnow.copy());
            }),
        "ServiceRequest.subject");
    assertRefused(
        parser.encodeResourceToString(bundle(nhs, service)).replace("\"intent\"", "\"intnet\""),
        "intnet");
    String broken = "{\"resourceType\": \"Bundle\", \"type\": \"transaction\", \"entry\": [";
    Api.Reply unreadable = assertRefused(broken, "body");
    assertThat(unreadable.body()).doesNotContain("HAPI").doesNotContain("Exception");

    long noConsent = createPerson(health, "Kit", "Nolan" + suffix(), nhsNumber());
    String withoutBasis =
        parser.encodeResourceToString(
            bundle(patientWith(null).setReference("Patient/" + noConsent), service));
    assertRefused(withoutBasis, "ServiceRequest.performer");

    assertThat(referrals()).as("nothing was sent").isEqualTo(before);
  }

  Api.Reply assertRefused(String body, String field) {
    Api.Reply reply = health.post("/fhir", body, FHIR);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.json().get("errors").findValuesAsText("field"))
        .as(reply.toString())
        .contains(field);
    assertThat(reply.json().get("correlationId").asText()).isNotBlank();
    return reply;
  }

  /** Sends a referral bundle as the health system; answers the id of its Task. */
  long sendAsFhir(Bundle bundle) {
    Api.Reply sent = health.post("/fhir", parser.encodeResourceToString(bundle), FHIR);
    assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
    Bundle answer = parser.parseResource(Bundle.class, sent.body());
    return new IdType(answer.getEntry().get(1).getResponse().getLocation()).getIdPartAsLong();
  }

  Task task(long id) {
    Api.Reply reply = health.get("/fhir/Task/" + id, FHIR);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.header("ETag")).isNotBlank();
    return parser.parseResource(Task.class, reply.body());
  }

  static void step(Api api, long id, String step, Map<String, Object> body) {
    Api.Reply reply = api.post("/referrals/" + id + "/" + step, body);
    assertThat(reply.status()).as(step + ": " + reply).isEqualTo(200);
  }

  @Test
  void theFacadeSaysWhatItSupportsAndRefusesWhatItWouldDropByName() throws SQLException {
    Api.Reply metadata = health.get("/fhir/metadata", FHIR);
    assertThat(metadata.status()).as(metadata.toString()).isEqualTo(200);
    assertThat(metadata.header("Content-Type")).startsWith("application/fhir+json");
    var capabilities =
        parser.parseResource(org.hl7.fhir.r4.model.CapabilityStatement.class, metadata.body());
    assertThat(capabilities.getFhirVersion().toCode()).isEqualTo("4.0.1");
    assertThat(capabilities.getRestFirstRep().getResource())
        .extracting(r -> r.getType())
        .contains("Patient", "ServiceRequest", "Task");

    String nhs = nhsNumber();
    long person = createPerson(health, "Nell", "Strict" + suffix(), nhs);
    consentTo(health, person, "drug-alcohol");
    long service = serviceOf(health, "drug-alcohol");
    Map<String, java.util.List<String>> refusedFields = new java.util.LinkedHashMap<>();
    Map<String, Consumer<Bundle>> changes = new java.util.LinkedHashMap<>();
    changes.put(
        "ServiceRequest.code",
        b -> request(b).setCode(new org.hl7.fhir.r4.model.CodeableConcept().setText("Detox")));
    changes.put("ServiceRequest.category", b -> request(b).addCategory().setText("Alcohol"));
    changes.put(
        "ServiceRequest.requester", b -> request(b).setRequester(new Reference("Practitioner/1")));
    changes.put(
        "ServiceRequest.meta.profile",
        b ->
            request(b)
                .getMeta()
                .addProfile("https://fhir.hl7.org.uk/StructureDefinition/UKCore-ServiceRequest"));
    changes.put("Task.owner", b -> task(b).setOwner(new Reference("Organization/2")));
    changes.put(
        "ServiceRequest.performer",
        b ->
            request(b)
                .getPerformer()
                .set(
                    0,
                    new Reference("https://elsewhere.example/fhir/HealthcareService/" + service)));
    changes.put(
        "ServiceRequest.modifierExtension",
        b ->
            request(b)
                .addModifierExtension()
                .setUrl("https://example.org/fhir/not-for-referral")
                .setValue(new org.hl7.fhir.r4.model.BooleanType(true)));
    for (var change : changes.entrySet()) {
      Api.Reply reply = health.post("/fhir", changed(nhs, service, change.getValue()), FHIR);
      assertThat(reply.status()).as(change.getKey() + " " + reply).isEqualTo(400);
      refusedFields.put(change.getKey(), reply.json().get("errors").findValuesAsText("field"));
    }
    refusedFields.forEach((field, named) -> assertThat(named).as(field).contains(field));
    assertThat(
            ReferralLifecycleApiIT.count(
                "select count(*) from referral where person_id = " + person))
        .as("nothing was sent")
        .isZero();

    // A plain FHIR client gets an OperationOutcome naming the element.
    Api.Reply outcome =
        health.post("/fhir", changed(nhs, service, changes.get("ServiceRequest.code")), FHIR_ONLY);
    assertThat(outcome.status()).isEqualTo(400);
    assertThat(outcome.header("Content-Type")).startsWith("application/fhir+json");
    var issues = parser.parseResource(org.hl7.fhir.r4.model.OperationOutcome.class, outcome.body());
    assertThat(issues.getIssueFirstRep().getExpression().get(0).getValue())
        .isEqualTo("ServiceRequest.code");

    // Sent with an Idempotency-Key, the answer is FHIR too; Patient and Task reads carry one ETag
    // form.
    var keyed = new java.util.HashMap<>(FHIR);
    keyed.put("Idempotency-Key", java.util.UUID.randomUUID().toString());
    Api.Reply sent =
        health.post("/fhir", parser.encodeResourceToString(bundle(nhs, service)), keyed);
    assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
    assertThat(sent.header("Content-Type")).startsWith("application/fhir+json");
    String location =
        parser
            .parseResource(Bundle.class, sent.body())
            .getEntryFirstRep()
            .getResponse()
            .getLocation();
    long id = Long.parseLong(location.split("/")[1]);
    Api.Reply task = health.get("/fhir/Task/" + id, FHIR);
    assertThat(task.header("ETag")).matches("W/\"\\d+\"");
    assertThat(health.get("/fhir/Patient/" + person, FHIR).header("ETag")).matches("W/\"\\d+\"");
    assertThat(health.get("/persons/" + person).header("ETag")).matches("W/\"\\d+\"");

    // An update without If-Match is 428; an id too large for a number is 400, not 404 or 500.
    Task cancel =
        parser.parseResource(Task.class, task.body()).setStatus(Task.TaskStatus.CANCELLED);
    cancel.setStatusReason(new org.hl7.fhir.r4.model.CodeableConcept().setText("Sent twice"));
    Api.Reply noIfMatch =
        health.put("/fhir/Task/" + id, parser.encodeResourceToString(cancel), FHIR);
    assertThat(noIfMatch.status()).as(noIfMatch.toString()).isEqualTo(428);
    Api.Reply huge = health.get("/fhir/Task/99999999999999999999", FHIR);
    assertThat(huge.status()).as(huge.toString()).isEqualTo(400);
    assertThat(huge.json().get("errors").findValuesAsText("field")).containsExactly("id");
    assertThat(health.get("/fhir/Task/" + id, FHIR).json().get("status").asText())
        .isEqualTo("requested");
  }

  String changed(String nhs, long service, Consumer<Bundle> change) {
    Bundle bundle = bundle(nhs, service);
    change.accept(bundle);
    return parser.encodeResourceToString(bundle);
  }

  static Bundle bundle(String nhs, long service) {
    return bundle(patientWith(nhs), service);
  }

  /** What a GP system sends: the ServiceRequest, and the Task that tracks it. */
  static Bundle bundle(Reference patient, long service) {
    ServiceRequest request = new ServiceRequest();
    request.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
    request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
    request.setPriority(ServiceRequest.ServiceRequestPriority.URGENT);
    request.setSubject(patient);
    request.addPerformer(new Reference("HealthcareService/" + service));
    request.addReasonCode().setText("Drinking heavily since bereavement");
    request.addNote().setText("Agreed to be referred at clinic");
    Task task = new Task();
    task.setStatus(Task.TaskStatus.REQUESTED);
    task.setIntent(Task.TaskIntent.ORDER);
    task.setFocus(new Reference("urn:uuid:6f1c2b3a-0d4e-4a5b-9c8d-7e6f5a4b3c2d"));
    task.setFor(patient.copy());
    Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
    bundle
        .addEntry()
        .setFullUrl("urn:uuid:6f1c2b3a-0d4e-4a5b-9c8d-7e6f5a4b3c2d")
        .setResource(request)
        .getRequest()
        .setMethod(Bundle.HTTPVerb.POST)
        .setUrl("ServiceRequest");
    bundle
        .addEntry()
        .setFullUrl("urn:uuid:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
        .setResource(task)
        .getRequest()
        .setMethod(Bundle.HTTPVerb.POST)
        .setUrl("Task");
    return bundle;
  }

  static Reference patientWith(String nhs) {
    Reference patient = new Reference();
    if (nhs != null) {
      patient.setIdentifier(new Identifier().setSystem(NHS_NUMBER).setValue(nhs));
    }
    return patient;
  }

  static Task task(Bundle bundle) {
    return (Task) bundle.getEntry().get(1).getResource();
  }

  static ServiceRequest request(Bundle bundle) {
    return (ServiceRequest) bundle.getEntry().get(0).getResource();
  }

  static long createPerson(Api api, String given, String family, String nhs) {
    Api.Reply created =
        api.post(
            "/persons",
            Map.of(
                "givenName", given,
                "familyName", family,
                "dateOfBirth", "1985-03-27",
                "postcode", "LS11 5QP",
                "nhsNumber", nhs));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  /** A fresh, valid NHS number: nine random digits and their Modulus 11 check digit. */
  static String nhsNumber() {
    while (true) {
      String nine = String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (nine.charAt(i) - '0') * (10 - i);
      }
      int check = (11 - sum % 11) % 11;
      if (check != 10) {
        return nine + check;
      }
    }
  }

  static long referrals() throws SQLException {
    try (var db = Platform.database();
        var rs = db.createStatement().executeQuery("select count(*) from totalplace.referral")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

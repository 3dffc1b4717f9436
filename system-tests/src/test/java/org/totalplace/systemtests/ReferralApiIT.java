package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The referral slice through the API, with real Keycloak tokens of three agencies' systems. */
@ExtendWith(Platform.class)
class ReferralApiIT {

  final Api housing = Api.as("housing-system");
  final Api drugAlcohol = Api.as("drug-alcohol-system");
  final Api police = Api.as("police-system");

  @Test
  void housingRefersAPersonAndTheDrugAndAlcoholServiceAcceptsIt() {
    long person = createPerson(housing, "Morgan", "Reeve" + suffix());
    long referral = refer(housing, person, "drug-alcohol", "URGENT");

    assertThat(ids(drugAlcohol.get("/referrals?box=inbox"))).contains(Long.toString(referral));

    Api.Reply accepted = drugAlcohol.post("/referrals/" + referral + "/accept", "");
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    assertThat(accepted.json().get("status").asText()).isEqualTo("ACCEPTED");

    JsonNode seenBySender = housing.get("/referrals/" + referral).json();
    assertThat(seenBySender.get("status").asText()).isEqualTo("ACCEPTED");
    assertThat(seenBySender.get("statusChangedBy").asText())
        .isEqualTo("service-account-drug-alcohol-system");
    assertThat(Instant.parse(seenBySender.get("statusChangedAt").asText()))
        .isAfterOrEqualTo(Instant.parse(seenBySender.get("sentAt").asText()));
    assertThat(ids(drugAlcohol.get("/referrals?box=inbox")))
        .doesNotContain(Long.toString(referral));
  }

  @Test
  void aDeclineNeedsAReasonAndTheSenderSeesIt() {
    long person = createPerson(housing, "Rowan", "Hale" + suffix());
    long referral = refer(housing, person, "drug-alcohol", "ROUTINE");

    Api.Reply noCode = drugAlcohol.post("/referrals/" + referral + "/decline", Map.of());
    assertThat(noCode.status()).isEqualTo(400);
    assertThat(noCode.header("Content-Type")).startsWith("application/problem+json");
    assertThat(noCode.json().get("errors").findValuesAsText("field")).containsExactly("code");
    Api.Reply noReason =
        drugAlcohol.post(
            "/referrals/" + referral + "/decline", Map.of("code", "NEEDS_MET_ELSEWHERE"));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().get("errors").findValuesAsText("field")).containsExactly("reason");
    assertThat(housing.get("/referrals/" + referral).json().get("status").asText())
        .as("a refused decline changes nothing, not even the acknowledgement")
        .isEqualTo("SENT");

    Api.Reply declined =
        drugAlcohol.post(
            "/referrals/" + referral + "/decline",
            Map.of("code", "NEEDS_MET_ELSEWHERE", "reason", "Already in treatment"));
    assertThat(declined.status()).isEqualTo(200);

    JsonNode seenBySender = housing.get("/referrals/" + referral).json();
    assertThat(seenBySender.get("status").asText()).isEqualTo("DECLINED");
    assertThat(seenBySender.get("fhirTaskStatus").asText()).isEqualTo("rejected");
    assertThat(seenBySender.get("declineCode").asText()).isEqualTo("NEEDS_MET_ELSEWHERE");
    assertThat(seenBySender.get("declineReason").asText()).isEqualTo("Already in treatment");
  }

  @Test
  void aThirdAgencyCanNeitherSeeNorActOnTheReferral() {
    long person = createPerson(housing, "Jesse", "Ward" + suffix());
    long referral = refer(housing, person, "drug-alcohol", "URGENT");

    assertThat(police.get("/referrals/" + referral).status()).isEqualTo(404);
    assertThat(police.post("/referrals/" + referral + "/accept", "").status()).isEqualTo(404);
    assertThat(
            police
                .post("/referrals/" + referral + "/decline", Map.of("reason", "Not for us"))
                .status())
        .isEqualTo(404);
    assertThat(ids(police.get("/referrals?box=inbox"))).doesNotContain(Long.toString(referral));
    assertThat(ids(police.get("/referrals?box=sent"))).doesNotContain(Long.toString(referral));
    assertThat(drugAlcohol.get("/referrals/" + referral).json().get("status").asText())
        .isEqualTo("SENT");
  }

  @Test
  void theSenderCannotDecideItsOwnReferral() {
    long person = createPerson(housing, "Alex", "Dunmore" + suffix());
    long referral = refer(housing, person, "drug-alcohol", "ROUTINE");

    Api.Reply reply = housing.post("/referrals/" + referral + "/accept", "");

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.json().get("type").asText()).endsWith("/not-allowed");
    assertThat(housing.get("/referrals/" + referral).json().get("status").asText())
        .isEqualTo("SENT");
  }

  @Test
  void aDecisionOnAStaleCopyIsRefusedAndChangesNothing() {
    long person = createPerson(housing, "Sky", "Fenn" + suffix());
    long referral = refer(housing, person, "drug-alcohol", "ROUTINE");
    String etag = drugAlcohol.get("/referrals/" + referral).header("ETag");
    assertThat(etag).isNotBlank();

    Api.Reply stale =
        drugAlcohol.post(
            "/referrals/" + referral + "/accept", "", Map.of("If-Match", "\"" + 99 + "\""));
    assertThat(stale.status()).isEqualTo(412);

    Api.Reply fresh =
        drugAlcohol.post("/referrals/" + referral + "/accept", "", Map.of("If-Match", etag));
    assertThat(fresh.status()).isEqualTo(200);
    Api.Reply again = drugAlcohol.post("/referrals/" + referral + "/accept", "");
    assertThat(again.status()).isEqualTo(409);
  }

  @Test
  void missingAndMalformedFieldsGet400WithTheFieldsAndNothingIsWritten() throws SQLException {
    String family = "Nobody" + suffix();
    long before = peopleNamed(family);

    Api.Reply missing = housing.post("/persons", Map.of("familyName", family));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
    assertThat(missing.json().get("errors").findValuesAsText("field"))
        .contains("givenName", "dateOfBirth");
    assertThat(missing.json().get("correlationId").asText()).isNotBlank();

    Api.Reply badPostcode =
        housing.post(
            "/persons",
            Map.of(
                "givenName", "A",
                "familyName", family,
                "dateOfBirth", "1990-01-01",
                "postcode", "not a postcode"));
    assertThat(badPostcode.status()).isEqualTo(400);
    assertThat(badPostcode.json().get("errors").findValuesAsText("field"))
        .containsExactly("postcode");

    Api.Reply notJson = housing.post("/persons", "{\"givenName\": ");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.body()).doesNotContain("Exception").doesNotContain("at org.");

    Api.Reply badReferral =
        housing.post("/referrals", Map.of("personId", 1, "urgency", "WHENEVER"));
    assertThat(badReferral.status()).isEqualTo(400);

    assertThat(peopleNamed(family)).isEqualTo(before);
  }

  @Test
  void unknownIdsAre404() {
    assertThat(housing.get("/referrals/999999999").status()).isEqualTo(404);
    assertThat(housing.get("/persons/999999999").status()).isEqualTo(404);
    Api.Reply unknownPerson =
        housing.post(
            "/referrals",
            Map.of("personId", 999999999, "serviceId", 1, "urgency", "URGENT", "reason", "r"));
    assertThat(unknownPerson.status()).isEqualTo(404);
  }

  @Test
  void withoutAValidBearerTokenTheApiAnswers401() {
    assertThat(Api.withToken(null).get("/referrals?box=inbox").status()).isEqualTo(401);
    assertThat(Api.withToken("not.a.token").get("/referrals?box=inbox").status()).isEqualTo(401);
    String tampered = Api.token("police-system", "demo-police-system-secret") + "x";
    assertThat(Api.withToken(tampered).get("/referrals?box=inbox").status()).isEqualTo(401);
  }

  @Test
  void everyLookAtPersonalDataIsAuditedWithWhoLooked() throws SQLException {
    String family = "Audit" + suffix();
    long person = createPerson(housing, "Kim", family);
    long referral = refer(housing, person, "drug-alcohol", "ROUTINE");

    assertThat(housing.get("/persons/" + person).status()).isEqualTo(200);
    assertThat(housing.get("/persons?name=kim%20" + family).json().findValuesAsText("id"))
        .containsExactly(Long.toString(person));
    assertThat(drugAlcohol.get("/referrals/" + referral).status()).isEqualTo(200);
    assertThat(ids(drugAlcohol.get("/referrals?box=inbox"))).contains(Long.toString(referral));

    assertThat(audited("person", person))
        .contains(
            "PERSON_CREATED by service-account-housing-system",
            "PERSON_VIEWED by service-account-housing-system",
            "PERSON_LISTED by service-account-housing-system");
    assertThat(audited("referral", referral))
        .contains(
            "REFERRAL_SENT by service-account-housing-system",
            "REFERRAL_VIEWED by service-account-drug-alcohol-system",
            "REFERRAL_LISTED by service-account-drug-alcohol-system");
  }

  static java.util.List<String> audited(String type, long id) throws SQLException {
    try (var db = Platform.database();
        var st =
            db.prepareStatement(
                "select action || ' by ' || username from totalplace.audit_event"
                    + " where subject_type = ? and subject_id = ?")) {
      st.setString(1, type);
      st.setLong(2, id);
      var rs = st.executeQuery();
      var rows = new java.util.ArrayList<String>();
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
      return rows;
    }
  }

  /** The ids in a list answer, which must be a successful one. */
  static java.util.List<String> ids(Api.Reply list) {
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return list.json().findValuesAsText("id");
  }

  static long createPerson(Api api, String given, String family) {
    Api.Reply created =
        api.post(
            "/persons",
            Map.of(
                "givenName",
                given,
                "familyName",
                family,
                "dateOfBirth",
                "1985-03-27",
                "postcode",
                "ls11 5qp"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith("/persons/" + created.json().get("id"));
    assertThat(created.json().get("postcode").asText()).isEqualTo("LS11 5QP");
    return created.json().get("id").asLong();
  }

  /** Refers a person, first recording their consent to the receiving agency. */
  static long refer(Api api, long person, String toAgency, String urgency) {
    consentTo(api, person, toAgency);
    long service = serviceOf(api, toAgency);
    Api.Reply sent =
        api.post(
            "/referrals",
            Map.of(
                "personId", person,
                "serviceId", service,
                "urgency", urgency,
                "reason", "Asked for help"));
    assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
    assertThat(sent.json().get("status").asText()).isEqualTo("SENT");
    return sent.json().get("id").asLong();
  }

  static void consentTo(Api api, long person, String agency) {
    Api.Reply recorded =
        api.post(
            "/persons/" + person + "/consents",
            Map.of(
                "agencies",
                java.util.List.of(agency),
                "basis",
                "CONSENT",
                "consent",
                "GIVEN",
                "purpose",
                "Referral for support",
                "givenOn",
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()));
    assertThat(recorded.status()).as(recorded.toString()).isBetween(200, 204);
  }

  static long serviceOf(Api api, String agency) {
    for (JsonNode service : api.get("/services").json()) {
      if (service.get("agency").asText().equals(agency)) {
        return service.get("id").asLong();
      }
    }
    throw new AssertionError("No service of " + agency);
  }

  /**
   * Twelve random letters, each hex digit of a UUID mapped to its own letter: names must stay
   * unique under the fuzzy name search, and a suffix of mostly one repeated letter made two test
   * families similar enough to match each other.
   */
  static String suffix() {
    StringBuilder letters = new StringBuilder();
    for (char digit :
        UUID.randomUUID().toString().replace("-", "").substring(0, 12).toCharArray()) {
      letters.append((char) ('a' + Character.digit(digit, 16)));
    }
    return letters.toString();
  }

  static long peopleNamed(String family) throws SQLException {
    try (var db = Platform.database();
        var st =
            db.prepareStatement("select count(*) from totalplace.person where family_name = ?")) {
      st.setString(1, family);
      var rs = st.executeQuery();
      rs.next();
      return rs.getLong(1);
    }
  }
}

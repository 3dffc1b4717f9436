package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shared person record through the API: who sees how much of it and on what basis, consent
 * given and withdrawn, stale edits, tell-us-once notices and break-glass, with real tokens.
 */
@ExtendWith(Platform.class)
class PersonRecordApiIT {

  final Api health = Api.as("health-system");
  final Api housing = Api.as("housing-system");
  final Api police = Api.as("police-system");
  final Api voluntary = Api.as("voluntary-system");

  @Test
  void whenMoreThanTwentyMatchTheApiAndThePageSaySoAndSuggestNarrowing() {
    Api housing = Api.as("housing-system");
    String family = "Manyof" + ReferralApiIT.suffix();
    for (int i = 0; i < 22; i++) {
      ReferralApiIT.createPerson(housing, "Kit", family);
    }

    Api.Reply many = housing.get("/persons?q=kit%20" + family.toLowerCase());
    assertThat(many.status()).isEqualTo(200);
    assertThat(many.json().size()).isEqualTo(20);
    assertThat(many.header("More-Matches")).isEqualTo("true");
    Api.Reply few =
        housing.get(
            "/persons?q=kit%20"
                + family.toLowerCase()
                + "&postcode=LS11%205QP&dateOfBirth=1901-01-01");
    assertThat(few.status()).isEqualTo(200);
    assertThat(few.header("More-Matches")).isEqualTo("false");

    PageSession worker = PageSession.login("housing.worker");
    String found =
        worker
            .submit(worker.get("/index.xhtml"), "search", "find", "search:text=Kit " + family)
            .body();
    assertThat(found)
        .contains("More than 20 people found")
        .contains("Add their date of birth or postcode");
  }

  @Test
  void aRecordIsCreatedWithAValidNhsNumberAndNotWithAnInvalidOne() throws SQLException {
    String family = "Okafor" + suffix();
    String nhs = nhsNumber();
    String wrongCheckDigit = nhs.substring(0, 9) + (nhs.charAt(9) - '0' + 1) % 10;

    Api.Reply refused = health.post("/persons", newPerson("Bea", family, wrongCheckDigit));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("nhsNumber");

    Api.Reply created = health.post("/persons", newPerson("Ada", family, nhs));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    assertThat(created.header("Location")).endsWith("/persons/" + id);
    assertThat(created.header("ETag")).isEqualTo("W/\"" + created.json().get("version") + "\"");
    assertThat(created.json().get("access").asText()).isEqualTo("RECORD");
    assertThat(created.json().get("identifiers").findValuesAsText("value")).containsExactly(nhs);
    assertThat(created.json().get("involvedAgencies").findValuesAsText("agency"))
        .containsExactly("health");
    // The audit notes where the call came from: this test, on the same host.
    assertThat(originsOf(id, "PERSON_CREATED")).containsExactly("127.0.0.1");

    // The refused one (same family name) was never written.
    assertThat(found(health, "q=" + family))
        .extracting(c -> c.get("id").asLong())
        .containsExactly(id);
    // Housing may not see health's identifiers: the number finds nothing for it, the name does.
    assertThat(found(housing, "q=" + nhs)).isEmpty();
    JsonNode card = found(housing, "q=ada+" + family).get(0);
    assertThat(card.get("name").asText()).isEqualTo("Ada " + family);
    assertThat(card.get("access").asText()).isEqualTo("KNOWN_TO");
    assertThat(card.has("dateOfBirth")).isFalse();
    assertThat(card.has("postcode")).isFalse();
    assertThat(found(health, "q=" + nhs).get(0).get("dateOfBirth").asText())
        .isEqualTo("1985-03-27");

    Api.Reply empty = health.get("/persons?q=");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().get("errors").findValuesAsText("field")).containsExactly("q");
  }

  @Test
  void housingSeesTheRecordOnlyWhileThePersonConsents() {
    long person = createPerson(health, "Nia", "Price" + suffix(), null);
    String healthNote = "Asthma reviewed " + suffix();
    String generalNote = "Prefers morning visits " + suffix();
    addEntry(health, person, "HEALTH", healthNote);
    addEntry(health, person, "GENERAL", generalNote);

    assertKnownToOnly(housing, person, healthNote, generalNote);
    assertThat(export("housing-system", person).status()).isEqualTo(403);

    Api.Reply consented =
        health.post("/persons/" + person + "/consents", consent("housing", "CONSENT", today()));
    assertThat(consented.status()).as(consented.toString()).isEqualTo(204);

    JsonNode seen = record(housing, person);
    assertThat(seen.get("access").asText()).isEqualTo("RECORD");
    assertThat(seen.get("basis").asText()).containsIgnoringCase("consent given");
    assertThat(summaries(seen)).contains(healthNote, generalNote);
    assertThat(export("housing-system", person).body()).contains(healthNote, generalNote);

    long consent = consentFor(record(health, person), "housing").get("id").asLong();
    Api.Reply withdrawn = health.post("/consents/" + consent + "/withdraw", "");
    assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(204);

    assertKnownToOnly(housing, person, healthNote, generalNote);
    assertThat(consentFor(record(health, person), "housing").get("withdrawn").asBoolean()).isTrue();
  }

  @Test
  void policeOnALegalObligationSeeGeneralEntriesButNoHealthInformation() {
    String nhs = nhsNumber();
    long person = createPerson(health, "Owen", "Lloyd" + suffix(), nhs);
    String healthNote = "Diabetes check " + suffix();
    String generalNote = "Lives alone " + suffix();
    addEntry(health, person, "HEALTH", healthNote);
    addEntry(health, person, "GENERAL", generalNote);

    Api.Reply basis =
        health.post(
            "/persons/" + person + "/consents", consent("police", "LEGAL_OBLIGATION", today()));
    assertThat(basis.status()).as(basis.toString()).isEqualTo(204);

    Api.Reply seen = police.get("/persons/" + person);
    assertThat(seen.json().get("access").asText()).isEqualTo("RECORD");
    assertThat(summaries(seen.json())).contains(generalNote).doesNotContain(healthNote);
    assertThat(seen.body()).doesNotContain(healthNote).doesNotContain(nhs);
  }

  @Test
  void aSecondEditOfTheSameVersionIsRefusedWithWhatChangedAndTheFirstStands() {
    long person = createPerson(health, "Cerys", "Morgan" + suffix(), null);
    Api.Reply read = health.get("/persons/" + person);
    String etag = read.header("ETag");
    Map<String, Object> first = details(read.json());
    first.put("preferredName", "Cez");
    Map<String, Object> second = details(read.json());
    second.put("language", "Welsh");

    Api.Reply saved = put("/persons/" + person, first, etag);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(saved.header("ETag")).isNotEqualTo(etag);
    assertThat(saved.json().get("details").get("preferredName").asText()).isEqualTo("Cez");

    Api.Reply stale = put("/persons/" + person, second, etag);
    assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
    assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
    assertThat(stale.json().get("type").asText()).endsWith("/stale");
    JsonNode change = changeOf(stale.json(), "Preferred name");
    assertThat(change.get("after").asText()).isEqualTo("Cez");
    assertThat(change.has("before")).isFalse();

    assertThat(put("/persons/" + person, second, null).status()).isEqualTo(428);

    Api.Reply now = health.get("/persons/" + person);
    assertThat(now.header("ETag")).isEqualTo(saved.header("ETag"));
    assertThat(now.json().get("details").get("preferredName").asText()).isEqualTo("Cez");
    assertThat(now.json().get("details").has("language")).isFalse();
  }

  @Test
  void aChangeOfCircumstancesIsToldToEveryOtherInvolvedAgencyAndNoOneElse() {
    long person = createPerson(health, "Dylan", "Hughes" + suffix(), null);
    // Housing works with the person by accepting a referral; police by saying so on a basis.
    long referral = refer(health, person, "housing");
    assertThat(housing.post("/referrals/" + referral + "/accept", "").status()).isEqualTo(200);
    Api.Reply basis =
        health.post(
            "/persons/" + person + "/consents", consent("police", "LEGAL_OBLIGATION", today()));
    assertThat(basis.status()).as(basis.toString()).isEqualTo(204);
    Api.Reply involved =
        police.post("/persons/" + person + "/involvement", Map.of("leadWorker", "PC Dunn"));
    assertThat(involved.status()).as(involved.toString()).isEqualTo(204);
    assertThat(record(health, person).get("involvedAgencies").findValuesAsText("agency"))
        .containsExactlyInAnyOrder("health", "housing", "police");

    String etag = health.get("/persons/" + person).header("ETag");
    Api.Reply changed =
        health.post(
            "/persons/" + person + "/circumstances",
            Map.of(
                "addressLine",
                "Flat 2, 10 Mill Lane",
                "postcode",
                "ls6 1aa",
                "phone",
                "0113 496 0000"),
            Map.of("If-Match", etag));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().get("postcode").asText()).isEqualTo("LS6 1AA");
    assertThat(changed.json().get("phone").asText()).isEqualTo("0113 496 0000");
    assertThat(changed.header("ETag")).isNotEqualTo(etag);

    for (Api agency : List.of(housing, police)) {
      List<JsonNode> told = noticesAbout(agency, person);
      assertThat(told).hasSize(1);
      assertThat(told.get(0).get("kind").asText()).isEqualTo("CHANGE");
      assertThat(told.get(0).get("fromAgency").asText()).isEqualTo("health");
      assertThat(told.get(0).get("message").asText())
          .contains("Flat 2, 10 Mill Lane", "LS6 1AA", "0113 496 0000");
    }
    assertThat(noticesAbout(voluntary, person)).isEmpty();
    assertThat(noticesAbout(health, person))
        .as("the agency that made the change is not told of it; it hears only of its referral")
        .extracting(n -> n.get("kind").asText())
        .containsOnly("REFERRAL");

    long notice = noticesAbout(housing, person).get(0).get("id").asLong();
    assertThat(housing.post("/notices/" + notice + "/read", "").status()).isEqualTo(204);
    assertThat(noticesAbout(housing, person)).isEmpty();
    assertThat(housing.post("/notices/" + notice + "/read", "").status()).isEqualTo(404);
  }

  @Test
  void noSystemCanBreakTheGlassNotEvenWithAWriteScope() throws Exception {
    String nhs = nhsNumber();
    long person = createPerson(health, "Tegan", "Rees" + suffix(), nhs);
    String healthNote = "Epilepsy plan " + suffix();
    String mentalHealthNote = "Crisis plan " + suffix();
    String generalNote = "Dog at home " + suffix();
    addEntry(health, person, "HEALTH", healthNote);
    addEntry(health, person, "MENTAL_HEALTH", mentalHealthNote);
    addEntry(health, person, "GENERAL", generalNote);
    assertKnownToOnly(voluntary, person, healthNote, mentalHealthNote, generalNote);

    // The way in for a system is to ask: the involved agency (health) is told, with the reason.
    Api.Reply asked =
        voluntary.post(
            "/persons/" + person + "/access-requests",
            Map.of("reason", "We support her at the drop-in"));
    assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
    assertThat(asked.json().get("agenciesTold").asInt()).isEqualTo(1);
    assertThat(noticesAbout(health, person).toString()).contains("We support her at the drop-in");

    // Break-glass needs a person at the pages who answers for it: no system may, write scope
    // (voluntary's system) or read scopes only (housing's reporting client).
    String reason = "Found collapsed at the drop-in centre, ambulance called";
    for (Api system : List.of(voluntary, Api.as("housing-reporting"), Api.as("police-system"))) {
      Api.Reply refused =
          system.post("/persons/" + person + "/break-glass", Map.of("reason", reason));

      assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
      assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }
    assertKnownToOnly(voluntary, person, healthNote, mentalHealthNote, generalNote);
    try (var db = Platform.database();
        var sql = db.prepareStatement("select count(*) from break_glass where person_id = ?")) {
      sql.setLong(1, person);
      try (var rows = sql.executeQuery()) {
        rows.next();
        assertThat(rows.getInt(1)).as("nothing written").isZero();
      }
    }
  }

  @Test
  void badEntriesAndConsentsAreRefusedByFieldAndWriteNothing() {
    long person = createPerson(health, "Ffion", "Davies" + suffix(), null);
    JsonNode before = record(health, person);

    Api.Reply longSummary =
        health.post(
            "/persons/" + person + "/entries",
            Map.of("kind", "NOTE", "sensitivity", "GENERAL", "summary", "x".repeat(201)));
    assertThat(longSummary.status()).isEqualTo(400);
    assertThat(longSummary.json().get("errors").findValuesAsText("field"))
        .containsExactly("summary");

    Api.Reply futureConsent =
        health.post(
            "/persons/" + person + "/consents", consent("housing", "CONSENT", today().plusDays(2)));
    assertThat(futureConsent.status()).isEqualTo(400);
    assertThat(futureConsent.json().get("errors").findValuesAsText("field"))
        .containsExactly("givenOn");

    JsonNode after = record(health, person);
    assertThat(after.get("chronology")).isEqualTo(before.get("chronology"));
    assertThat(after.get("consents")).isEqualTo(before.get("consents"));
    assertThat(after.get("consents")).isEmpty();
    assertKnownToOnly(housing, person);
  }

  @Test
  void aRelationshipIsRecordedBothWaysRoundAndNotWithOneself() {
    String family = "Adeyemi" + suffix();
    long parent = createPerson(health, "Funmi", family, null);
    long child = createPerson(health, "Tobi", family, null);

    Api.Reply self =
        health.post(
            "/persons/" + parent + "/relationships", Map.of("kind", "PARENT", "relatedId", parent));
    assertThat(self.status()).as(self.toString()).isEqualTo(400);
    assertThat(record(health, parent).get("relationships")).isEmpty();

    Api.Reply related =
        health.post(
            "/persons/" + parent + "/relationships", Map.of("kind", "PARENT", "relatedId", child));
    assertThat(related.status()).as(related.toString()).isEqualTo(204);
    assertThat(record(health, parent).get("relationships").findValuesAsText("kind"))
        .containsExactly("PARENT");
    assertThat(record(health, child).get("relationships").findValuesAsText("kind"))
        .containsExactly("CHILD");
    // Only an agency the record is open to may record it.
    Api.Reply refused =
        voluntary.post(
            "/persons/" + child + "/relationships", Map.of("kind", "SIBLING", "relatedId", parent));
    assertThat(refused.status()).isEqualTo(403);
  }

  @Test
  void aBasisNeedNotHaveAnExpiryDate() {
    long person = createPerson(health, "Gethin", "Evans" + suffix(), null);

    Api.Reply basis =
        health.post(
            "/persons/" + person + "/consents", openEnded("police", "LEGAL_OBLIGATION", today()));
    assertThat(basis.status()).as(basis.toString()).isEqualTo(204);

    assertThat(consentFor(record(health, person), "police").has("expiresOn")).isFalse();
    assertThat(record(police, person).get("access").asText()).isEqualTo("RECORD");
  }

  // --- helpers ---

  private static void assertKnownToOnly(Api api, long person, String... hidden) {
    Api.Reply reply = api.get("/persons/" + person);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonNode card = reply.json();
    assertThat(card.get("access").asText()).isEqualTo("KNOWN_TO");
    assertThat(card.get("name").asText()).isNotBlank();
    for (String key : List.of("details", "chronology", "consents", "identifiers", "postcode")) {
      assertThat(card.has(key)).as(key).isFalse();
    }
    assertThat(reply.header("ETag")).isNull();
    // Which agencies work with the person, but not who their workers are.
    assertThat(card.get("involvedAgencies")).isNotEmpty();
    for (JsonNode involved : card.get("involvedAgencies")) {
      assertThat(involved.has("agency")).isTrue();
      assertThat(involved.has("leadWorker")).as("lead worker on a known-to card").isFalse();
    }
    for (String text : hidden) {
      assertThat(reply.body()).doesNotContain(text);
    }
  }

  private static List<String> originsOf(long person, String action) throws SQLException {
    try (var db = Platform.database();
        var st =
            db.prepareStatement(
                "select origin from totalplace.audit_event"
                    + " where subject_type = 'person' and subject_id = ? and action = ?")) {
      st.setLong(1, person);
      st.setString(2, action);
      var rs = st.executeQuery();
      List<String> origins = new ArrayList<>();
      while (rs.next()) {
        origins.add(rs.getString(1));
      }
      return origins;
    }
  }

  @Test
  void impossibleDatesOfBirthAndNamesWithNothingToReadAreRefusedByFieldAndNamesAreComposed()
      throws SQLException {
    String family = "Odd" + suffix();
    Map<String, String> dates =
        Map.of(
            "0000-01-01",
            "1900 or later",
            "-0001-01-01",
            "",
            "1800-05-05",
            "1900 or later",
            "1990-02-30",
            "there is no 30 February",
            LocalDate.now(ZoneOffset.UTC).plusDays(2).toString(),
            "after today");
    for (var date : dates.entrySet()) {
      Map<String, Object> person = newPerson("Una", family, null);
      person.put("dateOfBirth", date.getKey());
      Api.Reply refused = health.post("/persons", person);

      assertThat(refused.status()).as(date.getKey() + " " + refused).isEqualTo(400);
      assertThat(refused.json().get("errors").findValuesAsText("field")).contains("dateOfBirth");
      assertThat(refused.body()).as(date.getKey()).contains(date.getValue());
    }
    for (String nothing : List.of("\u200b\u200b", "\u0301\u0301", "\u2060", "A\ud800")) {
      Map<String, Object> person = newPerson(nothing, family, null);
      Api.Reply refused = health.post("/persons", person);

      assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
      assertThat(refused.json().get("errors").findValuesAsText("field")).contains("givenName");
    }
    assertThat(ReferralApiIT.peopleNamed(family)).as("nothing stored").isZero();

    // "Zoë" typed as Z-o-e and a combining diaeresis is stored as the one composed letter.
    long id = createPerson(health, "Zoe\u0308", family, null);
    assertThat(record(health, id).get("givenName").asText()).isEqualTo("Zo\u00eb");
  }

  private static long createPerson(Api api, String given, String family, String nhs) {
    Api.Reply created = api.post("/persons", newPerson(given, family, nhs));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  private static Map<String, Object> newPerson(String given, String family, String nhs) {
    Map<String, Object> person = new HashMap<>();
    person.put("givenName", given);
    person.put("familyName", family);
    person.put("dateOfBirth", "1985-03-27");
    person.put("postcode", "LS11 5QP");
    person.put("sex", "FEMALE");
    if (nhs != null) {
      person.put("nhsNumber", nhs);
    }
    return person;
  }

  private static void addEntry(Api api, long person, String sensitivity, String summary) {
    Api.Reply added =
        api.post(
            "/persons/" + person + "/entries",
            Map.of(
                "kind", "NOTE", "sensitivity", sensitivity, "summary", summary, "detail", "More."));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(added.json().get("id").asLong()).isPositive();
  }

  /** A basis with a review date a year on; see aBasisNeedNotHaveAnExpiryDate for one without. */
  private static Map<String, Object> consent(String agency, String basis, LocalDate givenOn) {
    Map<String, Object> request = openEnded(agency, basis, givenOn);
    request.put("expiresOn", givenOn.plusYears(1).toString());
    return request;
  }

  private static Map<String, Object> openEnded(String agency, String basis, LocalDate givenOn) {
    Map<String, Object> request = new HashMap<>();
    request.put("agencies", List.of(agency));
    request.put("basis", basis);
    if (basis.equals("CONSENT")) {
      request.put("consent", "GIVEN");
    }
    request.put("purpose", "Support with housing and health");
    request.put("givenOn", givenOn.toString());
    return request;
  }

  private static JsonNode consentFor(JsonNode record, String agency) {
    for (JsonNode consent : record.get("consents")) {
      if (consent.get("agency").asText().equals(agency)) {
        return consent;
      }
    }
    throw new AssertionError("No consent for " + agency + " in " + record);
  }

  private static JsonNode record(Api api, long person) {
    Api.Reply reply = api.get("/persons/" + person);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  private static List<String> summaries(JsonNode record) {
    return record.get("chronology").findValuesAsText("summary");
  }

  private static List<JsonNode> found(Api api, String query) {
    Api.Reply reply = api.get("/persons?" + query);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    List<JsonNode> cards = new ArrayList<>();
    reply.json().forEach(cards::add);
    return cards;
  }

  private static List<JsonNode> noticesAbout(Api api, long person) {
    Api.Reply reply = api.get("/notices");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    List<JsonNode> about = new ArrayList<>();
    reply
        .json()
        .forEach(
            n -> {
              if (n.get("personId").asLong() == person) {
                about.add(n);
              }
            });
    return about;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> details(JsonNode record) {
    return new HashMap<>(Api.JSON.convertValue(record.get("details"), Map.class));
  }

  private static JsonNode changeOf(JsonNode problem, String field) {
    for (JsonNode change : problem.get("changes")) {
      if (change.get("field").asText().equals(field)) {
        return change;
      }
    }
    throw new AssertionError("No change of " + field + " in " + problem);
  }

  private static long refer(Api api, long person, String toAgency) {
    // A referral needs a basis for the receiving agency to see the person's information.
    ReferralApiIT.consentTo(api, person, toAgency);
    long service = -1;
    for (JsonNode s : api.get("/services").json()) {
      if (s.get("agency").asText().equals(toAgency)) {
        service = s.get("id").asLong();
      }
    }
    Api.Reply sent =
        api.post(
            "/referrals",
            Map.of(
                "personId",
                person,
                "serviceId",
                service,
                "urgency",
                "ROUTINE",
                "reason",
                "Rehousing"));
    assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
    return sent.json().get("id").asLong();
  }

  /** PUT as the health system; Api has no PUT. */
  private static Api.Reply put(String path, Object body, String ifMatch) {
    HttpRequest.Builder request =
        request("health-system", path).header("Accept", "application/json");
    try {
      request
          .header("Content-Type", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return Api.send(request.build());
  }

  /** The downloadable record, which is HTML rather than JSON. */
  private static Api.Reply export(String client, long person) {
    return Api.send(
        request(client, "/persons/" + person + "/export").header("Accept", "text/html").build());
  }

  private static HttpRequest.Builder request(String client, String path) {
    return HttpRequest.newBuilder(URI.create(Platform.stack().apiUrl() + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + Api.token(client, "demo-" + client + "-secret"));
  }

  private static LocalDate today() {
    // The server decides whether a basis has started by the UTC date.
    return LocalDate.now(ZoneOffset.UTC);
  }

  /** A random NHS number with a valid Modulus 11 check digit. */
  private static String nhsNumber() {
    while (true) {
      StringBuilder digits = new StringBuilder("9");
      int sum = 9 * 10;
      for (int i = 1; i < 9; i++) {
        int d = ThreadLocalRandom.current().nextInt(10);
        digits.append(d);
        sum += d * (10 - i);
      }
      int check = 11 - sum % 11;
      if (check == 11) {
        check = 0;
      }
      if (check != 10) {
        return digits.append(check).toString();
      }
    }
  }

  private static String suffix() {
    return ReferralApiIT.suffix();
  }
}

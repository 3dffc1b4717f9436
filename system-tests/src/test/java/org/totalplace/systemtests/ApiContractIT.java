package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The published contract against the behaviour: an integrating developer's whole journey checked
 * exchange by exchange against the document the platform serves, every documented operation
 * answering as documented, and the browsable contract opening in a browser.
 */
@ExtendWith(Platform.class)
class ApiContractIT {

  static final ObjectMapper JSON = new ObjectMapper();

  final Api housing = Api.as("housing-system");
  final Api drugAlcohol = Api.as("drug-alcohol-system");

  static String json(Object body) throws Exception {
    return JSON.writeValueAsString(body);
  }

  @Test
  void theContractNamesThisPlatformsKeycloakAndEveryScope() {
    JsonNode document = Api.anonymous().rawUrl(Contract.documentUrl()).json();
    assertThat(document.get("openapi").asText()).startsWith("3.");
    JsonNode flow = document.at("/components/securitySchemes/keycloak/flows/clientCredentials");
    assertThat(flow.get("tokenUrl").asText())
        .isEqualTo(
            Platform.stack().keycloakUrl() + "/realms/totalplace/protocol/openid-connect/token");
    assertThat(iterable(flow.get("scopes").fieldNames()))
        .contains("persons.read", "referrals.write", "webhooks.manage");
    // Every operation names scopes a client can be given, and nothing else.
    List<String> operations = new ArrayList<>();
    document
        .get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        op -> {
                          operations.add(op.getKey() + " " + path.getKey());
                          JsonNode scopes = op.getValue().at("/security/0/keycloak");
                          assertThat(scopes.isArray() && scopes.size() > 0)
                              .as(op.getKey() + " " + path.getKey() + " names its scope")
                              .isTrue();
                          scopes.forEach(
                              s -> assertThat(flow.get("scopes").has(s.asText())).isTrue());
                        }));
    assertThat(operations).contains("post /v1/referrals", "get /v1/work", "get /v1/persons");
  }

  @Test
  void makingAndFollowingAReferralKeepsToTheContract() throws Exception {
    String family = "Contract" + ReferralApiIT.suffix();
    Api.Reply created =
        Contract.post(
            housing,
            "/persons",
            json(
                Map.of(
                    "givenName", "Dana",
                    "familyName", family,
                    "dateOfBirth", "1979-06-02",
                    "postcode", "LS11 5QP")));
    assertThat(created.status()).isEqualTo(201);
    long person = created.json().get("id").asLong();
    Contract.get(housing, "/persons?q=Dana%20" + family);
    Contract.get(housing, "/persons/" + person);
    Contract.post(
        housing,
        "/persons/" + person + "/consents",
        json(
            Map.of(
                "agencies", List.of("drug-alcohol"),
                "basis", "CONSENT",
                "consent", "GIVEN",
                "purpose", "Referral for support",
                "givenOn", java.time.LocalDate.now().toString())));
    JsonNode services = Contract.get(housing, "/services").json();
    long service = 0;
    for (JsonNode s : services) {
      if (s.get("agency").asText().equals("drug-alcohol")) {
        service = s.get("id").asLong();
      }
    }
    Api.Reply sent =
        Contract.post(
            housing,
            "/referrals",
            json(
                Map.of(
                    "personId",
                    person,
                    "serviceId",
                    service,
                    "urgency",
                    "URGENT",
                    "reason",
                    "Asks for help with alcohol")));
    assertThat(sent.status()).isEqualTo(201);
    long referral = sent.json().get("id").asLong();
    Contract.get(housing, "/referrals/" + referral);
    Contract.get(drugAlcohol, "/work?limit=200");
    Contract.get(drugAlcohol, "/referrals?box=inbox");
    String etag = Contract.get(drugAlcohol, "/referrals/" + referral).header("ETag");
    Api.Reply stale =
        Contract.post(
            drugAlcohol, "/referrals/" + referral + "/accept", "", Map.of("If-Match", "\"99\""));
    assertThat(stale.status()).isEqualTo(412);
    Api.Reply accepted =
        Contract.post(
            drugAlcohol, "/referrals/" + referral + "/accept", "", Map.of("If-Match", etag));
    assertThat(accepted.status()).isEqualTo(200);
    Contract.post(drugAlcohol, "/referrals/" + referral + "/start", "");
    Api.Reply completed =
        Contract.post(
            drugAlcohol,
            "/referrals/" + referral + "/complete",
            json(Map.of("completed", true, "outcome", "Engaged with the service")));
    assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
    assertThat(Contract.get(housing, "/referrals/" + referral).json().get("status").asText())
        .isEqualTo("COMPLETED");
    Contract.get(housing, "/referrals/" + referral + "/history");
    // Errors keep to it too.
    assertThat(Contract.get(housing, "/referrals/999999999").status()).isEqualTo(404);
    String wrong = "{\"urgency\": 3}";
    assertThat(
            Contract.refused("POST", "/referrals", wrong, housing.post("/referrals", wrong))
                .status())
        .isEqualTo(400);
    assertThat(
            Contract.refused("GET", "/work?limit=0", null, housing.get("/work?limit=0")).status())
        .isEqualTo(400);
  }

  /**
   * Each documented operation exists as documented: called with an id nobody has and an empty body,
   * it answers with one of its documented statuses, never 405 or an unrouted 404.
   */
  @Test
  void everyDocumentedOperationIsThere() {
    JsonNode document = Api.anonymous().rawUrl(Contract.documentUrl()).json();
    document
        .get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        op -> {
                          String address =
                              path.getKey().replaceFirst("^/v1", "").replace("{id}", "999999999");
                          String method = op.getKey().toUpperCase();
                          Api.Reply reply =
                              housing.raw(
                                  method,
                                  address,
                                  method.equals("GET") || method.equals("DELETE")
                                      ? null
                                      : "{}".getBytes(),
                                  method.equals("GET") || method.equals("DELETE")
                                      ? Map.of("Accept", "*/*")
                                      : Map.of(
                                          "Content-Type", "application/json", "Accept", "*/*"));
                          assertThat(reply.status())
                              .as(method + " " + address + ": " + reply.body())
                              .isLessThan(500)
                              .isNotEqualTo(405);
                          if (reply.status() == 404) {
                            assertThat(reply.json().get("type").asText())
                                .as(method + " " + address + " is routed")
                                .endsWith("/not-found");
                          }
                          assertThat(
                                  op.getValue()
                                      .get("responses")
                                      .has(Integer.toString(reply.status())))
                              .as(method + " " + address + " documents " + reply.status())
                              .isTrue();
                        }));
  }

  @Test
  void theContractCanBeBrowsed() throws Exception {
    try (Browser browser = new Browser()) {
      browser.open("/api/docs/");
      browser.waitForText(By.tagName("body"), "Totalplace API");
      browser.waitForText(By.tagName("body"), "/v1/referrals/{id}/accept");
      assertThat(browser.text(By.tagName("body"))).contains("Getting a token", "Authorize");
    }
  }

  private static List<String> iterable(Iterator<String> names) {
    List<String> all = new ArrayList<>();
    names.forEachRemaining(all::add);
    return all;
  }
}

package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Machine authentication: each system's token carries its agency and its scopes; a missing scope, a
 * token of another realm, an expired, forged or absent token are refused with the right status.
 */
@ExtendWith(Platform.class)
class ApiSecurityIT {

  @Test
  void aReadOnlySystemReadsButCannotWrite() throws Exception {
    Api reporting = Api.as("housing-reporting");
    assertThat(reporting.get("/services").status()).isEqualTo(200);
    assertThat(reporting.get("/work").status()).isEqualTo(200);
    String family = "Scope" + ReferralApiIT.suffix();

    Api.Reply refused =
        reporting.post(
            "/persons",
            Map.of(
                "givenName", "Ola",
                "familyName", family,
                "dateOfBirth", "1990-01-01",
                "postcode", "LS11 5QP"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.json().get("type").asText()).endsWith("/insufficient-scope");
    assertThat(refused.json().get("detail").asText()).contains("persons.write");
    assertThat(refused.header("WWW-Authenticate")).contains("insufficient_scope");
    assertThat(ReferralApiIT.peopleNamed(family)).isZero();
    assertThat(reporting.post("/referrals/1/accept", "").status()).isEqualTo(403);
    // The same write by the housing system, which has the scope, goes through.
    assertThat(
            Api.as("housing-system")
                .post(
                    "/persons",
                    Map.of(
                        "givenName", "Ola",
                        "familyName", family,
                        "dateOfBirth", "1990-01-01",
                        "postcode", "LS11 5QP"))
                .status())
        .isEqualTo(201);
  }

  @Test
  void noOperationThatChangesAnythingAnswersAReadOnlyToken() throws Exception {
    Api housing = Api.as("housing-system");
    long person = ReferralApiIT.createPerson(housing, "Ria", "Readonly" + ReferralApiIT.suffix());
    long referral = ReferralApiIT.refer(housing, person, "drug-alcohol", "ROUTINE");
    Api reporting = Api.as("housing-reporting");
    JsonNode paths =
        Api.JSON.readTree(Api.anonymous().rawUrl(Contract.documentUrl()).body()).get("paths");
    Map<String, String> before = RobustnessIT.snapshot();

    java.util.List<String> walked = new java.util.ArrayList<>();
    for (var path : (Iterable<Map.Entry<String, JsonNode>>) paths::fields) {
      for (var operation : (Iterable<Map.Entry<String, JsonNode>>) path.getValue()::fields) {
        String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
        if (java.util.Set.of("GET", "HEAD", "OPTIONS", "PARAMETERS").contains(method)) {
          continue;
        }
        // Real ids, so a refusal cannot hide behind "not found".
        String address =
            path.getKey()
                .replaceFirst("^/v1", "")
                .replaceAll("^/referrals/\\{[^}]+}", "/referrals/" + referral)
                .replaceAll("\\{[^}]+}", Long.toString(person));
        byte[] body =
            operation.getValue().has("requestBody")
                ? "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)
                : null;
        Api.Reply reply =
            reporting.raw(
                method,
                address,
                body,
                Map.of("Content-Type", "application/json", "If-Match", "\"1\""));
        walked.add(method + " " + address);

        assertThat(reply.status()).as(method + " " + address + " " + reply.body()).isEqualTo(403);
        assertThat(reply.json().get("type").asText()).endsWith("/insufficient-scope");
      }
    }
    assertThat(walked).hasSizeGreaterThan(25).contains("POST /notices/" + person + "/read");
    assertThat(RobustnessIT.snapshot()).as("nothing changed").isEqualTo(before);
  }

  @Test
  void eachSystemsTokenNamesItsScopes() {
    assertThat(
            claims(Api.token("housing-reporting", "demo-housing-reporting-secret"))
                .get("scope")
                .asText())
        .contains("persons.read", "referrals.read")
        .doesNotContain("persons.write", "referrals.write");
    assertThat(
            claims(Api.token("housing-system", "demo-housing-system-secret")).get("scope").asText())
        .contains("persons.write", "referrals.write", "webhooks.manage");
  }

  @Test
  void noTokenOrAForgedOneIs401() {
    Api.Reply none = Api.anonymous().get("/work");
    assertThat(none.status()).isEqualTo(401);
    String real = Api.token("housing-system", "demo-housing-system-secret");
    String[] parts = real.split("\\.");
    String otherAgency =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]))
                    .replace("housing", "police")
                    .getBytes());
    Api.Reply forged = Api.withToken(parts[0] + "." + otherAgency + "." + parts[2]).get("/work");
    assertThat(forged.status()).isEqualTo(401);
    assertThat(Api.withToken("not-a-token").get("/work").status()).isEqualTo(401);
  }

  @Test
  void aTokenFromAnotherRealmIs401() {
    KeycloakAdmin admin = KeycloakAdmin.login();
    admin.ensureRealm("elsewhere", "intruder", "intruder-secret", 300);
    String foreign = Api.tokenFrom("elsewhere", "intruder", "intruder-secret");
    assertThat(claims(foreign).get("iss").asText()).endsWith("/realms/elsewhere");
    Api.Reply reply = Api.withToken(foreign).get("/work");
    assertThat(reply.status()).isEqualTo(401);
  }

  @Test
  void anExpiredTokenIs401() {
    KeycloakAdmin admin = KeycloakAdmin.login();
    // A client of the platform's own realm whose tokens live two seconds. It has no role, so while
    // its token lives the answer is 403; once expired, 401.
    admin.ensureClient("totalplace", "short-lived", "short-lived-secret", 2);
    String token = Api.tokenFrom("totalplace", "short-lived", "short-lived-secret");
    Instant expires = Instant.ofEpochSecond(claims(token).get("exp").asLong());
    Api api = Api.withToken(token);
    // While it lives it is a key; once it has expired (and any allowed clock skew has passed),
    // it is refused. Polled, not slept: the answer is whatever the platform says when asked.
    Api.Reply reply = api.get("/services");
    assertThat(reply.status()).isIn(403, 401);
    Instant giveUp = expires.plus(Duration.ofSeconds(90));
    while (reply.status() != 401 && Instant.now().isBefore(giveUp)) {
      reply = api.get("/services");
    }
    assertThat(reply.status()).as("refused after " + expires).isEqualTo(401);
    assertThat(Instant.now()).isAfter(expires);
  }

  static JsonNode claims(String token) {
    try {
      return Api.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Keycloak's admin REST API, as the stack's bootstrap admin. */
  record KeycloakAdmin(String token) {
    static KeycloakAdmin login() {
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(
                      Platform.stack().keycloakUrl()
                          + "/realms/master/protocol/openid-connect/token"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "grant_type=password&client_id=admin-cli&username=admin&password=admin"))
              .build();
      Api.Reply reply = Api.send(request);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      return new KeycloakAdmin(reply.json().get("access_token").asText());
    }

    void ensureRealm(String realm, String clientId, String secret, int lifespan) {
      Api.Reply exists = send("GET", "/admin/realms/" + realm, null);
      if (exists.status() == 404) {
        Api.Reply made =
            send("POST", "/admin/realms", "{\"realm\":\"" + realm + "\",\"enabled\":true}");
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
      }
      ensureClient(realm, clientId, secret, lifespan);
    }

    void ensureClient(String realm, String clientId, String secret, int lifespan) {
      Api.Reply found =
          send("GET", "/admin/realms/" + realm + "/clients?clientId=" + clientId, null);
      if (found.json().size() > 0) {
        return;
      }
      String client =
          "{\"clientId\":\""
              + clientId
              + "\",\"secret\":\""
              + secret
              + "\",\"enabled\":true,\"publicClient\":false,\"standardFlowEnabled\":false,"
              + "\"serviceAccountsEnabled\":true,\"attributes\":{\"access.token.lifespan\":\""
              + lifespan
              + "\"},\"defaultClientScopes\":[\"basic\",\"roles\",\"microprofile-jwt\"],"
              + "\"protocolMappers\":[{\"name\":\"API audience\",\"protocol\":\"openid-connect\","
              + "\"protocolMapper\":\"oidc-audience-mapper\",\"config\":{"
              + "\"included.custom.audience\":\"totalplace-api\",\"access.token.claim\":\"true\"}}]}";
      Api.Reply made = send("POST", "/admin/realms/" + realm + "/clients", client);
      assertThat(made.status()).as(made.toString()).isEqualTo(201);
    }

    Api.Reply send(String method, String path, String json) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(Platform.stack().keycloakUrl() + path))
              .header("Authorization", "Bearer " + token)
              .header("Content-Type", "application/json")
              .method(
                  method,
                  json == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(json));
      return Api.send(request.build());
    }
  }
}

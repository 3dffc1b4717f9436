package org.totalplace.api.platform;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;
import java.util.Set;

/**
 * Finishes the generated contract where annotations cannot say it once for all: every operation's
 * problem responses (RFC 9457, the Problem schema), and security requirements that name OAuth
 * scopes only (the generator adds the JAX-RS roles too, which are not scopes a client can ask for).
 */
final class ContractShape {

  /** Problems any operation can answer. */
  private static final Map<String, String> ANY =
      Map.of(
          "400", "Bad input: the fields to fix are in errors",
          "401", "No valid bearer token (missing, expired, or from another issuer)",
          "403", "Not allowed: missing scope, role, agency or sharing basis",
          "404", "Not found, or not visible to the calling system's agency",
          "413", "The body is over a megabyte",
          "422", "The Idempotency-Key was used before for a different request");

  /** Problems a change can answer as well. */
  private static final Map<String, String> CHANGES =
      Map.of(
          "409", "Not possible in the referral's or record's present state",
          "412", "Changed since you read it: read again and retry with the new ETag",
          "428", "If-Match is needed: send the ETag you read");

  private ContractShape() {}

  static String shaped(String generated) {
    JsonObject doc = Json.createReader(new StringReader(generated)).readObject();
    Set<String> scopes =
        doc.getJsonObject("components")
            .getJsonObject("securitySchemes")
            .getJsonObject(ScopeCheck.SCHEME)
            .getJsonObject("flows")
            .getJsonObject("clientCredentials")
            .getJsonObject("scopes")
            .keySet();
    JsonObjectBuilder paths = Json.createObjectBuilder();
    doc.getJsonObject("paths")
        .forEach(
            (path, item) -> {
              JsonObjectBuilder methods = Json.createObjectBuilder();
              ((JsonObject) item)
                  .forEach(
                      (method, operation) ->
                          methods.add(
                              method,
                              operation.getValueType() == JsonValue.ValueType.OBJECT
                                  ? shapedOperation(method, (JsonObject) operation, scopes)
                                  : operation));
              paths.add(path, methods);
            });
    return Json.createObjectBuilder(doc).add("paths", paths).build().toString();
  }

  private static JsonObject shapedOperation(
      String method, JsonObject operation, Set<String> scopes) {
    JsonObjectBuilder shaped = Json.createObjectBuilder(operation);
    JsonObjectBuilder responses =
        Json.createObjectBuilder(
            operation.containsKey("responses")
                ? operation.getJsonObject("responses")
                : JsonValue.EMPTY_JSON_OBJECT);
    JsonObject existing =
        operation.containsKey("responses")
            ? operation.getJsonObject("responses")
            : JsonValue.EMPTY_JSON_OBJECT;
    addProblems(responses, existing, ANY);
    if (!method.equals("get")) {
      addProblems(responses, existing, CHANGES);
      JsonArrayBuilder parameters =
          Json.createArrayBuilder(
              operation.containsKey("parameters")
                  ? operation.getJsonArray("parameters")
                  : JsonValue.EMPTY_JSON_ARRAY);
      parameters.add(
          Json.createObjectBuilder()
              .add("name", IdempotencyKeys.HEADER)
              .add("in", "header")
              .add(
                  "description",
                  "Any unique string (a UUID will do), new for each new request: a retry with the"
                      + " same key and body gets the first answer again.")
              .add(
                  "schema",
                  Json.createObjectBuilder()
                      .add("type", "string")
                      .add("maxLength", IdempotencyKeys.MAX_KEY)));
      shaped.add("parameters", parameters);
    }
    shaped.add("responses", responses);
    if (operation.containsKey("security")) {
      JsonArrayBuilder security = Json.createArrayBuilder();
      for (JsonValue requirement : operation.getJsonArray("security")) {
        JsonObjectBuilder onlyScopes = Json.createObjectBuilder();
        ((JsonObject) requirement)
            .forEach(
                (scheme, named) -> {
                  JsonArrayBuilder kept = Json.createArrayBuilder();
                  for (JsonValue scope : (JsonArray) named) {
                    if (scopes.contains(((jakarta.json.JsonString) scope).getString())) {
                      kept.add(scope);
                    }
                  }
                  onlyScopes.add(scheme, kept);
                });
        security.add(onlyScopes);
      }
      shaped.add("security", security);
    }
    return shaped.build();
  }

  private static void addProblems(
      JsonObjectBuilder responses, JsonObject existing, Map<String, String> problems) {
    problems.forEach(
        (status, description) -> {
          if (!existing.containsKey(status)) {
            responses.add(
                status,
                Json.createObjectBuilder()
                    .add("description", description)
                    .add(
                        "content",
                        Json.createObjectBuilder()
                            .add(
                                "application/problem+json",
                                Json.createObjectBuilder()
                                    .add(
                                        "schema",
                                        Json.createObjectBuilder()
                                            .add("$ref", "#/components/schemas/Problem")))));
          }
        });
  }
}

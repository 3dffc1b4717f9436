package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The contract the platform publishes, read from the running platform, and a check that a real
 * request and its real answer are what it promises: paths, parameters, statuses, bodies by schema.
 */
final class Contract {

  private static OpenApiInteractionValidator validator;
  private static OpenApiInteractionValidator answers;

  private Contract() {}

  static String documentUrl() {
    return Platform.stack().webUrl() + "/api/openapi.json";
  }

  static synchronized OpenApiInteractionValidator validator() {
    if (validator == null) {
      validator = build(false);
    }
    return validator;
  }

  /** For requests broken on purpose: only the answer is held to the contract. */
  static synchronized OpenApiInteractionValidator answers() {
    if (answers == null) {
      answers = build(true);
    }
    return answers;
  }

  private static OpenApiInteractionValidator build(boolean answersOnly) {
    Api.Reply document = Api.anonymous().rawUrl(documentUrl());
    assertThat(document.status()).as(document.toString()).isEqualTo(200);
    LevelResolver.Builder levels =
        LevelResolver.create()
            // Errors are problem+json whatever the client accepts, as RFC 9457 intends.
            .withLevel("validation.request.accept.notAllowed", ValidationReport.Level.IGNORE);
    if (answersOnly) {
      levels.withLevel("validation.request", ValidationReport.Level.IGNORE);
    }
    return OpenApiInteractionValidator.createForInlineApiSpecification(document.body())
        .withBasePathOverride("/api")
        .withLevelResolver(levels.build())
        .build();
  }

  /** Fails with the validator's messages unless the exchange keeps to the contract. */
  static Api.Reply kept(String method, String path, String body, Api.Reply reply) {
    return kept(validator(), method, path, body, reply);
  }

  /** A refusal of a request broken on purpose, as the contract documents it. */
  static Api.Reply refused(String method, String path, String body, Api.Reply reply) {
    return kept(answers(), method, path, body, reply);
  }

  private static Api.Reply kept(
      OpenApiInteractionValidator against,
      String method,
      String path,
      String body,
      Api.Reply reply) {
    URI uri = URI.create(Platform.stack().apiUrl() + path);
    SimpleRequest.Builder request =
        new SimpleRequest.Builder(Request.Method.valueOf(method), uri.getPath())
            .withHeader("Authorization", "Bearer token")
            .withHeader("Accept", "application/json");
    if (uri.getQuery() != null) {
      for (String pair : uri.getQuery().split("&")) {
        String[] kv = pair.split("=", 2);
        request.withQueryParam(kv[0], kv.length > 1 ? kv[1] : "");
      }
    }
    if (body != null && !body.isEmpty()) {
      request.withBody(body).withContentType("application/json");
    }
    SimpleResponse.Builder response = SimpleResponse.Builder.status(reply.status());
    reply.response().headers().map().entrySet().stream()
        .filter(h -> !h.getKey().startsWith(":"))
        .forEach(h -> response.withHeader(h.getKey(), h.getValue().toArray(String[]::new)));
    if (!reply.body().isEmpty()) {
      response.withBody(reply.body());
    }
    ValidationReport report = against.validate(request.build(), response.build());
    List<String> errors =
        report.getMessages().stream()
            .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
            .map(m -> m.getKey() + ": " + m.getMessage())
            .toList();
    assertThat(errors)
        .as(method + " " + path + " -> " + reply.status() + " " + reply.body())
        .isEmpty();
    return reply;
  }

  static Api.Reply get(Api api, String path) {
    return kept("GET", path, null, api.get(path));
  }

  static Api.Reply post(Api api, String path, String json) {
    return kept("POST", path, json, api.post(path, json));
  }

  static Api.Reply post(Api api, String path, String json, Map<String, String> headers) {
    return kept("POST", path, json, api.post(path, json, headers));
  }
}

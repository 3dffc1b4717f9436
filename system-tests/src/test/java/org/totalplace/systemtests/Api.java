package org.totalplace.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** A system calling the API with a real client-credentials token from Keycloak. */
public final class Api {

  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          // HTTP/1.1, as integrators' systems mostly speak: over an upgraded HTTP/2 connection one
          // refused over-long request left every later request on it answered 431.
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final String token;

  private Api(String token) {
    this.token = token;
  }

  /** One of the realm's integrating systems, e.g. "housing-system", with its demo secret. */
  public static Api as(String clientId) {
    return new Api(token(clientId, "demo-" + clientId + "-secret"));
  }

  /** A caller with no token at all. */
  public static Api anonymous() {
    return new Api(null);
  }

  public static Api withToken(String token) {
    return new Api(token);
  }

  public static String token(String clientId, String secret) {
    return tokenFrom("totalplace", clientId, secret);
  }

  /** A client-credentials token from any realm of the stack's Keycloak. */
  public static String tokenFrom(String realm, String clientId, String secret) {
    String form =
        "grant_type=client_credentials&client_id="
            + enc(clientId)
            + "&client_secret="
            + enc(secret);
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    Platform.stack().keycloakUrl()
                        + "/realms/"
                        + realm
                        + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    Reply reply = send(request);
    if (reply.status() != 200) {
      throw new IllegalStateException("No token for " + clientId + ": " + reply.body());
    }
    return reply.json().get("access_token").asText();
  }

  public Reply get(String path) {
    return get(path, Map.of());
  }

  /** With headers that replace the defaults, e.g. Accept: application/fhir+json. */
  public Reply get(String path, Map<String, String> headers) {
    HttpRequest.Builder builder = request(path).GET();
    headers.forEach(builder::setHeader);
    return send(builder.build());
  }

  public Reply post(String path, Object body) {
    return post(path, body, Map.of());
  }

  public Reply post(String path, Object body, Map<String, String> headers) {
    return withBody("POST", path, body, headers);
  }

  public Reply delete(String path) {
    return send(request(path).DELETE().build());
  }

  public Reply put(String path, Object body, Map<String, String> headers) {
    return withBody("PUT", path, body, headers);
  }

  private Reply withBody(String method, String path, Object body, Map<String, String> headers) {
    String json;
    try {
      json = body instanceof String s ? s : JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    HttpRequest.Builder builder =
        request(path)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json));
    headers.forEach(builder::setHeader);
    return send(builder.build());
  }

  /** Any method, any bytes, any headers: for malformed requests. */
  public Reply raw(String method, String path, byte[] body, Map<String, String> headers) {
    HttpRequest.Builder builder =
        request(path)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(builder::setHeader);
    return send(builder.build());
  }

  /** A GET of a whole address, outside the versioned API (the contract, the docs). */
  public Reply rawUrl(String url) {
    return send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(Platform.stack().apiUrl() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  static Reply send(HttpRequest request) {
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new Reply(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** An HTTP answer with its JSON body read. */
  public record Reply(HttpResponse<String> response) {
    public int status() {
      return response.statusCode();
    }

    public String body() {
      return response.body();
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public JsonNode json() {
      try {
        return JSON.readTree(response.body());
      } catch (IOException e) {
        throw new AssertionError("Not JSON: " + response.body(), e);
      }
    }

    @Override
    public String toString() {
      return status() + " " + body();
    }
  }
}

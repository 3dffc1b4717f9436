package org.totalplace.systemtests;

import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person logged in to the pages over plain HTTP, through the real Keycloak login form: fast
 * enough to walk every user of the realm over every page, where a browser would take minutes.
 */
public final class PageSession {

  private static final Pattern FORM_ACTION =
      Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  /** PrimeFaces' script nonce (primefaces.CSP): its script copies it into every form it posts. */
  private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new Cookies())
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private PageSession() {}

  /** Logs in as a realm user (password demo-password) and lands on the first page. */
  public static PageSession login(String username) {
    PageSession session = new PageSession();
    HttpResponse<String> loginPage = session.fetch(Platform.stack().webUrl() + "/index.xhtml");
    Matcher action = FORM_ACTION.matcher(loginPage.body());
    if (!action.find()) {
      throw new IllegalStateException("No Keycloak login form for " + username);
    }
    String form =
        "username=" + enc(username) + "&password=" + enc("demo-password") + "&credentialId=";
    HttpResponse<String> landed =
        session.send(
            HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    if (landed.uri().getHost().equals(URI.create(Platform.stack().keycloakUrl()).getHost())
        && landed.uri().getPort() == URI.create(Platform.stack().keycloakUrl()).getPort()) {
      throw new IllegalStateException("Login failed for " + username + ": " + landed.uri());
    }
    return session;
  }

  /** A page of the app, e.g. "/person.xhtml?id=3". */
  public HttpResponse<String> get(String path) {
    return fetch(Platform.stack().webUrl() + path);
  }

  /**
   * Submits a JSF form on the page just fetched: the fields as "name=value" pairs, already in the
   * form's naming (e.g. "search:text=smith"), plus the button that was pressed.
   */
  public HttpResponse<String> submit(
      HttpResponse<String> page, String formId, String button, String... fields) {
    Matcher state = VIEW_STATE.matcher(page.body());
    if (!state.find()) {
      throw new IllegalStateException("No view state on " + page.uri());
    }
    StringBuilder body =
        new StringBuilder(enc(formId))
            .append('=')
            .append(enc(formId))
            .append('&')
            .append(enc(formId + ":" + button))
            .append("=x&jakarta.faces.ViewState=")
            .append(enc(state.group(1)));
    Matcher nonce = NONCE.matcher(page.body());
    if (nonce.find()) {
      body.append("&primefaces.nonce=").append(enc(nonce.group(1)));
    }
    for (String field : fields) {
      int eq = field.indexOf('=');
      body.append('&')
          .append(enc(field.substring(0, eq)))
          .append('=')
          .append(enc(field.substring(eq + 1)));
    }
    return send(
        HttpRequest.newBuilder(page.uri())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build());
  }

  /** Posts a form body as it stands, e.g. one with a view state the server never made. */
  public HttpResponse<String> post(String path, String formBody) {
    return send(
        HttpRequest.newBuilder(URI.create(Platform.stack().webUrl() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(formBody))
            .build());
  }

  /**
   * Submits a JSF form that uploads a file (enctype multipart/form-data), as a browser does: the
   * form's marker, the pressed button, the view state and the file under its field name.
   */
  public HttpResponse<String> upload(
      HttpResponse<String> page,
      String formId,
      String button,
      String fileField,
      String fileName,
      String content) {
    Matcher state = VIEW_STATE.matcher(page.body());
    if (!state.find()) {
      throw new IllegalStateException("No view state on " + page.uri());
    }
    String boundary = "----totalplace" + System.nanoTime();
    StringBuilder body = new StringBuilder();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(formId, formId);
    fields.put(formId + ":" + button, "x");
    fields.put("jakarta.faces.ViewState", state.group(1));
    Matcher nonce = NONCE.matcher(page.body());
    if (nonce.find()) {
      fields.put("primefaces.nonce", nonce.group(1));
    }
    fields.forEach(
        (name, value) ->
            body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
    body.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"")
        .append(formId)
        .append(':')
        .append(fileField)
        .append("\"; filename=\"")
        .append(fileName)
        .append("\"\r\nContent-Type: application/json\r\n\r\n")
        .append(content)
        .append("\r\n--")
        .append(boundary)
        .append("--\r\n");
    return send(
        HttpRequest.newBuilder(page.uri())
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
            .build());
  }

  /** A file of the app as bytes, e.g. an Excel download. */
  public HttpResponse<byte[]> download(String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(Platform.stack().webUrl() + path)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> fetch(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * A cookie jar like a browser's on 127.0.0.1: Keycloak marks its login cookies Secure, which
   * browsers accept on a loopback address over plain HTTP and java.net's CookieManager does not.
   * Everything here runs on one loopback host, so one jar by name is enough.
   */
  private static final class Cookies extends CookieHandler {
    private final Map<String, String> jar = new LinkedHashMap<>();

    @Override
    public synchronized Map<String, List<String>> get(
        URI uri, Map<String, List<String>> requestHeaders) {
      if (jar.isEmpty()) {
        return Map.of();
      }
      StringBuilder header = new StringBuilder();
      jar.forEach(
          (name, value) ->
              header
                  .append(header.length() == 0 ? "" : "; ")
                  .append(name)
                  .append('=')
                  .append(value));
      return Map.of("Cookie", List.of(header.toString()));
    }

    @Override
    public synchronized void put(URI uri, Map<String, List<String>> responseHeaders) {
      responseHeaders.forEach(
          (header, values) -> {
            if (header != null && header.equalsIgnoreCase("Set-Cookie")) {
              for (String cookie : values) {
                String pair = cookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                  continue;
                }
                String name = pair.substring(0, eq).trim();
                String value = pair.substring(eq + 1).trim();
                String lower = cookie.toLowerCase(java.util.Locale.ROOT);
                if (value.isEmpty()
                    || lower.contains("max-age=0")
                    || lower.contains("expires=thu, 01 jan 1970")) {
                  jar.remove(name);
                } else {
                  jar.put(name, value);
                }
              }
            }
          });
    }
  }
}

package org.totalplace.bench.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person logged in to the pages over plain HTTP through the real Keycloak login form (the OpenID
 * Connect authorization-code redirects followed, the login form submitted), as the system tests'
 * page session does; the cookie jar keeps the app's session and Keycloak's.
 */
public final class LeadSession {

  private static final Pattern FORM_ACTION =
      Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

  /** Keycloak's message on a login page it shows again (wrong password, locked, expired). */
  private static final Pattern FEEDBACK =
      Pattern.compile("class=\"[^\"]*(?:kc-feedback-text|alert-error)[^\"]*\"[^>]*>([^<]+)<");

  private final String webUrl;
  private final Cookies cookies = new Cookies();
  private final HttpClient http =
      HttpClient.newBuilder()
          // Plain HTTP/1.1: with the client's default h2c upgrade, Payara once closed a kept
          // connection under a long page and the request ended in "EOF reached while reading".
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private LeadSession(String webUrl) {
    this.webUrl = webUrl;
  }

  /** Logs in as a realm user and lands on the first page. */
  public static LeadSession login(
      String webUrl, String keycloakUrl, String username, String password) {
    LeadSession session = new LeadSession(webUrl);
    HttpResponse<String> loginPage = session.get("/index.xhtml");
    Matcher action = FORM_ACTION.matcher(loginPage.body());
    if (!action.find()) {
      try {
        java.nio.file.Files.writeString(
            java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "dashboard-login.html"),
            loginPage.body());
      } catch (IOException e) {
        // Only a diagnostic.
      }
      throw new IllegalStateException(
          "No Keycloak login form for "
              + username
              + " at "
              + loginPage.uri()
              + " (HTTP "
              + loginPage.statusCode()
              + "): "
              + loginPage.body().substring(0, Math.min(2000, loginPage.body().length())));
    }
    String form = "username=" + enc(username) + "&password=" + enc(password) + "&credentialId=";
    HttpResponse<String> landed =
        session.send(
            HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    URI keycloak = URI.create(keycloakUrl);
    if (landed.uri().getHost().equals(keycloak.getHost())
        && landed.uri().getPort() == keycloak.getPort()) {
      Matcher why = FEEDBACK.matcher(landed.body());
      throw new IllegalStateException(
          "Login failed for "
              + username
              + (why.find() ? " (Keycloak says: " + why.group(1).strip() + ")" : "")
              + ": "
              + landed.uri());
    }
    return session;
  }

  /** A page of the app, e.g. "/lead/flow.xhtml?scope=place". */
  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(webUrl + path)).GET().build());
  }

  /** A form of the app posted as a browser would, e.g. a JSF form with its view state. */
  public HttpResponse<String> post(String path, Map<String, String> fields) {
    StringBuilder form = new StringBuilder();
    fields.forEach(
        (name, value) ->
            form.append(form.length() == 0 ? "" : "&")
                .append(enc(name))
                .append('=')
                .append(enc(value)));
    return send(
        HttpRequest.newBuilder(URI.create(webUrl + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
            .build());
  }

  /**
   * What a form posted back from a page must carry besides its fields: the JSF view state, and the
   * script nonce PrimeFaces' script copies into every form it posts (the app checks it, as its
   * content security policy asks).
   */
  public static Map<String, String> postBack(HttpResponse<String> page) {
    Map<String, String> carried = new java.util.LinkedHashMap<>();
    carried.put("jakarta.faces.ViewState", viewState(page));
    Matcher nonce = NONCE.matcher(page.body());
    if (nonce.find()) {
      carried.put("primefaces.nonce", nonce.group(1));
    }
    return carried;
  }

  /** The JSF view state of a page, which a form posted back from it must carry. */
  public static String viewState(HttpResponse<String> page) {
    Matcher state = VIEW_STATE.matcher(page.body());
    if (page.statusCode() != 200 || !state.find()) {
      throw new IllegalStateException(
          page.uri() + " answered " + page.statusCode() + " without a view state");
    }
    return state.group(1).replace("&amp;", "&");
  }

  /** The cookies the session holds now (the app's session among them), by name. */
  public Map<String, String> cookies() {
    synchronized (cookies) {
      return Map.copyOf(cookies.jar);
    }
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
   * Everything runs on one loopback host, so one jar by name is enough.
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
                String lower = cookie.toLowerCase(Locale.ROOT);
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

package org.totalplace.api.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.regex.Pattern;
import org.totalplace.operations.boundary.RequestLog;

/**
 * A Content-Type the platform cannot honour is a 415 before anything reads the body: a header that
 * does not parse ({@code application/json;;}, a parameter without a value) or a charset other than
 * UTF-8, which JSON requires (RFC 8259) and which we would otherwise read as UTF-8 anyway, mangling
 * names typed in another encoding.
 */
@Provider
@PreMatching
public class ContentTypes implements ContainerRequestFilter {

  private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
  private static final String QUOTED = "\"(?:[^\"\\\\]|\\\\.)*\"";
  private static final Pattern MEDIA_TYPE =
      Pattern.compile(
          TOKEN
              + "/"
              + TOKEN
              + "(?:[ \\t]*;[ \\t]*"
              + TOKEN
              + "=(?:"
              + TOKEN
              + "|"
              + QUOTED
              + "))*[ \\t]*");
  private static final Pattern CHARSET =
      Pattern.compile(";[ \\t]*charset=\"?([^\";]*)\"?", Pattern.CASE_INSENSITIVE);

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
    if (header == null) {
      return;
    }
    String problem = problem(header);
    if (problem != null) {
      request.abortWith(
          new Problem(
                  "unsupported-media-type",
                  "Send JSON (application/json) in UTF-8",
                  415,
                  problem,
                  RequestLog.correlationId(),
                  null)
              .response());
    }
  }

  /** Why a Content-Type header is refused, or null when it is well formed and UTF-8 (or none). */
  static String problem(String header) {
    if (!MEDIA_TYPE.matcher(header).matches()) {
      return "The Content-Type header '"
          + header
          + "' does not parse: use type/subtype and name=value parameters,"
          + " e.g. application/json; charset=utf-8.";
    }
    var charset = CHARSET.matcher(header);
    while (charset.find()) {
      String name = charset.group(1).trim().toLowerCase(Locale.ROOT);
      if (!name.equals("utf-8") && !name.equals("utf8")) {
        return "Only UTF-8 is read; the request says charset=" + charset.group(1) + ".";
      }
    }
    return null;
  }
}

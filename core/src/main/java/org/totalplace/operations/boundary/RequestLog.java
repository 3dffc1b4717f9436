package org.totalplace.operations.boundary;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What every log line of a request carries: its correlation id (the one a problem+json or error
 * page shows), who asked (a staff username or a system client, never a citizen's details), their
 * agency, and which page or operation. Payara's JSON log formatter writes a map given as a log
 * parameter as fields of the line, so these become JSON fields, not text to parse. Each request
 * ends with one line saying how it was answered.
 */
public final class RequestLog {

  private static final Logger REQUESTS = Logger.getLogger("org.totalplace.requests");
  private static final ThreadLocal<Map<String, String>> CURRENT = new ThreadLocal<>();

  private RequestLog() {}

  /** A request starts on this thread: answers its new correlation id. */
  public static String begin(RequestMetrics.Kind kind, String request) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("correlationId", UUID.randomUUID().toString());
    fields.put("kind", kind.name().toLowerCase());
    fields.put("request", request);
    CURRENT.set(fields);
    return fields.get("correlationId");
  }

  /** Who is asking, once known: a username or client id, and their agency if they have one. */
  public static void identify(String user, String agency) {
    Map<String, String> fields = CURRENT.get();
    if (fields != null) {
      putIfKnown(fields, "user", user);
      putIfKnown(fields, "agency", agency);
    }
  }

  /** This request's correlation id, or a new one outside any request (timers, start-up). */
  public static String correlationId() {
    Map<String, String> fields = CURRENT.get();
    return fields == null ? UUID.randomUUID().toString() : fields.get("correlationId");
  }

  /** The request's last line, naming it in full (method and page or operation); then forget it. */
  public static void answered(String request, int status, Duration took) {
    try {
      Map<String, String> fields = CURRENT.get();
      if (fields != null) {
        fields.put("request", request);
        fields.put("status", Integer.toString(status));
        fields.put("durationMs", Long.toString(took.toMillis()));
        log(REQUESTS, status >= 500 ? Level.WARNING : Level.INFO, "Request answered", null);
      }
    } finally {
      CURRENT.remove();
    }
  }

  /** A log line with the request's fields (none outside a request). Never pass personal data. */
  public static void log(Logger logger, Level level, String message, Throwable thrown) {
    if (!logger.isLoggable(level)) {
      return;
    }
    LogRecord record = new LogRecord(level, message);
    record.setLoggerName(logger.getName());
    record.setThrown(thrown);
    Map<String, String> fields = CURRENT.get();
    if (fields != null) {
      record.setParameters(new Object[] {Map.copyOf(fields)});
    }
    logger.log(record);
  }

  private static void putIfKnown(Map<String, String> fields, String key, String value) {
    if (value != null && !value.isBlank()) {
      fields.put(key, value);
    }
  }
}

package org.totalplace.api.platform;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.totalplace.operations.boundary.RequestLog;
import org.totalplace.platform.control.FieldProblem;

/**
 * A JSON body that does not fit its request is refused before anything runs (400, naming each
 * field): a number where text is expected, a field the request does not have, a list where one
 * value is expected. Runs after {@link BodyLimit}, so the body is already in memory and bounded.
 * Bodies that are not JSON at all are left to the binding, which refuses them the same way. A key
 * repeated in one object is refused in every JSON body, the FHIR facade's raw ones too.
 */
@Provider
@Priority(Priorities.ENTITY_CODER + 1)
public class StrictBodies implements ContainerRequestFilter {

  /** Made once: looking the JSON-P provider up again on every request costs a class-path scan. */
  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    Method method = resource.getResourceMethod();
    MediaType media = request.getMediaType();
    if (!request.hasEntity() || method == null || media == null || !isJson(media)) {
      return;
    }
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    String repeated = DuplicateKeys.in(body);
    if (repeated != null) {
      request.abortWith(
          new Problem(
                  "unreadable",
                  "The request body is not valid JSON for this request",
                  400,
                  "The key '" + repeated + "' appears twice in one object: send it once.",
                  RequestLog.correlationId(),
                  List.of(new FieldProblem(repeated, "appears more than once")))
              .response());
      return;
    }
    Type type = BodyLimit.bodyType(method);
    if (type == null || (type instanceof Class<?> c && !isBound(c))) {
      return;
    }
    JsonValue parsed = parse(body);
    if (parsed == null) {
      return;
    }
    List<FieldProblem> problems = BodyShape.problems(parsed, type);
    if (!problems.isEmpty()) {
      request.abortWith(
          new Problem(
                  "unreadable",
                  "The request body is not valid JSON for this request",
                  400,
                  "Correct the fields listed in errors. Nothing was changed.",
                  RequestLog.correlationId(),
                  problems)
              .response());
    }
  }

  private static boolean isJson(MediaType media) {
    return "application".equals(media.getType())
        && ("json".equals(media.getSubtype()) || media.getSubtype().endsWith("+json"));
  }

  /** Raw bodies (text, bytes, streams: the FHIR facade parses its own) are not bound here. */
  private static boolean isBound(Class<?> type) {
    return type != String.class
        && type != byte[].class
        && !InputStream.class.isAssignableFrom(type)
        && !JsonValue.class.isAssignableFrom(type);
  }

  private static JsonValue parse(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(body))) {
      return reader.readValue();
    } catch (JsonException | IllegalStateException e) {
      return null;
    }
  }
}

package org.totalplace.api.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.totalplace.idempotency.boundary.IdempotentRequests;
import org.totalplace.idempotency.entity.Answer;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.entity.Caller;

/**
 * Gives a retried write its first answer. The request is known by a fingerprint of its method,
 * path, If-Match and body as the resource received it (so spacing and field order do not matter);
 * the answer kept is exactly what was sent the first time, status, Location, ETag and body.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotencyKeys {

  public static final String HEADER = "Idempotency-Key";

  static final int MAX_KEY = 255;

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject HttpServletRequest request;
  @Inject IdempotentRequests store;
  @Inject Caller caller;

  @AroundInvoke
  public Object once(InvocationContext call) throws Exception {
    String key = request.getHeader(HEADER);
    if (key == null) {
      return call.proceed();
    }
    if (key.isBlank() || key.length() > MAX_KEY || !key.matches("[\\x21-\\x7e]+")) {
      throw InvalidInput.of(
          HEADER,
          "Idempotency-Key must be 1 to "
              + MAX_KEY
              + " visible ASCII characters, such as a UUID, and new for each new request");
    }
    String client = caller.getUsername();
    Optional<Answer> earlier = store.claim(client, key, fingerprint(call));
    MediaType produced = produced(call);
    if (earlier.isPresent()) {
      return replay(earlier.get(), produced).header("Idempotent-Replayed", "true").build();
    }
    Object result = call.proceed();
    Response first =
        result instanceof Response response
            ? response
            : result == null ? Response.noContent().build() : Response.ok(result).build();
    Object entity = first.getEntity();
    Answer answer =
        new Answer(
            first.getStatus(),
            first.getLocation() == null ? null : first.getLocation().toString(),
            first.getEntityTag() == null ? null : first.getEntityTag().toString(),
            entity == null ? null : entity instanceof String text ? text : JSON.toJson(entity));
    store.answer(client, key, answer);
    return replay(answer, produced).build();
  }

  /**
   * What the operation answers in, first of its @Produces (FHIR's answer application/fhir+json), so
   * a first answer and its replays have the type the operation has without a key.
   */
  static MediaType produced(InvocationContext call) {
    Produces produces = call.getMethod().getAnnotation(Produces.class);
    if (produces == null) {
      produces = call.getMethod().getDeclaringClass().getAnnotation(Produces.class);
    }
    return produces == null || produces.value().length == 0
        ? MediaType.APPLICATION_JSON_TYPE
        : MediaType.valueOf(produces.value()[0]);
  }

  private static Response.ResponseBuilder replay(Answer answer, MediaType type) {
    Response.ResponseBuilder response = Response.status(answer.status());
    if (answer.location() != null) {
      response.header(HttpHeaders.LOCATION, answer.location());
    }
    if (answer.etag() != null) {
      // Kept as the header said it (W/"3"); answers kept before that hold the bare version.
      response.tag(
          answer.etag().startsWith("W/") || answer.etag().startsWith("\"")
              ? EntityTag.valueOf(answer.etag())
              : new EntityTag(answer.etag(), true));
    }
    if (answer.body() != null) {
      response.entity(answer.body()).type(type);
    }
    return response;
  }

  private String fingerprint(InvocationContext call) {
    StringBuilder text =
        new StringBuilder(request.getMethod())
            .append(' ')
            .append(request.getRequestURI())
            .append('?')
            .append(request.getQueryString())
            .append('\n')
            .append(request.getHeader(HttpHeaders.IF_MATCH))
            .append('\n');
    for (Object parameter : call.getParameters()) {
      if (parameter == null
          || parameter instanceof CharSequence
          || parameter instanceof Number
          || parameter instanceof Boolean
          || parameter.getClass().getPackageName().startsWith("org.totalplace")) {
        text.append(parameter == null ? "null" : JSON.toJson(parameter)).append('\n');
      }
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}

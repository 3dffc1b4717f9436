package org.totalplace.api.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.totalplace.operations.boundary.RequestLog;

/**
 * Bodies are read in full, or refused: over a megabyte is 413, nested deeper than any request of
 * this API is 400, and a body sent to an operation that takes none is read and dropped. A body left
 * unread on the connection held the answer back until the client gave up (seen with two megabytes
 * sent to a step that takes no body).
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class BodyLimit implements ContainerRequestFilter {

  /** Far above any real request (a referral's reason is at most 2,000 characters). */
  static final int MAX_BYTES = 1024 * 1024;

  static final int MAX_DEPTH = 32;

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (!request.hasEntity()) {
      return;
    }
    Method method = resource.getResourceMethod();
    boolean wanted = method != null && takesBody(method);
    InputStream body = request.getEntityStream();
    byte[] kept = body.readNBytes(MAX_BYTES + 1);
    long total = kept.length;
    byte[] skip = new byte[64 * 1024];
    for (int n; (n = body.read(skip)) > 0; ) {
      total += n;
    }
    request.setEntityStream(new ByteArrayInputStream(wanted ? kept : new byte[0]));
    if (total > MAX_BYTES) {
      refuse(
          request,
          "too-large",
          "The request is too large",
          413,
          "Send at most " + MAX_BYTES + " bytes.");
    } else if (wanted && new String(kept, StandardCharsets.ISO_8859_1).contains("\\u0000")) {
      NulCharacters.refuse(request, "body");
    } else if (wanted && depth(kept) > MAX_DEPTH) {
      refuse(
          request,
          "unreadable",
          "The request body is not valid JSON for this request",
          400,
          "Nest objects and arrays at most " + MAX_DEPTH + " deep.");
    }
  }

  private static void refuse(
      ContainerRequestContext request, String type, String title, int status, String detail) {
    request.abortWith(
        new Problem(type, title, status, detail, RequestLog.correlationId(), null).response());
  }

  /**
   * How deep objects and arrays nest, outside strings. No request of this API nests more than a few
   * levels; tens of thousands made the JSON binding take longer than any client waits.
   */
  static int depth(byte[] json) {
    int depth = 0;
    int deepest = 0;
    boolean inString = false;
    boolean escaped = false;
    for (byte b : json) {
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (b == '\\') {
          escaped = true;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '{' || b == '[') {
        deepest = Math.max(deepest, ++depth);
      } else if (b == '}' || b == ']') {
        depth--;
      }
    }
    return deepest;
  }

  private static boolean takesBody(Method method) {
    return bodyType(method) != null;
  }

  /** The type the body is bound to: the one parameter without a JAX-RS annotation, if any. */
  static Type bodyType(Method method) {
    for (Parameter parameter : method.getParameters()) {
      boolean annotated = false;
      for (Annotation a : parameter.getAnnotations()) {
        annotated |=
            a.annotationType().getPackageName().equals("jakarta.ws.rs")
                || a.annotationType().getPackageName().equals("jakarta.ws.rs.core");
      }
      if (!annotated) {
        return parameter.getParameterizedType();
      }
    }
    return null;
  }
}

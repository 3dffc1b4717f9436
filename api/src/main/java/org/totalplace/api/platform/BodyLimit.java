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
import java.util.UUID;

/**
 * Bodies are read in full, or refused: over a megabyte is 413, and a body sent to an operation that
 * takes none is read and dropped. A body left unread on the connection held the answer back until
 * the client gave up (seen with two megabytes sent to a step that takes no body).
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class BodyLimit implements ContainerRequestFilter {

  /** Far above any real request (a referral's reason is at most 2,000 characters). */
  static final int MAX_BYTES = 1024 * 1024;

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (!request.hasEntity()) {
      return;
    }
    Method method = resource.getResourceMethod();
    long read = drainBeyond(request, method == null || !takesBody(method));
    if (read > MAX_BYTES) {
      request.abortWith(
          new Problem(
                  "too-large",
                  "The request is too large",
                  413,
                  "Send at most " + MAX_BYTES + " bytes.",
                  UUID.randomUUID().toString(),
                  null)
              .response());
    }
  }

  /**
   * Reads the body if it is too big or not wanted (answering how much there was, up to just over
   * the limit), leaving a wanted body of fitting size for the resource to read.
   */
  private static long drainBeyond(ContainerRequestContext request, boolean unwanted)
      throws IOException {
    int declared = request.getLength();
    if (!unwanted && declared >= 0 && declared <= MAX_BYTES) {
      return declared;
    }
    InputStream body = request.getEntityStream();
    byte[] kept = body.readNBytes(MAX_BYTES + 1);
    long total = kept.length;
    byte[] skip = new byte[64 * 1024];
    for (int n; (n = body.read(skip)) > 0; ) {
      total += n;
    }
    request.setEntityStream(new ByteArrayInputStream(unwanted ? new byte[0] : kept));
    return total;
  }

  private static boolean takesBody(Method method) {
    for (Parameter parameter : method.getParameters()) {
      boolean annotated = false;
      for (Annotation a : parameter.getAnnotations()) {
        annotated |=
            a.annotationType().getPackageName().equals("jakarta.ws.rs")
                || a.annotationType().getPackageName().equals("jakarta.ws.rs.core");
      }
      if (!annotated) {
        return true;
      }
    }
    return false;
  }
}

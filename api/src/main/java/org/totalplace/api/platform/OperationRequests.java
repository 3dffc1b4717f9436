package org.totalplace.api.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.time.Duration;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.operations.boundary.RequestLog;
import org.totalplace.operations.boundary.RequestMetrics;

/**
 * Times and logs every API call for operators: one JSON log line and one metric per call, named by
 * the operation that answered it (resource and method, never a path with ids in it), refusals
 * included. The correlation id it starts is the one every problem+json of the call carries.
 */
@Provider
@PreMatching
@Priority(1)
public class OperationRequests implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String STARTED = OperationRequests.class.getName() + ".started";

  @Context ResourceInfo resource;
  @Inject RequestMetrics metrics;
  @Inject JsonWebToken token;
  @Inject Directory directory;

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
    RequestLog.begin(RequestMetrics.Kind.API, request.getMethod());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object started = request.getProperty(STARTED);
    if (started == null) {
      return;
    }
    Method method = resource.getResourceMethod();
    String operation =
        method == null
            ? "unmatched"
            : method.getDeclaringClass().getSimpleName() + "." + method.getName();
    Duration took = Duration.ofNanos(System.nanoTime() - (long) started);
    metrics.record(RequestMetrics.Kind.API, operation, response.getStatus(), took);
    if (token != null && token.getRawToken() != null) {
      RequestLog.identify(
          token.getName() == null ? token.getSubject() : token.getName(),
          token.getGroups() == null ? null : directory.agencyAmong(token.getGroups()).orElse(null));
    }
    RequestLog.answered(request.getMethod() + " " + operation, response.getStatus(), took);
  }
}

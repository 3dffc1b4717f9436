package org.totalplace.api.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.totalplace.operations.boundary.RequestLog;

/**
 * Enforces the OAuth scopes the published contract names for each operation: the same
 * {@code @SecurityRequirement} that documents an operation's scopes is what is checked here, so the
 * contract and the behaviour cannot drift apart. An operation that names no scope is refused: deny
 * by default, for whoever adds an endpoint and forgets.
 */
@Priority(Priorities.AUTHORIZATION)
@Provider
public class ScopeCheck implements ContainerRequestFilter {

  /** The security scheme of the contract: Keycloak's client-credentials flow. */
  public static final String SCHEME = "keycloak";

  @Context ResourceInfo resource;
  @Inject JsonWebToken token;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return;
    }
    if (token == null || token.getRawToken() == null) {
      request.abortWith(Problem.unauthenticated(RequestLog.correlationId()).response());
      return;
    }
    Set<String> needed = needed(method, request.getMethod());
    Set<String> granted = granted(token.getClaim("scope"));
    if (needed.isEmpty() || !granted.containsAll(needed)) {
      String missing =
          needed.stream()
              .filter(s -> !granted.contains(s))
              .sorted()
              .collect(Collectors.joining(" "));
      request.abortWith(
          Response.fromResponse(
                  new Problem(
                          "insufficient-scope",
                          "Your system is not allowed to do this",
                          403,
                          needed.isEmpty()
                              ? "This operation is not open to systems."
                              : "This needs the scope "
                                  + missing
                                  + ", which your system's client"
                                  + " has not been given. Ask the platform's administrators.",
                          RequestLog.correlationId(),
                          null)
                      .response())
              .header(
                  HttpHeaders.WWW_AUTHENTICATE,
                  "Bearer error=\"insufficient_scope\", scope=\"" + String.join(" ", needed) + "\"")
              .build());
    }
  }

  /**
   * The scopes an operation needs: those its contract names. An operation that may change anything
   * (any method but GET, HEAD and OPTIONS) counts as naming none unless one of them is a write
   * scope, so a read scope can never be enough to write, whoever annotates the next endpoint.
   */
  static Set<String> needed(Method method, String httpMethod) {
    Set<String> named = needed(method);
    boolean safe = Set.of("GET", "HEAD", "OPTIONS").contains(httpMethod);
    return safe || named.stream().anyMatch(ScopeCheck::writes) ? named : Set.of();
  }

  /** Read scopes end in {@code .read}; every other scope lets its holder change something. */
  static boolean writes(String scope) {
    return !scope.endsWith(".read");
  }

  /** The scopes an operation's contract names, on the method or else on its class. */
  static Set<String> needed(Method method) {
    SecurityRequirement[] onMethod = method.getAnnotationsByType(SecurityRequirement.class);
    SecurityRequirement[] requirements =
        onMethod.length > 0
            ? onMethod
            : method.getDeclaringClass().getAnnotationsByType(SecurityRequirement.class);
    return Arrays.stream(requirements)
        .filter(r -> SCHEME.equals(r.name()))
        .flatMap(r -> Arrays.stream(r.scopes()))
        .collect(Collectors.toUnmodifiableSet());
  }

  static Set<String> granted(Object claim) {
    if (claim == null) {
      return Set.of();
    }
    String text = claim instanceof JsonString json ? json.getString() : claim.toString();
    return Arrays.stream(text.split(" ")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
  }
}

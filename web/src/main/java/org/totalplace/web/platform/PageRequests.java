package org.totalplace.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.totalplace.operations.boundary.RequestLog;
import org.totalplace.operations.boundary.RequestMetrics;
import org.totalplace.platform.entity.Caller;

/**
 * Times and logs every page request for operators: one JSON log line and one metric per request,
 * named by the page's path (never its query, which may carry a person's id). The correlation id it
 * starts is the one the error page shows.
 */
@WebFilter(urlPatterns = "/*")
public class PageRequests extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** The request's correlation id, for the error page shown after the filters have returned. */
  static final String REQUEST_ID = "totalplace.requestId";

  @Inject RequestMetrics metrics;
  @Inject CurrentCaller current;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (PageRoles.isOperations(path)) {
      // Probes and scrapers every few seconds would drown the pages in the figures and the log,
      // and a 503 from readiness is its answer, not an error.
      chain.doFilter(request, response);
      return;
    }
    long started = System.nanoTime();
    String page = pageName(path);
    request.setAttribute(REQUEST_ID, RequestLog.begin(RequestMetrics.Kind.PAGE, page));
    boolean failed = true;
    try {
      chain.doFilter(request, response);
      failed = false;
    } finally {
      // A page that threw is answered 500 by the error page, after this filter has returned.
      int status = failed ? 500 : response.getStatus();
      identify(request);
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      metrics.record(RequestMetrics.Kind.PAGE, page, status, took);
      RequestLog.answered(request.getMethod() + " " + page, status, took);
    }
  }

  private void identify(HttpServletRequest request) {
    if (request.getUserPrincipal() == null) {
      return;
    }
    String agency = null;
    try {
      Caller caller = current.caller();
      agency = caller.getAgency();
    } catch (RuntimeException noToken) {
      // Mid-login or after sign-out the token may be gone; the username is still worth logging.
    }
    RequestLog.identify(request.getUserPrincipal().getName(), agency);
  }

  /** A bounded set of names: the page's own path, or the kind of thing that is not a page. */
  static String pageName(String path) {
    if (SecurityHeaders.isStatic(path)) {
      return "static files";
    }
    if (path.endsWith(".xhtml")) {
      return path;
    }
    if (path.equals("/") || path.isEmpty()) {
      return "/index.xhtml";
    }
    return "other";
  }
}

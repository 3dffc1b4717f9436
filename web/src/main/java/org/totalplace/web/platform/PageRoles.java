package org.totalplace.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.totalplace.platform.entity.Roles;

/**
 * Which job roles may open each area of the pages, checked against the roles in the person's own
 * token. web.xml lets in only people who have logged in; the roles are decided here because Payara,
 * under load, sometimes loses the roles it applies from the session to a request while keeping the
 * person (payara/Payara#6145): the container then refused pages to people entitled to them, most
 * often to someone with two tabs open. The token held in the session does not race.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class PageRoles extends HttpFilter {
  private static final long serialVersionUID = 1L;

  static final String REFUSED = "Your job role does not give you this page";

  private static final List<String> ANY_JOB =
      List.of(
          Roles.FRONTLINE_WORKER,
          Roles.TEAM_LEAD,
          Roles.AGENCY_ADMIN,
          Roles.DATA_PROTECTION_OFFICER);

  // The request-scoped bean, not the Caller it produces: a filter lives as long as the app, and a
  // Caller injected here would be the first request's for ever.
  @Inject CurrentCaller current;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    List<String> allowed =
        rolesFor(request.getRequestURI().substring(request.getContextPath().length()));
    if (request.getUserPrincipal() != null
        && !allowed.isEmpty()
        && allowed.stream().noneMatch(current.caller()::hasRole)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, REFUSED);
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * Payara serves MicroProfile Health and Metrics inside the app at the root context. Probes and
   * scrapers carry no login; nothing there is personal (counts and states only).
   */
  static boolean isOperations(String path) {
    return path.equals("/health")
        || path.startsWith("/health/")
        || path.equals("/metrics")
        || path.startsWith("/metrics/");
  }

  /** The roles any one of which opens a path; none for the pages open to everyone. */
  static List<String> rolesFor(String path) {
    // The login's return, the icon and the pages' own scripts and styles are for anyone logged in:
    // the return sends each job to its
    // own first page, so an analyst (who is given no page with people on it) must pass it.
    if (path.equals("/signed-out.html")
        || path.startsWith("/resources/")
        || path.startsWith("/jakarta.faces.resource/")
        || path.equals("/Callback")
        || path.equals("/favicon.ico")
        || isOperations(path)) {
      return List.of();
    }
    if (path.startsWith("/dpo/") || path.equals("/download/subject-access")) {
      return List.of(Roles.DATA_PROTECTION_OFFICER);
    }
    if (path.startsWith("/lead/")) {
      return List.of(Roles.TEAM_LEAD, Roles.AGENCY_ADMIN, Roles.DATA_PROTECTION_OFFICER);
    }
    if (path.startsWith("/counting/")) {
      return List.of(Roles.ANALYST, Roles.AGENCY_ADMIN, Roles.TEAM_LEAD);
    }
    if (path.startsWith("/admin/") || path.startsWith("/records/")) {
      return List.of(Roles.AGENCY_ADMIN, Roles.DATA_PROTECTION_OFFICER);
    }
    return ANY_JOB;
  }
}

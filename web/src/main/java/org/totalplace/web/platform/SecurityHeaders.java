package org.totalplace.web.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every page says: keep no copy (so Back after signing out fetches the page again and meets the
 * login), run only our own scripts, never inside someone else's frame, tell nobody where the person
 * came from. Static resources (scripts, styles, images) hold nothing personal and may be cached.
 * PrimeFaces adds its own {@code script-src 'self' 'nonce-…'} policy on faces pages (primefaces.CSP
 * in web.xml); the browser enforces both policies.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {
  private static final long serialVersionUID = 1L;

  static final String POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self';"
          + " frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy", POLICY);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals("/signed-out.html")) {
      // Signed out: the browser drops what it keeps of this site's pages, back-forward cache too.
      response.setHeader("Clear-Site-Data", "\"cache\"");
    }
    if (!isStatic(path)) {
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
    }
    chain.doFilter(request, response);
  }

  /** Files that are the same for everyone: the app's own and the ones JSF serves for PrimeFaces. */
  static boolean isStatic(String path) {
    return path.startsWith("/resources/") || path.startsWith("/jakarta.faces.resource/");
  }
}

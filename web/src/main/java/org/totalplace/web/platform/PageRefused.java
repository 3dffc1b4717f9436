package org.totalplace.web.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.logging.Logger;
import org.totalplace.operations.boundary.RequestLog;

/**
 * The page for every 403 a page sends (web.xml's error page): whether the container refused a role
 * or a page refused an agency, one log line says who was refused what and why, with the reference
 * the page shows, so a refusal nobody expected (under load, in a second tab) can be traced. The
 * reason is the platform's own plain-English message; the login is a staff member's, never a
 * citizen's detail.
 */
@WebServlet(PageRefused.PATH)
public class PageRefused extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final String PATH = "/problem/forbidden";
  private static final Logger LOG = Logger.getLogger(PageRefused.class.getName());

  /** The container's own words for a role it refused, which say nothing to a person. */
  private static final String CONTAINER_WORDS = "(?i)forbidden|access to the requested resource.*";

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String id = RequestLog.correlationId();
    Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
    String reason = message == null ? "" : message.toString().strip();
    boolean ours = !reason.isEmpty() && !reason.matches(CONTAINER_WORDS);
    Principal user = request.getUserPrincipal();
    LOG.info(
        "Page refused "
            + id
            + " at "
            + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
            + " for "
            + (user == null ? "nobody logged in" : user.getName())
            + ": "
            + (ours ? reason : "the role the page needs (web.xml)"));
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("text/html;charset=UTF-8");
    response.getWriter().write(page(ours ? reason : null, id));
  }

  static String page(String reason, String id) {
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"/><title>You cannot see this page - Totalplace</title>
        <style>body{font-family:Arial,Helvetica,sans-serif;font-size:19px;color:#0b0c0c;max-width:960px;margin:0 auto;padding:20px 15px}a{color:#1d70b8}</style></head>
        <body>
        <main id="main">
          <h1>You cannot see this page</h1>
          <p id="reason">%s</p>
          <p>If you need access, ask your team lead. If you think this is wrong, quote this
            reference: <strong id="correlation-id">%s</strong></p>
          <p><a href="/index.xhtml">Go to Find a person</a></p>
        </main>
        </body>
        </html>
        """
        .formatted(
            reason == null
                ? "Your role or agency does not allow it."
                : reason.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"),
            id);
  }
}

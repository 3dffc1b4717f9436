package org.totalplace.web.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.totalplace.operations.boundary.RequestLog;

/**
 * The page for a failure on our side (web.xml's error page for 500 and any exception): it says the
 * fault is ours, not the person's permissions, and gives the correlation id that the server log
 * line of the same failure carries, so support can find it.
 */
@WebServlet(ServerError.PATH)
public class ServerError extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final String PATH = "/problem/server-error";
  static final String ID = "totalplace.correlationId";
  private static final Logger LOG = Logger.getLogger(ServerError.class.getName());

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String id = (String) request.getAttribute(ID);
    if (id == null) {
      // Logged already when the page's exception handler chose the id; otherwise here.
      Object started = request.getAttribute(PageRequests.REQUEST_ID);
      id = started != null ? (String) started : correlationId(request.getParameter("id"));
      Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
      if (failure != null) {
        log(id, request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), failure);
      }
    }
    response.setStatus(500);
    response.setContentType("text/html;charset=UTF-8");
    response.getWriter().write(page(id));
  }

  static void log(String id, Object uri, Throwable failure) {
    RequestLog.log(LOG, Level.SEVERE, "Page failed " + id + " at " + uri, failure);
  }

  /** An id from the address bar is shown back only if it has the shape of one we make. */
  static String correlationId(String given) {
    return given != null && given.matches("[0-9a-f-]{36}") ? given : RequestLog.correlationId();
  }

  static String page(String id) {
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"/><title>Sorry, something went wrong on our side - Totalplace</title>
        <style>body{font-family:Arial,Helvetica,sans-serif;font-size:19px;color:#0b0c0c;max-width:960px;margin:0 auto;padding:20px 15px}a{color:#1d70b8}</style></head>
        <body>
        <main id="main">
          <h1>Sorry, something went wrong on our side</h1>
          <p>It is not about your permissions. Try again; if it keeps happening, tell your system
            administrator and quote this reference:</p>
          <p class="reference">Reference: <strong id="correlation-id">%s</strong></p>
          <p><a href="/index.xhtml">Go to Find a person</a></p>
        </main>
        </body>
        </html>
        """
        .formatted(id);
  }
}

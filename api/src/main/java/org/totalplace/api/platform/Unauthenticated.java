package org.totalplace.api.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.totalplace.operations.boundary.RequestLog;

/**
 * The 401 a bad or expired token gets from the container's token check, before JAX-RS runs: the
 * same problem+json and WWW-Authenticate as the 401 of a missing token, never the server's HTML
 * error page. Reached through web.xml's error page for 401.
 */
@WebServlet("/problems/unauthenticated")
public class Unauthenticated extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(Unauthenticated.class.getName());

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String id = RequestLog.correlationId();
    LOG.info(() -> "Problem " + id + ": 401 unauthenticated " + request.getMethod());
    response.setStatus(401);
    response.setHeader("WWW-Authenticate", Problem.BEARER);
    response.setContentType(Problem.JSON + ";charset=UTF-8");
    try (Jsonb json = JsonbBuilder.create()) {
      response.getWriter().write(json.toJson(Problem.unauthenticated(id)));
    } catch (Exception e) {
      throw new IOException(e);
    }
  }
}

package org.totalplace.web.pathway;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.totalplace.pathway.boundary.Diagrams;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.web.platform.Pages;

/**
 * A process diagram as a PNG: {@code ?model=referral}, {@code ?referral=12} or {@code ?pathway=3}
 * (the last two with the current steps highlighted, for those who may see them).
 */
@WebServlet("/diagram")
public class DiagramImage extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(DiagramImage.class.getName());

  @Inject Diagrams diagrams;
  // A servlet lives as long as the app: the caller is looked up for each request, never kept.
  @Inject Instance<Caller> me;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] png;
    try {
      if (request.getParameter("model") != null) {
        png = diagrams.model(me.get(), request.getParameter("model"));
      } else if (Pages.idFrom(request.getParameter("referral")) != null) {
        png = diagrams.referral(me.get(), Pages.idFrom(request.getParameter("referral")));
      } else if (Pages.idFrom(request.getParameter("pathway")) != null) {
        png = diagrams.pathway(me.get(), Pages.idFrom(request.getParameter("pathway")));
      } else {
        response.sendError(HttpServletResponse.SC_NOT_FOUND, "Say which diagram");
        return;
      }
    } catch (NotFound e) {
      LOG.info(() -> "No diagram for " + request.getQueryString() + ": " + e.getMessage());
      response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
      return;
    } catch (NotAllowed e) {
      LOG.info(() -> "Diagram refused for " + request.getQueryString() + ": " + e.getMessage());
      response.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
      return;
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Diagram failed for " + request.getQueryString(), e);
      response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
      return;
    }
    response.setContentType("image/png");
    // A person's position in a process is personal data: never cached by the browser.
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(png.length);
    response.getOutputStream().write(png);
  }
}

package org.totalplace.web.directory;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.totalplace.directory.boundary.OpenReferral;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.entity.Caller;

/** The directory as an Open Referral UK JSON file: one agency's services, or the whole place's. */
@WebServlet("/download/services")
public class ServicesDownload extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient OpenReferral openReferral;
  @Inject transient Instance<Caller> me;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String agency = request.getParameter("agency");
    String json;
    try {
      json = openReferral.export(me.get(), agency == null || agency.isBlank() ? null : agency);
    } catch (InvalidInput e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
      return;
    } catch (NotAllowed e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
      return;
    }
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"services-" + (agency == null ? "place" : agency) + ".json\"");
    response.getWriter().write(json);
  }
}

package org.totalplace.web.person;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.totalplace.audit.boundary.AuditReview;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.person.boundary.Persons;
import org.totalplace.person.control.RecordDocument;
import org.totalplace.person.entity.SharedRecord;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.web.platform.Pages;

/**
 * A record as one readable HTML file: as the worker may see it, or (for the data-protection
 * officer) everything held, for a subject access request. Both are audited by the boundary.
 */
@WebServlet({"/download/record", "/download/subject-access"})
public class RecordDownload extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient Persons persons;
  @Inject transient AuditReview review;
  @Inject transient Directory directory;
  @Inject transient Instance<Caller> me;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Long id = Pages.idFrom(request.getParameter("id"));
    if (id == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    boolean subjectAccess = request.getServletPath().endsWith("subject-access");
    String html;
    try {
      Caller caller = me.get();
      if (subjectAccess) {
        SharedRecord record = review.subjectAccess(caller, id);
        html =
            RecordDocument.render(
                record,
                "Information held about " + record.getFullName(),
                directory::agencyName,
                review.whoHasSeen(caller, id));
      } else {
        SharedRecord record = persons.export(caller, id);
        html =
            RecordDocument.render(
                record, "Record of " + record.getFullName(), directory::agencyName, null);
      }
    } catch (NotFound e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (NotAllowed e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"record-" + id + ".html\"");
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
  }
}

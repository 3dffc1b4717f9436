package org.totalplace.web.lead;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.totalplace.caseload.boundary.Caseloads;
import org.totalplace.export.boundary.Exports;
import org.totalplace.export.entity.Table;
import org.totalplace.flow.boundary.FlowFigures;
import org.totalplace.flow.entity.FlowReport;
import org.totalplace.flow.entity.FlowView;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;

/**
 * Any list or chart of the team pages as a CSV or Excel file:
 * /download/table?list=team|worker|unallocated|pairs|services|weeks|declines|late-steps
 * &amp;format=csv|xlsx, with worker=, or from=, to= and view= for the flow figures. Only team leads
 * and above get a file, and each file is audited.
 */
@WebServlet("/download/table")
public class TableDownload extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient Instance<Caller> me;
  @Inject transient Exports exports;
  @Inject transient Caseloads caseloads;
  @Inject transient FlowFigures flow;
  @Inject transient LeadTables tables;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Caller caller = me.get();
    String format = request.getParameter("format");
    String list = request.getParameter("list");
    if (!"csv".equals(format) && !"xlsx".equals(format)) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Ask for format=csv or format=xlsx");
      return;
    }
    Table table;
    String scope;
    try {
      exports.requireExporter(caller);
      scope = caller.getAgency() == null ? "place" : caller.getAgency();
      table = table(caller, list == null ? "" : list, request);
      if (table == null) {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST, "There is no list called " + list);
        return;
      }
      exports.exported(caller, table, format, scope + describe(request));
    } catch (NotAllowed e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
      return;
    } catch (NotFound e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
      return;
    } catch (InvalidInput e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
      return;
    }
    String file = table.getName().toLowerCase().replaceAll("[^a-z0-9]+", "-") + "." + format;
    response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
    response.setHeader("Cache-Control", "no-store");
    if ("csv".equals(format)) {
      response.setContentType("text/csv;charset=UTF-8");
      TableFiles.csv(table, response.getOutputStream());
    } else {
      response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      TableFiles.xlsx(table, response.getOutputStream());
    }
  }

  private Table table(Caller caller, String list, HttpServletRequest request) {
    return switch (list) {
      case "team" -> tables.team(caseloads.team(caller));
      case "worker" ->
          tables.items(
              "Caseload of " + request.getParameter("worker"),
              caseloads.heldBy(caller, request.getParameter("worker")));
      case "unallocated" -> tables.items("Unallocated work", caseloads.unallocated(caller));
      case "pairs", "services", "weeks", "declines", "late-steps" ->
          flowTable(caller, list, request);
      default -> null;
    };
  }

  private Table flowTable(Caller caller, String list, HttpServletRequest request) {
    FlowReport report =
        flow.of(
            caller,
            day(request, "from"),
            day(request, "to"),
            "place".equals(request.getParameter("view")) ? FlowView.PLACE : FlowView.AGENCY);
    return switch (list) {
      case "pairs" -> tables.handoffs("Handoffs between agencies", report.pairs());
      case "services" -> tables.handoffs("Handoffs by service", report.services());
      case "weeks" -> tables.weeks(report.weeks());
      case "declines" -> tables.declines(report.declines());
      default -> tables.lateSteps(report.lateSteps());
    };
  }

  private static LocalDate day(HttpServletRequest request, String name) {
    String value = request.getParameter(name);
    try {
      return value == null || value.isBlank() ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw InvalidInput.of(name, "Give dates as year-month-day, for example 2026-11-23");
    }
  }

  private static String describe(HttpServletRequest request) {
    StringBuilder more = new StringBuilder();
    for (String name : new String[] {"worker", "from", "to", "view"}) {
      String value = request.getParameter(name);
      if (value != null && value.length() <= 40) {
        more.append(", ").append(name).append('=').append(value);
      }
    }
    return more.toString();
  }
}

package org.totalplace.web.counting;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.totalplace.counting.boundary.PlaceFigures;
import org.totalplace.counting.entity.CohortView;
import org.totalplace.counting.entity.FinancialYear;
import org.totalplace.counting.entity.PlaceMap;
import org.totalplace.export.boundary.Exports;
import org.totalplace.export.entity.Table;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.web.lead.TableFiles;

/**
 * The counting tables as CSV or Excel: /counting/download?table=place|flows|cohort&amp;format=
 * csv|xlsx, with theme=, agency=, year= for the place table and code= for a cohort. The files hold
 * what the pages show, "<10" included, and each is audited.
 */
@WebServlet("/counting/download")
public class CountingDownload extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient Instance<Caller> me;
  @Inject transient PlaceFigures figures;
  @Inject transient Exports exports;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String format = request.getParameter("format");
    if (!"csv".equals(format) && !"xlsx".equals(format)) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Ask for format=csv or format=xlsx");
      return;
    }
    Caller caller = me.get();
    Table table;
    try {
      table =
          switch (String.valueOf(request.getParameter("table"))) {
            case "place" -> place(caller, request);
            case "flows" -> flows(figures.flows(caller));
            case "cohort" -> cohort(figures.cohort(caller, request.getParameter("code")));
            default -> null;
          };
      if (table == null) {
        response.sendError(
            HttpServletResponse.SC_BAD_REQUEST, "Ask for table=place, flows or cohort");
        return;
      }
      exports.exported(caller, table, format, "place");
    } catch (NotAllowed e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
      return;
    } catch (NotFound e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
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

  private Table place(Caller caller, HttpServletRequest request) {
    String theme = blank(request.getParameter("theme"));
    String agency = blank(request.getParameter("agency"));
    String year = blank(request.getParameter("year"));
    Table table =
        new Table(
            "Place spend",
            List.of("Financial year", "Theme", "Borne by", "Cost (GBP)", "People", "Events"));
    for (PlaceFigures.TableRow r : figures.table(caller, theme, agency)) {
      if (year != null && !year.equals("0") && !year.equals(String.valueOf(r.year()))) {
        continue;
      }
      boolean hide = r.hidden() || r.figure().isSuppressed();
      table.row(
          FinancialYear.label(r.year()),
          r.theme(),
          r.agency(),
          hide ? "<10 people" : r.figure().cost(),
          hide ? "<10" : r.figure().people(),
          hide ? "" : r.events());
    }
    return table;
  }

  private static Table flows(List<PlaceMap.Flow> flows) {
    Table table =
        new Table(
            "Costs before and after an agency acts",
            List.of(
                "Agency acting",
                "Agency affected",
                "People",
                "Year before (GBP)",
                "Year after (GBP)"));
    for (PlaceMap.Flow f : flows) {
      table.row(
          f.acting(),
          f.affected(),
          f.isSuppressed() ? "<10" : f.people(),
          f.isSuppressed() ? "" : f.before(),
          f.isSuppressed() ? "" : f.after());
    }
    return table;
  }

  private static Table cohort(CohortView view) {
    Table table =
        new Table(
            "Cohort " + view.cohort().label(),
            List.of(
                "Financial year",
                "People in the cohort",
                "Cost (GBP)",
                "Cost a head (GBP)",
                "Costliest 2%: people",
                "Costliest 2%: share of the cost (%)"));
    for (CohortView.Year y : view.years()) {
      boolean hide = view.cohort().isSuppressed() || y.cost().isSuppressed();
      table.row(
          FinancialYear.label(y.financialYear()),
          view.cohort().isSuppressed() ? "<10" : view.cohort().people(),
          hide ? "<10 people" : y.cost().cost(),
          hide ? "" : y.perPerson(),
          y.isTopSuppressed() ? "<10" : y.topPeople(),
          y.isTopSuppressed() || hide ? "" : y.getTopShare());
    }
    return table;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}

package org.totalplace.web.counting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.totalplace.counting.boundary.PlaceFigures;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.web.platform.Pages;

/** The people-free table behind a figure of the place map, year by year, and its downloads. */
@Named
@RequestScoped
public class CountingTable {

  @Inject PlaceFigures figures;
  @Inject Caller me;

  private String theme;
  private String agency;
  private Integer year;
  private List<PlaceFigures.TableRow> rows;
  private String notCounted;

  public void load() {
    try {
      rows =
          figures.table(me, blank(theme), blank(agency)).stream()
              .filter(r -> year == null || year == 0 || r.year() == year)
              .toList();
    } catch (NotFound e) {
      notCounted = e.getMessage();
    } catch (NotAllowed e) {
      Pages.sendError(jakarta.servlet.http.HttpServletResponse.SC_FORBIDDEN, e.getMessage());
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** The query string of this table, for its download links. */
  public String getQuery() {
    return "theme="
        + encode(theme)
        + "&agency="
        + encode(agency)
        + "&year="
        + (year == null ? 0 : year);
  }

  private static String encode(String s) {
    return s == null ? "" : java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  public List<PlaceFigures.TableRow> getRows() {
    return rows;
  }

  public String getNotCounted() {
    return notCounted;
  }

  public String getTheme() {
    return theme;
  }

  public void setTheme(String theme) {
    this.theme = theme;
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }
}

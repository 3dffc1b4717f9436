package org.totalplace.web.counting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.totalplace.counting.boundary.PlaceCountingTimer;
import org.totalplace.counting.boundary.PlaceFigures;
import org.totalplace.counting.entity.Figure;
import org.totalplace.counting.entity.FinancialYear;
import org.totalplace.counting.entity.PlaceMap;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.web.platform.Pages;

/**
 * The place map: spend by theme and agency as a heat map and a treemap, and what happens to other
 * agencies' costs after one acts. Addressed by its year, so Back and refresh show the same map;
 * every figure links to the people-free table behind it.
 */
@Named
@RequestScoped
public class PlaceMapPage {

  @Inject PlaceFigures figures;
  @Inject PlaceCountingTimer timer;
  @Inject Directory directory;
  @Inject Caller me;

  Clock clock = Clock.systemUTC();

  private Integer year;
  private PlaceMap map;
  private Treemap treemap;
  private String notCounted;
  private BigDecimal highest = BigDecimal.ZERO;

  public void load() {
    try {
      map = figures.placeMap(me, year == null ? 0 : year);
      Map<String, Map<String, BigDecimal>> shown = new LinkedHashMap<>();
      for (String theme : map.themes()) {
        for (String agency : map.agencies()) {
          Figure f = map.cell(theme, agency);
          if (!f.isEmpty() && !map.isHidden(theme, agency)) {
            shown.computeIfAbsent(theme, t -> new TreeMap<>()).put(agency, f.cost());
            highest = highest.max(f.cost());
          }
        }
      }
      treemap = Treemap.of(shown, directory.agencies());
    } catch (NotFound e) {
      notCounted = e.getMessage();
    } catch (NotAllowed e) {
      Pages.sendError(jakarta.servlet.http.HttpServletResponse.SC_FORBIDDEN, e.getMessage());
    }
  }

  public void countNow() {
    try {
      if (timer.countNow(me)) {
        Pages.done(
            "Counting has started. The figures change when it is done: reload the page in a"
                + " minute.");
      } else {
        Pages.done("A count is already running; reload the page in a minute.");
      }
    } catch (NotAllowed e) {
      Pages.error(e.getMessage());
    }
  }

  /** A cell's text: the money and people, "<10" where hidden, a dash where nothing. */
  public String cell(String theme, String agency) {
    Figure f = map.cell(theme, agency);
    if (f.isEmpty()) {
      return "–";
    }
    return map.isHidden(theme, agency) ? "<10" : Money.compact(f.cost());
  }

  /** The cell's shade from none to darkest by its share of the largest shown cell. */
  public String shade(String theme, String agency) {
    Figure f = map.cell(theme, agency);
    if (f.isEmpty() || map.isHidden(theme, agency) || highest.signum() == 0) {
      return "none";
    }
    double share = f.cost().doubleValue() / highest.doubleValue();
    return share > 0.5 ? "4" : share > 0.2 ? "3" : share > 0.05 ? "2" : "1";
  }

  public String people(Figure f) {
    return f.isSuppressed() ? "<10" : String.format(java.util.Locale.UK, "%,d", f.people());
  }

  public String money(Figure f) {
    return f.isEmpty() ? "–" : f.isSuppressed() ? "<10 people" : Money.pounds(f.cost());
  }

  public String age() {
    Instant now = clock.instant();
    long minutes = map.snapshot().ageMinutes(now);
    return minutes < 1
        ? "less than a minute ago"
        : minutes == 1 ? "1 minute ago" : minutes + " minutes ago";
  }

  public Instant getRunningSince() {
    return timer.runningSince();
  }

  public boolean isKeeper() {
    return me.hasRole(Roles.ANALYST) || me.hasRole(Roles.AGENCY_ADMIN);
  }

  public String label(int financialYear) {
    return financialYear == 0 ? "All years" : FinancialYear.label(financialYear);
  }

  public PlaceMap getMap() {
    return map;
  }

  public Treemap getTreemap() {
    return treemap;
  }

  public String getNotCounted() {
    return notCounted;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }
}

package org.totalplace.web.counting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import org.totalplace.counting.boundary.CohortPeople;
import org.totalplace.counting.boundary.PlaceFigures;
import org.totalplace.counting.entity.CohortView;
import org.totalplace.counting.entity.FinancialYear;
import org.totalplace.counting.entity.ReleaseComparison;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.web.platform.Pages;

/**
 * Cohorts: one group's cost a head by year, agency and theme, how its cost is spread (the costliest
 * 2% against the rest), compared with a second group, and the release comparison. Addressed by the
 * groups' codes, so a comparison can be bookmarked, shared, refreshed and gone Back to.
 */
@Named
@RequestScoped
public class CohortsPage {

  @Inject PlaceFigures figures;
  @Inject CohortPeople people;
  @Inject Caller me;

  private String code;
  private String compare;
  private List<CohortView.Cohort> cohorts;
  private CohortView first;
  private CohortView second;
  private ReleaseComparison releases;
  private List<CohortPeople.Member> members;
  private String notCounted;

  public void load() {
    try {
      cohorts = figures.cohorts(me);
      String chosen = code == null || code.isBlank() ? "PLACE" : code;
      first = figures.cohort(me, chosen);
      if (compare != null && !compare.isBlank() && !compare.equals(chosen)) {
        second = figures.cohort(me, compare);
      }
      releases = figures.releases(me);
      if (me.hasRole(Roles.TEAM_LEAD) && me.getAgency() != null) {
        members = people.of(me, chosen);
      }
    } catch (NotFound e) {
      if (cohorts == null) {
        notCounted = e.getMessage();
      } else {
        Pages.error(e.getMessage());
      }
    } catch (InvalidInput e) {
      Pages.error("There is no such group. Choose one from the list.");
    } catch (NotAllowed e) {
      Pages.sendError(jakarta.servlet.http.HttpServletResponse.SC_FORBIDDEN, e.getMessage());
    }
  }

  public String year(int start) {
    return FinancialYear.label(start);
  }

  public String money(BigDecimal amount) {
    return amount == null ? "<10 people" : Money.pounds(amount);
  }

  /** A bar's width in per cent of the largest cost a head of the two groups' years. */
  public int bar(BigDecimal perPerson) {
    BigDecimal most = BigDecimal.ZERO;
    for (CohortView v : new CohortView[] {first, second}) {
      if (v != null) {
        for (CohortView.Year y : v.years()) {
          if (y.perPerson() != null) {
            most = most.max(y.perPerson());
          }
        }
      }
    }
    return perPerson == null || most.signum() == 0
        ? 0
        : perPerson
            .multiply(BigDecimal.valueOf(100))
            .divide(most, 0, java.math.RoundingMode.HALF_UP)
            .intValue();
  }

  /** The cost a head over all years of a total (by agency or theme) of a cohort. */
  public String perHead(CohortView view, org.totalplace.counting.entity.Figure total) {
    if (view.cohort().isSuppressed() || total.isSuppressed()) {
      return "<10 people";
    }
    return Money.pounds(
        total
            .cost()
            .divide(BigDecimal.valueOf(view.cohort().people()), 2, java.math.RoundingMode.HALF_UP));
  }

  public boolean isTeamLead() {
    return members != null;
  }

  public List<CohortView.Cohort> getCohorts() {
    return cohorts;
  }

  public CohortView getFirst() {
    return first;
  }

  public CohortView getSecond() {
    return second;
  }

  public ReleaseComparison getReleases() {
    return releases;
  }

  public List<CohortPeople.Member> getMembers() {
    return members;
  }

  public String getNotCounted() {
    return notCounted;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getCompare() {
    return compare;
  }

  public void setCompare(String compare) {
    this.compare = compare;
  }
}

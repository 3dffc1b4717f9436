package org.totalplace.counting.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** One cohort from one snapshot: its cost a head by year, agency and theme, and its spread. */
public record CohortView(
    Snapshot snapshot,
    Cohort cohort,
    List<Year> years,
    Map<String, Figure> byAgency,
    Map<String, Figure> byTheme)
    implements Serializable {

  /** A group of people, by its code, as it is said, and how many are in it. */
  public record Cohort(String code, String label, long people) implements Serializable {
    public boolean isSuppressed() {
      return people < Figure.SMALLEST_SHOWN;
    }
  }

  /** One year: the cost, the cost a head of the cohort, and the costliest 2% against the rest. */
  public record Year(
      int financialYear,
      Figure cost,
      BigDecimal perPerson,
      long topPeople,
      BigDecimal topCost,
      BigDecimal restCost)
      implements Serializable {

    /** The costliest 2%'s share of the year's cost, in whole per cent. */
    public int getTopShare() {
      return cost.cost().signum() == 0
          ? 0
          : topCost
              .multiply(BigDecimal.valueOf(100))
              .divide(cost.cost(), 0, java.math.RoundingMode.HALF_UP)
              .intValue();
    }

    public boolean isTopSuppressed() {
      return topPeople < Figure.SMALLEST_SHOWN;
    }
  }
}

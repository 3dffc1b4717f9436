package org.totalplace.counting.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Releases from prison a full year ago or more: those whose plan had every step in place on its day
 * against those whose plan did not, and what the following year cost. An association in the
 * platform's own records, not proof that the plan caused the difference.
 */
public record ReleaseComparison(Snapshot snapshot, Group inPlace, Group notInPlace)
    implements Serializable {

  /** One side of the comparison. */
  public record Group(long releases, Figure cost, Map<String, BigDecimal> byAgency)
      implements Serializable {

    public boolean isSuppressed() {
      return releases < Figure.SMALLEST_SHOWN;
    }

    /** The following year's cost a release, to the penny. */
    public BigDecimal getPerRelease() {
      return releases == 0 || isSuppressed()
          ? null
          : cost.cost().divide(BigDecimal.valueOf(releases), 2, java.math.RoundingMode.HALF_UP);
    }
  }

  /**
   * How much more a release without every step in place cost in the year after; null if unknown.
   */
  public BigDecimal getDifference() {
    BigDecimal with = inPlace.getPerRelease();
    BigDecimal without = notInPlace.getPerRelease();
    return with == null || without == null ? null : without.subtract(with);
  }
}

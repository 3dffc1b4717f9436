package org.totalplace.counting.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/**
 * Brings a cost from its own price year into another with the GDP deflator: value times the index
 * of the year shown over the index of its own year, rounded once to the penny. Without both indices
 * there is no figure, because costs of different years must never be added unconverted.
 */
public final class Uprating {

  private final Map<Integer, BigDecimal> indexByYear;

  public Uprating(Map<Integer, BigDecimal> indexByYear) {
    this.indexByYear = Map.copyOf(indexByYear);
  }

  public Optional<BigDecimal> value(BigDecimal amount, int ownYear, int shownYear) {
    BigDecimal own = indexByYear.get(ownYear);
    BigDecimal shown = indexByYear.get(shownYear);
    if (own == null || shown == null) {
      return Optional.empty();
    }
    return Optional.of(amount.multiply(shown).divide(own, 2, RoundingMode.HALF_UP));
  }

  public boolean covers(int year) {
    return indexByYear.containsKey(year);
  }
}

package org.totalplace.counting.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How often the place collected each fact about a person twice, against how often a fact told once
 * reached the other agencies instead, and the staff time each took at the minutes a capture is
 * reckoned to take. Counts under ten are shown as "<10".
 */
public record Collection(
    Snapshot snapshot,
    BigDecimal minutesPerCapture,
    int settingVersion,
    List<Row> byFact,
    List<Row> byAgency,
    List<Row> byYear)
    implements Serializable {

  /** One line of a table: what it is about, and its counts. */
  public record Row(
      String name,
      long keyed,
      long keyedAgain,
      long shared,
      long people,
      long keyedBySeveral,
      int mostAgencies)
      implements Serializable {

    public boolean isSuppressed() {
      return keyed + shared < Figure.SMALLEST_SHOWN;
    }
  }

  /** Hours of staff time, to one decimal place, for a number of captures. */
  public BigDecimal hours(long captures) {
    return minutesPerCapture
        .multiply(BigDecimal.valueOf(captures))
        .divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
  }
}

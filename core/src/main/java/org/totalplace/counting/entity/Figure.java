package org.totalplace.counting.entity;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A sum of money over a number of people. Under ten people it is shown as "<10" and its money not
 * at all: a small group's cost can point to the people in it.
 */
public record Figure(BigDecimal cost, long people) implements Serializable {

  public static final int SMALLEST_SHOWN = 10;

  public static final Figure NONE = new Figure(BigDecimal.ZERO, 0);

  public boolean isSuppressed() {
    return people > 0 && people < SMALLEST_SHOWN;
  }

  public boolean isEmpty() {
    return people == 0;
  }

  /** The cost a head, to the penny; null where nobody or too few are counted. */
  public BigDecimal perPerson(long of) {
    return of <= 0 || isSuppressed()
        ? null
        : cost.divide(BigDecimal.valueOf(of), 2, java.math.RoundingMode.HALF_UP);
  }
}

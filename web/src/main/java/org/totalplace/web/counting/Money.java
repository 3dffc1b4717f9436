package org.totalplace.web.counting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Money as the counting pages write it: to the pound in tables, shortened where space is tight. */
final class Money {

  private Money() {}

  static String pounds(BigDecimal amount) {
    NumberFormat f = NumberFormat.getCurrencyInstance(Locale.UK);
    f.setMaximumFractionDigits(0);
    return f.format(amount.setScale(0, RoundingMode.HALF_UP));
  }

  /** £1.2m, £34k, £560: for the cells of the heat map. */
  static String compact(BigDecimal amount) {
    double v = amount.doubleValue();
    if (v >= 1_000_000) {
      return String.format(Locale.UK, "£%.1fm", v / 1_000_000);
    }
    if (v >= 10_000) {
      return String.format(Locale.UK, "£%.0fk", v / 1_000);
    }
    return pounds(amount);
  }
}

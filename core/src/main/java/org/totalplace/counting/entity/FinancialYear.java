package org.totalplace.counting.entity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK financial year (April to March) named as people write it, "2010/11", and held as the
 * calendar year it starts in, 2010. Unit costs and deflators are both kept per financial year.
 */
public final class FinancialYear {

  private static final Pattern WRITTEN =
      Pattern.compile("\\s*(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})\\s*");

  private FinancialYear() {}

  /** "2010/11", "2010-11" or "2010/2011" as 2010; empty for anything else, "2010/12" included. */
  public static Optional<Integer> parse(String written) {
    if (written == null) {
      return Optional.empty();
    }
    Matcher m = WRITTEN.matcher(written);
    if (!m.matches()) {
      return Optional.empty();
    }
    int start = Integer.parseInt(m.group(1));
    int end = Integer.parseInt(m.group(2));
    boolean follows = m.group(2).length() == 2 ? end == (start + 1) % 100 : end == start + 1;
    return follows ? Optional.of(start) : Optional.empty();
  }

  /** 2010 as "2010/11". */
  public static String label(int start) {
    return start + "/" + String.format("%02d", (start + 1) % 100);
  }
}

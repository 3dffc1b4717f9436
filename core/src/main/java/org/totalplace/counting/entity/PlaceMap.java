package org.totalplace.counting.entity;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spend by theme and agency in one year (0: all years), from one snapshot, with the flows between
 * agencies and what missed pathway steps cost each agency (over all years); {@code hidden} names
 * the "theme|agency" cells shown as "<10".
 */
public record PlaceMap(
    Snapshot snapshot,
    int year,
    List<Integer> years,
    List<String> themes,
    List<String> agencies,
    Map<String, Map<String, Figure>> cells,
    Set<String> hidden,
    Map<String, Figure> byTheme,
    Map<String, Figure> byAgency,
    Figure total,
    List<Flow> flows,
    Map<String, Figure> missedSteps)
    implements Serializable {

  /** What an agency's first acceptance of a person was followed by, for another agency. */
  public record Flow(
      String acting,
      String affected,
      long people,
      java.math.BigDecimal before,
      java.math.BigDecimal after)
      implements Serializable {

    public boolean isSuppressed() {
      return people < Figure.SMALLEST_SHOWN;
    }

    /** Positive: the affected agency spent less in the year after than in the year before. */
    public java.math.BigDecimal getChange() {
      return before.subtract(after);
    }
  }

  public Figure cell(String theme, String agency) {
    return cells.getOrDefault(theme, Map.of()).getOrDefault(agency, Figure.NONE);
  }

  public boolean isHidden(String theme, String agency) {
    return hidden.contains(theme + "|" + agency);
  }
}

package org.totalplace.counting.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.totalplace.counting.entity.Figure;

/**
 * Small-number suppression of a table of figures. A cell of fewer than ten people is hidden; and
 * where a row or column has exactly one hidden cell beside its shown total, the smallest other cell
 * of that row or column is hidden too, so the hidden one cannot be had by subtraction.
 */
public final class Suppression {

  private Suppression() {}

  /** The cells to hide, as "row|column". */
  public static Set<String> hidden(Map<String, Map<String, Figure>> cells) {
    Set<String> hidden = new HashSet<>();
    cells.forEach(
        (row, columns) ->
            columns.forEach(
                (column, figure) -> {
                  if (figure.isSuppressed()) {
                    hidden.add(row + "|" + column);
                  }
                }));
    boolean changed = true;
    while (changed) {
      changed = secondary(cells, hidden, false) | secondary(cells, hidden, true);
    }
    return hidden;
  }

  private static boolean secondary(
      Map<String, Map<String, Figure>> cells, Set<String> hidden, boolean byColumn) {
    Map<String, Map<String, Figure>> lines = byColumn ? transpose(cells) : cells;
    boolean changed = false;
    for (var line : lines.entrySet()) {
      List<String> hiddenHere = new ArrayList<>();
      String smallest = null;
      Figure smallestFigure = null;
      for (var cell : line.getValue().entrySet()) {
        String key =
            byColumn ? cell.getKey() + "|" + line.getKey() : line.getKey() + "|" + cell.getKey();
        if (hidden.contains(key)) {
          hiddenHere.add(key);
        } else if (!cell.getValue().isEmpty()
            && (smallestFigure == null || cell.getValue().people() < smallestFigure.people())) {
          smallest = key;
          smallestFigure = cell.getValue();
        }
      }
      if (hiddenHere.size() == 1 && smallest != null) {
        hidden.add(smallest);
        changed = true;
      }
    }
    return changed;
  }

  private static Map<String, Map<String, Figure>> transpose(
      Map<String, Map<String, Figure>> cells) {
    Map<String, Map<String, Figure>> columns = new LinkedHashMap<>();
    cells.forEach(
        (row, line) ->
            line.forEach(
                (column, figure) ->
                    columns.computeIfAbsent(column, c -> new LinkedHashMap<>()).put(row, figure)));
    return columns;
  }
}

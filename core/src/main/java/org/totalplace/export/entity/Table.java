package org.totalplace.export.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A named table of plain values (text, numbers, dates), the same whichever file format it is
 * written as. Cells hold only String, Number, LocalDate, Instant or null.
 */
public final class Table implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final List<String> columns;
  private final List<List<Object>> rows = new ArrayList<>();

  public Table(String name, List<String> columns) {
    this.name = name;
    this.columns = List.copyOf(columns);
  }

  /** Adds a row; one value a column. */
  public Table row(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          name + " has " + columns.size() + " columns, not " + values.length);
    }
    rows.add(Arrays.asList(values));
    return this;
  }

  public String getName() {
    return name;
  }

  public List<String> getColumns() {
    return columns;
  }

  public List<List<Object>> getRows() {
    return rows;
  }
}

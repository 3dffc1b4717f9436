package org.totalplace.person.entity;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/** One field's value before and after a change, as shown to people and kept in the audit. */
public class FieldChange implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String before;
  private final String after;

  public FieldChange(String field, String before, String after) {
    this.field = field;
    this.before = before;
    this.after = after;
  }

  public String getField() {
    return field;
  }

  public String getBefore() {
    return before;
  }

  public String getAfter() {
    return after;
  }

  @Override
  public String toString() {
    return field + ": " + shown(before) + " -> " + shown(after);
  }

  private static String shown(String value) {
    return value == null ? "(none)" : "\"" + value + "\"";
  }

  public static String describe(List<FieldChange> changes) {
    return changes.stream().map(FieldChange::toString).collect(Collectors.joining("; "));
  }
}

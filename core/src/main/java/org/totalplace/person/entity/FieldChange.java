package org.totalplace.person.entity;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.totalplace.platform.entity.Words;

/** One field's value before and after a change, as shown to people and kept in the audit. */
public class FieldChange implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String before;
  private final String after;

  /** Before and after as people read them: dates in the UK form, yes or no, blank as nothing. */
  public FieldChange(String field, Object before, Object after) {
    this.field = field;
    this.before = Words.value(before);
    this.after = Words.value(after);
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

  /** The change in a sentence, e.g. "Phone changed from 01632 960001 to 07700 900123". */
  @Override
  public String toString() {
    return Words.change(field, before, after);
  }

  public static String describe(List<FieldChange> changes) {
    return changes.stream().map(FieldChange::toString).collect(Collectors.joining("; "));
  }
}

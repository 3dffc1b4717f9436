package org.totalplace.person.entity;

import java.util.Arrays;
import java.util.Optional;

/** The facts about a person whose collection is counted, by the field name people know them by. */
public enum Fact {
  ADDRESS("Address"),
  PHONE("Phone"),
  DATE_OF_BIRTH("Date of birth"),
  HOUSEHOLD("Household"),
  CUSTODY_STATUS("Custody status");

  private final String label;

  Fact(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }

  /** The fact a changed field is, if it is one that is counted. */
  public static Optional<Fact> ofField(String field) {
    return Arrays.stream(values()).filter(f -> f.label.equals(field)).findFirst();
  }
}

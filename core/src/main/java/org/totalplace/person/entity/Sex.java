package org.totalplace.person.entity;

/** Sex as recorded (the ISO/IEC 5218 codes); gender is recorded separately, as the person says. */
public enum Sex {
  NOT_KNOWN("Not known"),
  FEMALE("Female"),
  MALE("Male"),
  NOT_SPECIFIED("Not specified");

  private final String label;

  Sex(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}

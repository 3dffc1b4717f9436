package org.totalplace.sharing.entity;

/** What the person said when asked to share their information with an agency. */
public enum ConsentStatus {
  GIVEN("Given"),
  REFUSED("Refused"),
  WITHDRAWN("Withdrawn");

  private final String label;

  ConsentStatus(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}

package org.totalplace.sharing.entity;

/** The UK GDPR lawful bases (and the safeguarding condition) used for sharing in this place. */
public enum LawfulBasis {
  CONSENT("Consent"),
  LEGAL_OBLIGATION("Legal obligation"),
  VITAL_INTERESTS("Vital interests"),
  PUBLIC_TASK("Public task"),
  SAFEGUARDING("Safeguarding");

  private final String label;

  LawfulBasis(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}

package org.totalplace.sharing.entity;

/** How sensitive a piece of information is; agreements share information category by category. */
public enum Sensitivity {
  GENERAL("General"),
  HEALTH("Health"),
  MENTAL_HEALTH("Mental health"),
  SUBSTANCE_MISUSE("Substance misuse"),
  SEXUAL_HEALTH("Sexual health"),
  CRIMINAL_JUSTICE("Criminal justice"),
  SAFEGUARDING("Safeguarding");

  private final String label;

  Sensitivity(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}

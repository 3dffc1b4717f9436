package org.totalplace.referral.entity;

/** Coded reasons for declining, so team leads can count them; free text says the rest. */
public enum DeclineReason {
  NOT_ELIGIBLE("The person is not eligible for this service"),
  OUT_OF_AREA("The person lives outside the area the service covers"),
  NO_CAPACITY("The service has no capacity"),
  NEEDS_MET_ELSEWHERE("The need is already met by another service"),
  NO_CONSENT("The person does not agree to the referral"),
  WRONG_SERVICE("Another service is better suited"),
  OTHER("Another reason");

  private final String label;

  DeclineReason(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}

package org.totalplace.referral.entity;

/**
 * How quickly the sender needs the receiving agency to respond, in the red, amber, green terms of a
 * multi-agency safeguarding hub. The targets themselves are data (response_target), so an admin can
 * change them without a redeploy.
 */
public enum Urgency {
  EMERGENCY("Red: emergency", "stat"),
  URGENT("Amber: urgent", "urgent"),
  ROUTINE("Green: routine", "routine");

  private final String label;
  private final String fhirPriority;

  Urgency(String label, String fhirPriority) {
    this.label = label;
    this.fhirPriority = fhirPriority;
  }

  public String getLabel() {
    return label;
  }

  /** The FHIR R4 request priority code. */
  public String getFhirPriority() {
    return fhirPriority;
  }
}

package org.totalplace.caseload.entity;

/** The kinds of work a caseworker holds: referrals received, and pathways they lead. */
public enum CaseType {
  REFERRAL("Referral received"),
  PRISON_RELEASE("Prison release pathway (lead)"),
  LEAVING_CARE("Leaving care pathway (lead)"),
  HOSPITAL_DISCHARGE("Hospital discharge pathway (lead)");

  private final String label;

  CaseType(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}

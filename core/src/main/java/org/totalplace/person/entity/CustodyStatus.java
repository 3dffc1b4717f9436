package org.totalplace.person.entity;

/** Whether the person is in custody or on licence; criminal-justice information. */
public enum CustodyStatus {
  NOT_IN_CUSTODY("Not in custody"),
  ON_REMAND("In custody on remand"),
  SENTENCED("In prison, sentenced"),
  ON_LICENCE("Released on licence");

  private final String label;

  CustodyStatus(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}

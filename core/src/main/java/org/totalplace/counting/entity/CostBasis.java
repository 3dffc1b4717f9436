package org.totalplace.counting.entity;

/** How many units of a cost one event is: once, or by how long it lasted. */
public enum CostBasis {
  EACH("once, when it starts"),
  EACH_COMPLETED("once, when it is completed"),
  PER_DAY("for each day (night) it lasts"),
  PER_WEEK("for each week it lasts"),
  PER_MONTH("for each month it lasts"),
  PER_YEAR("for each year it lasts");

  private final String label;

  CostBasis(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}

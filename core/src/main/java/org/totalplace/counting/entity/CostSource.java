package org.totalplace.counting.entity;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of thing the platform records that a cost rule can price. */
public enum CostSource {
  REFERRAL(
      "A referral accepted by a service",
      EnumSet.of(
          CostBasis.EACH,
          CostBasis.EACH_COMPLETED,
          CostBasis.PER_WEEK,
          CostBasis.PER_MONTH,
          CostBasis.PER_YEAR)),
  CUSTODY(
      "A spell in a custody status",
      EnumSet.of(CostBasis.EACH, CostBasis.PER_DAY, CostBasis.PER_MONTH, CostBasis.PER_YEAR)),
  STEP_MISSED("A pathway step not in place on its day", EnumSet.of(CostBasis.EACH)),
  ADDRESS(
      "A stay at an address whose first line contains a phrase",
      EnumSet.of(CostBasis.PER_DAY, CostBasis.PER_WEEK, CostBasis.PER_MONTH)),
  ENTRY("A chronology entry an agency recorded", EnumSet.of(CostBasis.EACH));

  private final String label;
  private final Set<CostBasis> bases;

  CostSource(String label, Set<CostBasis> bases) {
    this.label = label;
    this.bases = bases;
  }

  public String getLabel() {
    return label;
  }

  /** How this kind of event may be counted: a stay by its length, an entry only once. */
  public Set<CostBasis> getBases() {
    return bases;
  }
}

package org.totalplace.counting.entity;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A unit cost with its value in the place's chosen price year; {@code shown} is null when either
 * year has no deflator, since a cost is never shown or added unconverted.
 */
public class PricedCost implements Serializable {
  private static final long serialVersionUID = 1L;

  private final UnitCost cost;
  private final BigDecimal shown;

  public PricedCost(UnitCost cost, BigDecimal shown) {
    this.cost = cost;
    this.shown = shown;
  }

  public UnitCost getCost() {
    return cost;
  }

  public BigDecimal getShown() {
    return shown;
  }
}

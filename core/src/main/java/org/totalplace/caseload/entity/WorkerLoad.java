package org.totalplace.caseload.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * One worker's open work, weighed: points against the capacity their contracted hours give them.
 */
public final class WorkerLoad implements Serializable {
  private static final long serialVersionUID = 1L;

  /** At or above this share of capacity a worker is near full; above 100 they are over. */
  public static final int NEAR_FULL = 85;

  private final String username;
  private final String displayName;
  private final BigDecimal contractedHours;
  private final long referrals;
  private final long pathways;
  private final BigDecimal points;
  private final BigDecimal capacity;
  private final long overdue;
  private final long dueSoon;
  private final Instant lastActive;

  public WorkerLoad(
      String username,
      String displayName,
      BigDecimal contractedHours,
      long referrals,
      long pathways,
      BigDecimal points,
      BigDecimal capacity,
      long overdue,
      long dueSoon,
      Instant lastActive) {
    this.username = username;
    this.displayName = displayName;
    this.contractedHours = contractedHours;
    this.referrals = referrals;
    this.pathways = pathways;
    this.points = points;
    this.capacity = capacity;
    this.overdue = overdue;
    this.dueSoon = dueSoon;
    this.lastActive = lastActive;
  }

  /** Points as a whole percentage of capacity, as probation's workload measures show it. */
  public int getPercent() {
    if (capacity.signum() == 0) {
      return 0;
    }
    return points
        .multiply(BigDecimal.valueOf(100))
        .divide(capacity, 0, RoundingMode.HALF_UP)
        .intValue();
  }

  /** over, near or fine: how the page colours the row. */
  public String getLevel() {
    int percent = getPercent();
    return percent > 100 ? "over" : percent >= NEAR_FULL ? "near" : "fine";
  }

  public String getLevelLabel() {
    return switch (getLevel()) {
      case "over" -> "Over capacity";
      case "near" -> "Nearly full";
      default -> "Has room";
    };
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public BigDecimal getContractedHours() {
    return contractedHours;
  }

  public long getReferrals() {
    return referrals;
  }

  public long getPathways() {
    return pathways;
  }

  public long getItems() {
    return referrals + pathways;
  }

  public BigDecimal getPoints() {
    return points;
  }

  public BigDecimal getCapacity() {
    return capacity;
  }

  public long getOverdue() {
    return overdue;
  }

  public long getDueSoon() {
    return dueSoon;
  }

  public Instant getLastActive() {
    return lastActive;
  }
}

package org.totalplace.caseload.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An agency's workload measure: what a full-time worker carries, and the points of each case type
 * by risk tier. Mutable so that a form can edit it; the version guards against a stale save.
 */
public final class Weights implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The points of one case type, by risk tier. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;

    private final CaseType type;
    private BigDecimal high;
    private BigDecimal medium;
    private BigDecimal low;

    public Row(CaseType type, BigDecimal high, BigDecimal medium, BigDecimal low) {
      this.type = type;
      this.high = high;
      this.medium = medium;
      this.low = low;
    }

    public BigDecimal points(RiskTier tier) {
      return switch (tier) {
        case HIGH -> high;
        case MEDIUM -> medium;
        case LOW -> low;
      };
    }

    public CaseType getType() {
      return type;
    }

    public BigDecimal getHigh() {
      return high;
    }

    public void setHigh(BigDecimal high) {
      this.high = high;
    }

    public BigDecimal getMedium() {
      return medium;
    }

    public void setMedium(BigDecimal medium) {
      this.medium = medium;
    }

    public BigDecimal getLow() {
      return low;
    }

    public void setLow(BigDecimal low) {
      this.low = low;
    }
  }

  private BigDecimal fullTimeHours;
  private BigDecimal fullTimePoints;
  private final List<Row> rows;
  private final Instant updatedAt;
  private final String updatedBy;
  private final int version;

  public Weights(
      BigDecimal fullTimeHours,
      BigDecimal fullTimePoints,
      List<Row> rows,
      Instant updatedAt,
      String updatedBy,
      int version) {
    this.fullTimeHours = fullTimeHours;
    this.fullTimePoints = fullTimePoints;
    this.rows = List.copyOf(rows);
    this.updatedAt = updatedAt;
    this.updatedBy = updatedBy;
    this.version = version;
  }

  public BigDecimal getFullTimeHours() {
    return fullTimeHours;
  }

  public void setFullTimeHours(BigDecimal fullTimeHours) {
    this.fullTimeHours = fullTimeHours;
  }

  public BigDecimal getFullTimePoints() {
    return fullTimePoints;
  }

  public void setFullTimePoints(BigDecimal fullTimePoints) {
    this.fullTimePoints = fullTimePoints;
  }

  public List<Row> getRows() {
    return rows;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public int getVersion() {
    return version;
  }
}

package org.totalplace.caseload.entity;

import java.io.Serializable;
import java.math.BigDecimal;

/** A caseworker's contracted hours a week, which scale their capacity; editable in a form. */
public final class ContractedHours implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String username;
  private final String displayName;
  private BigDecimal hours;
  private final int version;

  public ContractedHours(String username, String displayName, BigDecimal hours, int version) {
    this.username = username;
    this.displayName = displayName;
    this.hours = hours;
    this.version = version;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public void setHours(BigDecimal hours) {
    this.hours = hours;
  }

  public int getVersion() {
    return version;
  }
}

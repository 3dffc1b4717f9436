package org.totalplace.caseload.entity;

import org.totalplace.referral.entity.Urgency;

/** How much risk an item of work carries; a referral's follows its priority. */
public enum RiskTier {
  HIGH("High"),
  MEDIUM("Medium"),
  LOW("Low");

  private final String label;

  RiskTier(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }

  public static RiskTier of(Urgency urgency) {
    return switch (urgency) {
      case EMERGENCY -> HIGH;
      case URGENT -> MEDIUM;
      case ROUTINE -> LOW;
    };
  }
}

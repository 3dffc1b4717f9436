package org.totalplace.caseload.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A piece of open work on a caseload: a referral received or a pathway led. Its key ("referral-12",
 * "pathway-3") names it in a selection; its version guards a move against a stale page.
 */
public final class CaseItem implements Serializable {
  private static final long serialVersionUID = 1L;

  private final CaseType type;
  private final long id;
  private final int version;
  private final long personId;
  private final String personName;
  private final String what;
  private final RiskTier tier;
  private final BigDecimal points;
  private final String state;
  private final String holder;
  private final String holderName;
  private final boolean holderActive;
  private final Instant dueAt;
  private final boolean overdue;
  private final boolean dueSoon;
  private final Instant lastActivity;

  @SuppressWarnings("java:S107") // one row of the caseload, column by column
  public CaseItem(
      CaseType type,
      long id,
      int version,
      long personId,
      String personName,
      String what,
      RiskTier tier,
      BigDecimal points,
      String state,
      String holder,
      String holderName,
      boolean holderActive,
      Instant dueAt,
      boolean overdue,
      boolean dueSoon,
      Instant lastActivity) {
    this.type = type;
    this.id = id;
    this.version = version;
    this.personId = personId;
    this.personName = personName;
    this.what = what;
    this.tier = tier;
    this.points = points;
    this.state = state;
    this.holder = holder;
    this.holderName = holderName;
    this.holderActive = holderActive;
    this.dueAt = dueAt;
    this.overdue = overdue;
    this.dueSoon = dueSoon;
    this.lastActivity = lastActivity;
  }

  public String getKey() {
    return (isReferral() ? "referral-" : "pathway-") + id;
  }

  public boolean isReferral() {
    return type == CaseType.REFERRAL;
  }

  public String getLink() {
    return isReferral() ? "/referral.xhtml?id=" + id : "/pathway.xhtml?id=" + id;
  }

  public CaseType getType() {
    return type;
  }

  public long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public long getPersonId() {
    return personId;
  }

  public String getPersonName() {
    return personName;
  }

  public String getWhat() {
    return what;
  }

  public RiskTier getTier() {
    return tier;
  }

  public BigDecimal getPoints() {
    return points;
  }

  public String getState() {
    return state;
  }

  public String getHolder() {
    return holder;
  }

  public String getHolderName() {
    return holderName;
  }

  /** False when the holder has left or been deactivated: the work is, in effect, nobody's. */
  public boolean isHolderActive() {
    return holderActive;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public boolean isDueSoon() {
    return dueSoon;
  }

  public Instant getLastActivity() {
    return lastActivity;
  }
}

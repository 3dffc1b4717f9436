package org.totalplace.counting.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One priced event of a person's journey in one financial year, as priced_cost reads it: what
 * happened, who recorded or acted on it (for the sharing test), and what it cost whom.
 */
public record CostEvent(
    CostSource source,
    long sourceId,
    LocalDate startedOn,
    LocalDate endedOn,
    String agency,
    String sensitivity,
    String otherAgency,
    boolean viewerInPathway,
    String what,
    long ruleId,
    int mappingVersion,
    CostBasis basis,
    String borneBy,
    String unitCostCode,
    String theme,
    String costDescription,
    int financialYear,
    BigDecimal quantity,
    BigDecimal cost)
    implements Serializable {

  /** The same event priced by the same rule, whatever the year. */
  public String key() {
    return source + ":" + sourceId + ":" + ruleId;
  }

  /** A stay (a referral open, a spell in custody) rather than a moment. */
  public boolean isSpell() {
    return source == CostSource.REFERRAL || source == CostSource.CUSTODY;
  }
}

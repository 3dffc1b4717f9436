package org.totalplace.counting.entity;

import java.io.Serializable;

/** A cost rule as the analyst writes it, before it is checked and given a mapping version. */
public record RuleDraft(
    CostSource source,
    Long serviceId,
    String statusKey,
    String phrase,
    String recordedBy,
    String unitCostCode,
    CostBasis basis,
    String borneBy)
    implements Serializable {}

package org.totalplace.counting.entity;

import java.math.BigDecimal;

/** One unit cost as a catalogue file (the GMCA Unit Cost Database format) gives it, checked. */
public record CatalogueRow(
    String code,
    String category,
    String detail,
    String description,
    String unit,
    BigDecimal value,
    String agency,
    String agencyDetail,
    int priceYear) {}

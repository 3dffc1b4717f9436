package org.totalplace.flow.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One week of a trend: referrals sent that week (from an agency, to one, or all) and the median
 * hours to acknowledge and to accept them.
 */
public record WeekPoint(
    LocalDate week,
    String fromAgency,
    String toAgency,
    long sent,
    Double medianAcknowledgeHours,
    Double medianAcceptHours)
    implements Serializable {}

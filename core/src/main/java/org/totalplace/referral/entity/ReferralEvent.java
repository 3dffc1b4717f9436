package org.totalplace.referral.entity;

import java.io.Serializable;
import java.time.Instant;

/** One step in a referral's history, as both agencies see it. */
public record ReferralEvent(
    Instant at,
    String displayName,
    String agency,
    String action,
    ReferralStatus fromStatus,
    ReferralStatus toStatus,
    String note)
    implements Serializable {}

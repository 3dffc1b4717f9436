package org.totalplace.referral.entity;

import java.time.Instant;
import java.util.List;

/** A page of referrals in order of change, and when the last of them changed (the next cursor). */
public record ChangedReferrals(List<Referral> referrals, Instant lastChangedAt) {}

package org.totalplace.referral.entity;

/** A CDI event: a referral came to an end, so a pathway step it served can follow. */
public record ReferralFinished(long referralId, Long pathwayStepId, ReferralStatus status) {}

package org.totalplace.api.referral;

import java.util.List;

/**
 * One page of the agency's work: the referrals, and the address of the next page (absent on the
 * last). The same address is in the Link header (rel="next").
 */
public record WorkPage(List<ReferralView> items, String next) {}

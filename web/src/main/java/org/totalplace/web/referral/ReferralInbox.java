package org.totalplace.web.referral;

import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.util.List;
import org.totalplace.platform.entity.Caller;
import org.totalplace.referral.boundary.Referrals;
import org.totalplace.referral.entity.Referral;

/** Referrals to our agency that are waiting for someone to accept or decline them. */
@Model
public class ReferralInbox {

  @Inject Referrals referrals;
  @Inject Caller me;

  private List<Referral> waiting;

  public List<Referral> getWaiting() {
    if (waiting == null) {
      waiting = referrals.awaitingDecision(me);
    }
    return waiting;
  }
}

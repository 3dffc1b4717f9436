package org.totalplace.web.referral;

import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.util.List;
import org.totalplace.platform.entity.Caller;
import org.totalplace.referral.boundary.Referrals;
import org.totalplace.referral.entity.Referral;

/** Referrals our agency sent, with where each stands and since when. */
@Model
public class SentReferrals {

  @Inject Referrals referrals;
  @Inject Caller me;

  private List<Referral> sent;

  public List<Referral> getSent() {
    if (sent == null) {
      sent = referrals.sent(me);
    }
    return sent;
  }
}

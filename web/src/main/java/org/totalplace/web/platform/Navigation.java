package org.totalplace.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.totalplace.platform.entity.Caller;
import org.totalplace.referral.boundary.Referrals;

/** The counts shown in the navigation, so work waiting is visible from every page. */
@Named
@RequestScoped
public class Navigation {

  @Inject Caller me;
  @Inject Referrals referrals;

  private Long awaitingDecision;

  public long getAwaitingDecision() {
    if (awaitingDecision == null) {
      awaitingDecision = referrals.countAwaitingDecision(me);
    }
    return awaitingDecision;
  }

  public boolean isWorksWithPeople() {
    return me.worksWithPeople();
  }
}

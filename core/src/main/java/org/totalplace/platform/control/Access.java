package org.totalplace.platform.control;

import org.totalplace.platform.entity.Caller;

/** The checks every boundary makes before it touches personal data. */
public final class Access {

  private Access() {}

  /** Only frontline workers and team leads of an agency work with people and referrals. */
  public static void requireCaseworker(Caller caller) {
    if (!caller.worksWithPeople()) {
      throw new NotAllowed(
          "Only frontline workers and team leads of an agency can work with people's records");
    }
  }
}

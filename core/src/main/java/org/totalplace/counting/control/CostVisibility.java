package org.totalplace.counting.control;

import org.totalplace.counting.entity.CostEvent;
import org.totalplace.sharing.entity.Disclosure;
import org.totalplace.sharing.entity.Sensitivity;

/**
 * Whether a viewer may see a cost event, by the same rules as the record it comes from: a referral
 * only by the two agencies it is between, a pathway's step only by the agencies in that pathway,
 * custody and chronology entries by what the recording agency shares, an address by whoever may
 * open the record. A cost the viewer may not see is not shown, and is in no total.
 */
public final class CostVisibility {

  private CostVisibility() {}

  public static boolean maySee(CostEvent event, Disclosure disclosure, String viewerAgency) {
    if (!disclosure.isRecordOpen()) {
      return false;
    }
    if (disclosure.isEverything()) {
      return true;
    }
    return switch (event.source()) {
      case REFERRAL ->
          viewerAgency != null
              && (viewerAgency.equals(event.agency()) || viewerAgency.equals(event.otherAgency()));
      case STEP_MISSED -> event.viewerInPathway();
      case ADDRESS -> true;
      case CUSTODY, ENTRY ->
          disclosure.maySee(event.agency(), Sensitivity.valueOf(event.sensitivity()));
    };
  }
}

package org.totalplace.web.referral;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.totalplace.referral.entity.ReferralEvent;
import org.totalplace.referral.entity.ReferralStatus;

/**
 * A referral's journey as a plain list of steps, the one it is at marked, for the people working on
 * it: sent, acknowledged, accepted, started, completed, with the day each was reached, and an
 * ending (declined, withdrawn, not completed) in place of the steps it cut short. The BPMN drawing
 * it replaces is an engineering view; admins still see it with the process models.
 */
public final class WhereItIs {

  /** One step: its words, whether it is done, the current one or still to come, and when. */
  public static final class Step implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String label;
    private final String state;
    private final Instant at;

    Step(String label, String state, Instant at) {
      this.label = label;
      this.state = state;
      this.at = at;
    }

    public String getLabel() {
      return label;
    }

    /** done, current, todo or ended. */
    public String getState() {
      return state;
    }

    public Instant getAt() {
      return at;
    }

    public boolean isCurrent() {
      return state.equals("current") || state.equals("ended");
    }
  }

  private static final ReferralStatus[] PATH = {
    ReferralStatus.SENT,
    ReferralStatus.RECEIVED,
    ReferralStatus.ACCEPTED,
    ReferralStatus.IN_PROGRESS,
    ReferralStatus.COMPLETED
  };

  private static final String[] LABELS = {
    "Sent", "Acknowledged", "Accepted", "Work started", "Completed"
  };

  private WhereItIs() {}

  static List<Step> steps(ReferralStatus now, List<ReferralEvent> history) {
    if (now == ReferralStatus.WITHDRAWN) {
      return withdrawn(history);
    }
    List<Step> steps = new ArrayList<>();
    if (now == ReferralStatus.DRAFT) {
      steps.add(new Step("Draft, not sent yet", "current", null));
    }
    int at = position(now);
    for (int i = 0; i < PATH.length; i++) {
      Instant reached = reached(PATH[i], history);
      if (i < at || (i == at && now == ReferralStatus.COMPLETED)) {
        steps.add(new Step(LABELS[i], "done", reached));
      } else if (i == at && ending(now)) {
        steps.add(new Step(now.getLabel(), "ended", reached(now, history)));
        return steps;
      } else if (i == at && now == ReferralStatus.INFORMATION_REQUESTED) {
        steps.add(new Step(LABELS[i], "done", reached));
        steps.add(new Step(now.getLabel(), "current", reached(now, history)));
      } else if (i == at) {
        steps.add(new Step(LABELS[i], "current", reached));
      } else {
        steps.add(new Step(LABELS[i], "todo", null));
      }
    }
    return steps;
  }

  /** Where on the path a status stands; an ending stands where it cut the path short. */
  private static int position(ReferralStatus status) {
    return switch (status) {
      case DRAFT -> -1;
      case SENT -> 0;
      case RECEIVED, INFORMATION_REQUESTED -> 1;
      case ACCEPTED, DECLINED -> 2;
      case IN_PROGRESS -> 3;
      case COMPLETED, NOT_COMPLETED -> 4;
      case WITHDRAWN -> -2;
    };
  }

  private static boolean ending(ReferralStatus status) {
    return status == ReferralStatus.DECLINED || status == ReferralStatus.NOT_COMPLETED;
  }

  private static Instant reached(ReferralStatus status, List<ReferralEvent> history) {
    return history.stream()
        .filter(e -> e.toStatus() == status)
        .map(ReferralEvent::at)
        .findFirst()
        .orElse(null);
  }

  /** A withdrawn referral ends after the last step it reached. */
  private static List<Step> withdrawn(List<ReferralEvent> history) {
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < PATH.length; i++) {
      Instant reached = reached(PATH[i], history);
      if (reached == null) {
        break;
      }
      steps.add(new Step(LABELS[i], "done", reached));
    }
    steps.add(
        new Step(
            ReferralStatus.WITHDRAWN.getLabel(),
            "ended",
            reached(ReferralStatus.WITHDRAWN, history)));
    return steps;
  }
}

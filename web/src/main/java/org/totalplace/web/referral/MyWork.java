package org.totalplace.web.referral;

import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.util.List;
import org.totalplace.platform.entity.Caller;
import org.totalplace.referral.boundary.WorkQueues;
import org.totalplace.referral.entity.Referral;

/** A worker's queues: what is theirs, what the team has not taken on, what waits, what is late. */
@Model
public class MyWork {

  @Inject WorkQueues queues;
  @Inject Caller me;

  private List<Referral> mine;
  private List<Referral> unassigned;
  private List<Referral> awaiting;
  private List<Referral> overdue;

  public List<Referral> getMine() {
    if (mine == null) {
      mine = queues.mine(me);
    }
    return mine;
  }

  public List<Referral> getUnassigned() {
    if (unassigned == null) {
      unassigned = queues.unassigned(me);
    }
    return unassigned;
  }

  public List<Referral> getAwaiting() {
    if (awaiting == null) {
      awaiting = queues.awaitingAcceptance(me);
    }
    return awaiting;
  }

  public List<Referral> getOverdue() {
    if (overdue == null) {
      overdue = queues.overdue(me);
    }
    return overdue;
  }

  /** Marked overdue exactly when it is in the overdue list (one rule: WhenDue). */
  public boolean isLate(Referral referral) {
    return getOverdue().stream().anyMatch(r -> r.getId().equals(referral.getId()));
  }
}

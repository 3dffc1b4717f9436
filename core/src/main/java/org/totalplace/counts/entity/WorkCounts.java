package org.totalplace.counts.entity;

import java.io.Serializable;

/**
 * What waits for one worker: the same numbers as the lists on My work and the inbox, from the
 * counters (V14) rather than by counting the lists.
 */
public class WorkCounts implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long mine;
  private final long unassigned;
  private final long awaitingAcceptance;
  private final long overdue;
  private final long steps;
  private final long unread;

  public WorkCounts(
      long mine, long unassigned, long awaitingAcceptance, long overdue, long steps, long unread) {
    this.mine = mine;
    this.unassigned = unassigned;
    this.awaitingAcceptance = awaitingAcceptance;
    this.overdue = overdue;
    this.steps = steps;
    this.unread = unread;
  }

  public static WorkCounts none() {
    return new WorkCounts(0, 0, 0, 0, 0, 0);
  }

  public long getMine() {
    return mine;
  }

  public long getUnassigned() {
    return unassigned;
  }

  public long getAwaitingAcceptance() {
    return awaitingAcceptance;
  }

  public long getOverdue() {
    return overdue;
  }

  /** Pathway steps for the worker's agency not yet in place. */
  public long getSteps() {
    return steps;
  }

  /** Notices for the worker not yet marked as read. */
  public long getUnread() {
    return unread;
  }
}

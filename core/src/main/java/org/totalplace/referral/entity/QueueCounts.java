package org.totalplace.referral.entity;

import java.io.Serializable;

/** How much is in each of a worker's queues, for the navigation and the queue page's tabs. */
public class QueueCounts implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long mine;
  private final long unassigned;
  private final long awaitingAcceptance;
  private final long overdue;

  public QueueCounts(long mine, long unassigned, long awaitingAcceptance, long overdue) {
    this.mine = mine;
    this.unassigned = unassigned;
    this.awaitingAcceptance = awaitingAcceptance;
    this.overdue = overdue;
  }

  public static QueueCounts none() {
    return new QueueCounts(0, 0, 0, 0);
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
}

package org.totalplace.audit.entity;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** The result of walking the audit chain: how much was checked and the first break, if any. */
public class ChainCheck implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long checked;
  private final long unchained;
  private final long waiting;
  private final Instant oldestWaiting;
  private final Long brokenAt;
  private final String problem;

  public ChainCheck(
      long checked,
      long unchained,
      long waiting,
      Instant oldestWaiting,
      Long brokenAt,
      String problem) {
    this.checked = checked;
    this.unchained = unchained;
    this.waiting = waiting;
    this.oldestWaiting = oldestWaiting;
    this.brokenAt = brokenAt;
    this.problem = problem;
  }

  public boolean isIntact() {
    return brokenAt == null;
  }

  public long getChecked() {
    return checked;
  }

  /** Entries from before the chain began (written by the first release), not covered. */
  public long getUnchained() {
    return unchained;
  }

  /** Entries written and committed (or still being written) but not sealed yet. */
  public long getWaiting() {
    return waiting;
  }

  /** When the oldest entry waiting to be sealed was written, or null when none waits. */
  public Instant getOldestWaiting() {
    return oldestWaiting;
  }

  /** How long the oldest waiting entry has waited, in whole seconds, at {@code now}. */
  public long waitedSeconds(Instant now) {
    return oldestWaiting == null
        ? 0
        : Math.max(0, Duration.between(oldestWaiting, now).toSeconds());
  }

  /** The chain position of the first entry that does not match, or null. */
  public Long getBrokenAt() {
    return brokenAt;
  }

  public String getProblem() {
    return problem;
  }
}

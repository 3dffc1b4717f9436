package org.totalplace.audit.entity;

import java.io.Serializable;

/** The result of walking the audit chain: how much was checked and the first break, if any. */
public class ChainCheck implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long checked;
  private final long unchained;
  private final Long brokenAt;
  private final String problem;

  public ChainCheck(long checked, long unchained, Long brokenAt, String problem) {
    this.checked = checked;
    this.unchained = unchained;
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

  /** The chain position of the first entry that does not match, or null. */
  public Long getBrokenAt() {
    return brokenAt;
  }

  public String getProblem() {
    return problem;
  }
}

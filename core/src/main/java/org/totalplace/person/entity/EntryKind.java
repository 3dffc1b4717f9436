package org.totalplace.person.entity;

/** What kind of thing a chronology entry is. The last two are written by the platform. */
public enum EntryKind {
  NOTE("Note", true),
  ASSESSMENT("Assessment", true),
  NEED("Need", true),
  RISK("Risk", true),
  ALERT("Alert", true),
  CHANGE("Change of details", false),
  REFERRAL("Referral", false);

  private final String label;
  private final boolean written;

  EntryKind(String label, boolean written) {
    this.label = label;
    this.written = written;
  }

  public String getLabel() {
    return label;
  }

  /** Whether a worker may write one; the others are recorded by the platform as things happen. */
  public boolean isWritten() {
    return written;
  }
}

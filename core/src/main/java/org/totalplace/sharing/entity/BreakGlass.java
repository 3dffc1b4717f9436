package org.totalplace.sharing.entity;

import java.io.Serializable;
import java.time.Instant;

/** Emergency access by one worker to one record, for a few hours, reviewed afterwards. */
public record BreakGlass(
    long id,
    long personId,
    String username,
    String agency,
    String reason,
    Instant startedAt,
    Instant endsAt,
    Review review,
    String reviewNote,
    String reviewedBy,
    Instant reviewedAt,
    int version)
    implements Serializable {

  /** The data-protection officer's finding. */
  public enum Review {
    JUSTIFIED("Justified"),
    NOT_JUSTIFIED("Not justified");

    private final String label;

    Review(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }
  }

  public boolean isActiveAt(Instant now) {
    return !startedAt.isAfter(now) && endsAt.isAfter(now);
  }
}

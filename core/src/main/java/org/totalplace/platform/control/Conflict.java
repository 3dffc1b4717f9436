package org.totalplace.platform.control;

import jakarta.ejb.ApplicationException;

/** The thing is no longer in the state the caller saw: someone else got there first. */
@ApplicationException(rollback = true)
public class Conflict extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean staleVersion;

  public Conflict(String message) {
    this(message, false);
  }

  protected Conflict(String message, boolean staleVersion) {
    super(message);
    this.staleVersion = staleVersion;
  }

  /** The caller's copy is out of date (a failed If-Match, an old form). */
  public static Conflict staleVersion(String message) {
    return new Conflict(message, true);
  }

  public boolean isStaleVersion() {
    return staleVersion;
  }
}

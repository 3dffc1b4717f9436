package org.totalplace.platform.control;

import jakarta.ejb.ApplicationException;

/** The caller may see the thing but not do this with it. */
@ApplicationException(rollback = true)
public class NotAllowed extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotAllowed(String message) {
    super(message);
  }
}

package org.totalplace.platform.control;

import jakarta.ejb.ApplicationException;

/** Nothing with that id exists, or the caller may not know that it does. */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotFound(String message) {
    super(message);
  }
}

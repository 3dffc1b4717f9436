package org.totalplace.idempotency.entity;

import jakarta.ejb.ApplicationException;

/** An Idempotency-Key sent again with a different request: the caller's mistake, never retried. */
@ApplicationException(rollback = true)
public class KeyReused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public KeyReused() {
    super(
        "This Idempotency-Key was used for a different request. Use a new key for each new"
            + " request, and the same key only to retry the same request.");
  }
}

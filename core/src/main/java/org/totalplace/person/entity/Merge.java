package org.totalplace.person.entity;

import java.io.Serializable;
import java.time.Instant;

/** Two records found to be one person: the merged one is kept whole, behind the kept one. */
public record Merge(
    long id,
    long keptId,
    String keptName,
    long mergedId,
    String mergedName,
    String reason,
    Instant mergedAt,
    String mergedBy,
    Instant undoneAt,
    String undoneBy,
    int version)
    implements Serializable {

  public boolean isUndone() {
    return undoneAt != null;
  }
}

package org.totalplace.sharing.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One line of an information sharing agreement: who may share what with whom, why, and when. */
public record SharingAgreement(
    long id,
    String fromAgency,
    String toAgency,
    Sensitivity sensitivity,
    String purpose,
    LawfulBasis lawfulBasis,
    LocalDate validFrom,
    LocalDate validTo,
    Instant updatedAt,
    String updatedBy,
    int version)
    implements Serializable {

  public boolean isInForceOn(LocalDate day) {
    return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
  }
}

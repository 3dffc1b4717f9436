package org.totalplace.sharing.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The person's consent to one agency, or another lawful basis on which that agency holds their
 * record. Consent counts only while it is given, started and unexpired; withdrawal ends it at once.
 */
public record SharingBasis(
    long id,
    long personId,
    String agency,
    LawfulBasis basis,
    ConsentStatus consent,
    String purpose,
    LocalDate givenOn,
    LocalDate expiresOn,
    Instant recordedAt,
    String recordedBy,
    Instant withdrawnAt,
    String withdrawnBy,
    int version)
    implements Serializable {

  public boolean isActiveOn(LocalDate day) {
    boolean started = !givenOn.isAfter(day);
    boolean unexpired = expiresOn == null || !expiresOn.isBefore(day);
    boolean agreed = basis != LawfulBasis.CONSENT || consent == ConsentStatus.GIVEN;
    return started && unexpired && agreed && withdrawnAt == null;
  }

  public String describe() {
    if (basis == LawfulBasis.CONSENT) {
      return "consent " + consent.getLabel().toLowerCase() + " for " + purpose;
    }
    return basis.getLabel().toLowerCase() + " (" + purpose + ")";
  }
}

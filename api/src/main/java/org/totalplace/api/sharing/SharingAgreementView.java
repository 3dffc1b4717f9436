package org.totalplace.api.sharing;

import java.time.LocalDate;
import org.totalplace.sharing.entity.LawfulBasis;
import org.totalplace.sharing.entity.Sensitivity;
import org.totalplace.sharing.entity.SharingAgreement;

/** One line of the place's sharing agreements: who shares what with whom, why and when. */
public record SharingAgreementView(
    long id,
    String fromAgency,
    String toAgency,
    Sensitivity sensitivity,
    String purpose,
    LawfulBasis lawfulBasis,
    LocalDate validFrom,
    LocalDate validTo,
    int version) {

  static SharingAgreementView of(SharingAgreement a) {
    return new SharingAgreementView(
        a.id(),
        a.fromAgency(),
        a.toAgency(),
        a.sensitivity(),
        a.purpose(),
        a.lawfulBasis(),
        a.validFrom(),
        a.validTo(),
        a.version());
  }
}

package org.totalplace.sharing.control;

import static org.totalplace.platform.control.Sql.constant;
import static org.totalplace.platform.control.Sql.date;
import static org.totalplace.platform.control.Sql.id;
import static org.totalplace.platform.control.Sql.instant;
import static org.totalplace.platform.control.Sql.text;

import org.totalplace.sharing.entity.BreakGlass;
import org.totalplace.sharing.entity.ConsentStatus;
import org.totalplace.sharing.entity.LawfulBasis;
import org.totalplace.sharing.entity.Sensitivity;
import org.totalplace.sharing.entity.SharingAgreement;
import org.totalplace.sharing.entity.SharingBasis;

/** The columns each sharing table is read with, and how a row becomes a record. */
public final class SharingRows {

  public static final String AGREEMENT_COLUMNS =
      "id, from_agency, to_agency, sensitivity, purpose, lawful_basis, valid_from, valid_to,"
          + " updated_at, updated_by, version";
  public static final String BASIS_COLUMNS =
      "id, person_id, agency, basis, consent, purpose, given_on, expires_on, recorded_at,"
          + " recorded_by, withdrawn_at, withdrawn_by, version";
  public static final String GLASS_COLUMNS =
      "id, person_id, username, agency, reason, started_at, ends_at, review, review_note,"
          + " reviewed_by, reviewed_at, version";
  public static final String AGREEMENT = "select " + AGREEMENT_COLUMNS + " from sharing_agreement";
  public static final String BASIS = "select " + BASIS_COLUMNS + " from sharing_basis";
  public static final String GLASS = "select " + GLASS_COLUMNS + " from break_glass";

  private SharingRows() {}

  public static SharingAgreement agreement(Object[] r) {
    return new SharingAgreement(
        id(r[0]),
        text(r[1]),
        text(r[2]),
        constant(Sensitivity.class, r[3]),
        text(r[4]),
        constant(LawfulBasis.class, r[5]),
        date(r[6]),
        date(r[7]),
        instant(r[8]),
        text(r[9]),
        ((Number) r[10]).intValue());
  }

  public static SharingBasis basis(Object[] r) {
    return new SharingBasis(
        id(r[0]),
        id(r[1]),
        text(r[2]),
        constant(LawfulBasis.class, r[3]),
        constant(ConsentStatus.class, r[4]),
        text(r[5]),
        date(r[6]),
        date(r[7]),
        instant(r[8]),
        text(r[9]),
        instant(r[10]),
        text(r[11]),
        ((Number) r[12]).intValue());
  }

  public static BreakGlass glass(Object[] r) {
    return new BreakGlass(
        id(r[0]),
        id(r[1]),
        text(r[2]),
        text(r[3]),
        text(r[4]),
        instant(r[5]),
        instant(r[6]),
        constant(BreakGlass.Review.class, r[7]),
        text(r[8]),
        text(r[9]),
        instant(r[10]),
        ((Number) r[11]).intValue());
  }
}

package org.totalplace.sharing.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.control.Sql;
import org.totalplace.platform.control.Validation;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.platform.entity.Words;
import org.totalplace.sharing.control.SharingRows;
import org.totalplace.sharing.entity.AgreementForm;
import org.totalplace.sharing.entity.SharingAgreement;

/**
 * The place's information sharing agreements, held as data. An agency admin decides what their own
 * agency shares with others; everyone with a job in the place may read them.
 */
@Stateless
public class SharingAgreements {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Validation validation;
  @Inject Directory directory;

  Clock clock = Clock.systemUTC();

  public List<SharingAgreement> all(Caller caller) {
    if (caller.getRoles().isEmpty()) {
      throw new NotAllowed("Only people with a job in the place can read the agreements");
    }
    return Sql.rows(em, SharingRows.AGREEMENT + " order by from_agency, to_agency, sensitivity, id")
        .stream()
        .map(SharingRows::agreement)
        .toList();
  }

  public SharingAgreement add(Caller caller, AgreementForm form) {
    requireAdmin(caller);
    check(caller, form);
    long id =
        Sql.insert(
            em,
            "insert into sharing_agreement (from_agency, to_agency, sensitivity, purpose,"
                + " lawful_basis, valid_from, valid_to, updated_at, updated_by)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as date), ?8, ?9)",
            caller.getAgency(),
            form.getToAgency(),
            form.getSensitivity(),
            form.getPurpose().strip(),
            form.getLawfulBasis(),
            form.getValidFrom(),
            form.getValidTo(),
            clock.instant(),
            caller.getUsername());
    audit.record(
        caller, "AGREEMENT_ADDED", "sharing_agreement", id, describe(caller.getAgency(), form));
    return find(id);
  }

  /** Ends an agreement from a date (today, to stop sharing now); the line stays for the record. */
  public SharingAgreement end(Caller caller, long id, LocalDate lastDay, Integer expectedVersion) {
    requireAdmin(caller);
    SharingAgreement agreement = find(id);
    if (!caller.belongsTo(agreement.fromAgency())) {
      throw new NotAllowed("Only an admin of the sharing agency can change this agreement");
    }
    LocalDate end = lastDay == null ? LocalDate.now(clock).minusDays(1) : lastDay;
    if (end.isBefore(agreement.validFrom().minusDays(1))) {
      throw InvalidInput.of("validTo", "The end date cannot be before the agreement starts");
    }
    int changed =
        Sql.update(
            em,
            "update sharing_agreement set valid_to = ?3, updated_at = ?4, updated_by = ?5,"
                + " version = version + 1 where id = ?1 and version = ?2",
            id,
            expectedVersion == null ? agreement.version() : expectedVersion,
            end,
            clock.instant(),
            caller.getUsername());
    if (changed == 0) {
      throw Conflict.staleVersion("Someone else changed this agreement meanwhile. Reload it.");
    }
    audit.record(
        caller,
        "AGREEMENT_ENDED",
        "sharing_agreement",
        id,
        "valid to " + Words.day(end),
        null,
        Words.change("End date", agreement.validTo(), end));
    return find(id);
  }

  private void check(Caller caller, AgreementForm form) {
    validation.check(form);
    if (directory.agencyName(form.getToAgency()).equals(form.getToAgency())) {
      throw InvalidInput.of("toAgency", "There is no agency called " + form.getToAgency());
    }
    if (caller.belongsTo(form.getToAgency())) {
      throw InvalidInput.of("toAgency", "Choose another agency: yours always sees its own records");
    }
    if (form.getValidTo() != null && form.getValidTo().isBefore(form.getValidFrom())) {
      throw InvalidInput.of("validTo", "The end date must be on or after the start date");
    }
  }

  private SharingAgreement find(long id) {
    return Sql.rows(em, SharingRows.AGREEMENT + " where id = ?1", id).stream()
        .map(SharingRows::agreement)
        .findFirst()
        .orElseThrow(() -> new NotFound("There is no agreement with id " + id));
  }

  private static void requireAdmin(Caller caller) {
    if (!caller.hasRole(Roles.AGENCY_ADMIN) || caller.getAgency() == null) {
      throw new NotAllowed("Only an agency admin can change sharing agreements");
    }
  }

  private static String describe(String from, AgreementForm form) {
    return from
        + " shares "
        + form.getSensitivity().getLabel()
        + " with "
        + form.getToAgency()
        + " on "
        + form.getLawfulBasis().getLabel()
        + " from "
        + form.getValidFrom();
  }
}

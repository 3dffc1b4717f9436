package org.totalplace.sharing.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.person.boundary.Persons;
import org.totalplace.person.entity.Person;
import org.totalplace.platform.control.Access;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.control.Sql;
import org.totalplace.platform.control.Validation;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Words;
import org.totalplace.sharing.control.SharingRows;
import org.totalplace.sharing.entity.ConsentStatus;
import org.totalplace.sharing.entity.LawfulBasis;
import org.totalplace.sharing.entity.NewBasis;
import org.totalplace.sharing.entity.SharingBasis;

/**
 * Recording the person's consent, or another lawful basis, for agencies to see their record.
 * Withdrawal takes effect at once: the next page or API call is decided without it.
 */
@Stateless
public class Consents {

  @PersistenceContext EntityManager em;
  @Inject Persons persons;
  @Inject AuditTrail audit;
  @Inject Validation validation;
  @Inject Directory directory;

  Clock clock = Clock.systemUTC();

  public void record(Caller caller, long personId, NewBasis request) {
    Access.requireCaseworker(caller);
    validation.check(request);
    if (request.getBasis() == LawfulBasis.CONSENT
        && request.getConsent() != ConsentStatus.GIVEN
        && request.getConsent() != ConsentStatus.REFUSED) {
      throw InvalidInput.of("consent", "Say whether the person gave or refused consent");
    }
    if (request.getExpiresOn() != null && request.getExpiresOn().isBefore(request.getGivenOn())) {
      throw InvalidInput.of("expiresOn", "The expiry date must be after the date it was given");
    }
    for (String agency : request.getAgencies()) {
      if (directory.agencyName(agency).equals(agency)) {
        throw InvalidInput.of("agencies", "There is no agency called " + agency);
      }
    }
    Person person = persons.kept(personId);
    // Only an agency that may see the record can record the person's wishes about it.
    // Break-glass alone is not enough: it must not turn into lasting access for the agency.
    var disclosure = persons.openForGood(caller, person);
    var now = clock.instant();
    for (String agency : request.getAgencies()) {
      Sql.update(
          em,
          "insert into sharing_basis (person_id, agency, basis, consent, purpose, given_on,"
              + " expires_on, recorded_at, recorded_by) values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as date), ?8, ?9)",
          person.getId(),
          agency,
          request.getBasis(),
          request.getBasis() == LawfulBasis.CONSENT ? request.getConsent() : null,
          request.getPurpose().strip(),
          request.getGivenOn(),
          request.getExpiresOn(),
          now,
          caller.getDisplayName());
      audit.record(
          caller,
          request.getBasis() == LawfulBasis.CONSENT ? "CONSENT_RECORDED" : "BASIS_RECORDED",
          "person",
          person.getId(),
          "for " + agency,
          disclosure.describe(),
          request.getBasis().getLabel()
              + (request.getConsent() == null ? "" : " " + request.getConsent().getLabel())
              + " to "
              + agency
              + " for "
              + request.getPurpose().strip());
    }
  }

  /** The person withdraws consent (or the basis no longer applies): it ends now. */
  public void withdraw(Caller caller, long basisId, Integer expectedVersion) {
    Access.requireCaseworker(caller);
    List<SharingBasis> found =
        Sql.rows(em, SharingRows.BASIS + " where id = ?1", basisId).stream()
            .map(SharingRows::basis)
            .toList();
    if (found.isEmpty()) {
      throw new NotFound("There is no consent or basis with id " + basisId);
    }
    SharingBasis basis = found.get(0);
    Person person = persons.kept(basis.personId());
    var disclosure = persons.open(caller, person);
    if (basis.withdrawnAt() != null) {
      throw new Conflict("This has already been withdrawn");
    }
    int version = expectedVersion == null ? basis.version() : expectedVersion;
    int changed =
        Sql.update(
            em,
            "update sharing_basis set consent = case when basis = 'CONSENT' then 'WITHDRAWN' end,"
                + " withdrawn_at = ?3, withdrawn_by = ?4, version = version + 1"
                + " where id = ?1 and version = ?2",
            basisId,
            version,
            clock.instant(),
            caller.getDisplayName());
    if (changed == 0) {
      throw Conflict.staleVersion(
          "Someone else changed this since you opened it. Reload and try again.");
    }
    audit.record(
        caller,
        "CONSENT_WITHDRAWN",
        "person",
        person.getId(),
        "for " + basis.agency(),
        disclosure.describe(),
        Words.change("Basis", basis.describe(), "withdrawn"));
  }
}

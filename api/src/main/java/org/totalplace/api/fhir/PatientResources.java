package org.totalplace.api.fhir;

import java.math.BigDecimal;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Patient;
import org.totalplace.person.entity.IdentifierScheme;
import org.totalplace.person.entity.Rows;
import org.totalplace.person.entity.SharedRecord;

/**
 * A person as a FHIR Patient, built only from what the sharing rules already let the caller see:
 * the full date of birth and postcode when the record is open to them, else the year of birth alone
 * (FHIR dates may be just a year).
 */
final class PatientResources {

  private PatientResources() {}

  /** As a search found them; the NHS number only when it is what they were found by. */
  static Patient found(Rows.Found found, String searchedNhsNumber) {
    Patient patient = new Patient();
    patient.setId(Long.toString(found.id()));
    patient.addName().setText(found.name());
    patient.setBirthDateElement(birth(found.dateOfBirth(), found.yearOfBirth()));
    if (found.postcode() != null) {
      patient.addAddress().setPostalCode(found.postcode());
    }
    if (searchedNhsNumber != null) {
      patient.addIdentifier().setSystem(TaskBundle.NHS_NUMBER).setValue(searchedNhsNumber);
    }
    return patient;
  }

  static Patient record(SharedRecord record) {
    Patient patient = new Patient();
    patient.setId(Long.toString(record.getId()));
    HumanName name =
        new HumanName()
            .setText(record.getFullName())
            .setFamily(record.getFamilyName())
            .addGiven(record.getGivenName());
    patient.addName(name);
    patient.setBirthDateElement(birth(record.getDateOfBirth(), record.getYearOfBirth()));
    if (record.isRecordOpen()) {
      patient.setMeta(new Meta().setVersionId(Integer.toString(record.getVersion())));
      if (record.getPostcode() != null) {
        patient.addAddress().setPostalCode(record.getPostcode());
      }
    }
    record.getIdentifiers().stream()
        .filter(i -> i.scheme() == IdentifierScheme.NHS)
        .forEach(i -> patient.addIdentifier().setSystem(TaskBundle.NHS_NUMBER).setValue(i.value()));
    return patient;
  }

  static Bundle searchset(List<Rows.Found> found, String searchedNhsNumber, String patientBase) {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(found.size());
    for (Rows.Found f : found) {
      Bundle.BundleEntryComponent entry =
          bundle
              .addEntry()
              .setFullUrl(patientBase + f.id())
              .setResource(found(f, searchedNhsNumber));
      entry.getSearch().setMode(Bundle.SearchEntryMode.MATCH);
      if (f.score() >= 0 && f.score() <= 1) {
        entry.getSearch().setScore(BigDecimal.valueOf(f.score()));
      }
    }
    return bundle;
  }

  private static DateType birth(java.time.LocalDate date, int year) {
    return date != null ? new DateType(date.toString()) : new DateType(Integer.toString(year));
  }
}

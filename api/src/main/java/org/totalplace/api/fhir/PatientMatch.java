package org.totalplace.api.fhir;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.totalplace.person.boundary.Persons;
import org.totalplace.person.entity.Rows;
import org.totalplace.person.entity.SearchQuery;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.entity.Caller;

/**
 * The person a health system means by an NHS number: found by the same audited search as GET
 * /persons, so only a record whose NHS number the caller may see can be referred this way.
 */
@RequestScoped
public class PatientMatch {

  @Inject Persons persons;
  @Inject Caller caller;

  /** A valid NHS number (already checked) to the one person it belongs to. */
  long withNhsNumber(String nhsNumber) {
    List<Rows.Found> found = persons.search(caller, new SearchQuery(nhsNumber, null, null));
    if (found.isEmpty()) {
      throw InvalidInput.of(
          "ServiceRequest.subject",
          "No record you may see has NHS number "
              + nhsNumber
              + ". Add the person (POST /persons) or ask for access first.");
    }
    if (found.size() > 1) {
      throw InvalidInput.of(
          "ServiceRequest.subject",
          "More than one record has this NHS number. Refer to one as Patient/{id}.");
    }
    return found.get(0).id();
  }
}

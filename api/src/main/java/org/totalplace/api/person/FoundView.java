package org.totalplace.api.person;

import java.time.LocalDate;
import java.util.List;
import org.totalplace.person.entity.Rows;
import org.totalplace.sharing.entity.Disclosure;

/**
 * A person as a search shows them. The date of birth and postcode are there only when the record is
 * open to the caller (access RECORD); anyone sees the name, year of birth and agencies.
 */
public record FoundView(
    long id,
    String name,
    int yearOfBirth,
    LocalDate dateOfBirth,
    String postcode,
    List<String> agencies,
    Disclosure.Level access,
    double score) {

  static FoundView of(Rows.Found found) {
    return new FoundView(
        found.id(),
        found.name(),
        found.yearOfBirth(),
        found.recordOpen() ? found.dateOfBirth() : null,
        found.recordOpen() ? found.postcode() : null,
        found.agencies(),
        found.recordOpen() ? Disclosure.Level.RECORD : Disclosure.Level.KNOWN_TO,
        found.score());
  }
}

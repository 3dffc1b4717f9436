package org.totalplace.api.person;

import java.time.LocalDate;
import org.totalplace.person.entity.Person;

/** A person as the API shows them. */
public record PersonView(
    long id, String givenName, String familyName, LocalDate dateOfBirth, String postcode) {

  static PersonView of(Person person) {
    return new PersonView(
        person.getId(),
        person.getGivenName(),
        person.getFamilyName(),
        person.getDateOfBirth(),
        person.getPostcode());
  }
}

package org.totalplace.generator.population;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One generated person, as the person, person_name and identifier rows will hold them. {@code
 * previousFamilyName}, {@code postcode} and {@code nhsNumber} may be null.
 */
public record SyntheticPerson(
    long id,
    String givenName,
    String familyName,
    String previousFamilyName,
    String sex,
    LocalDate dateOfBirth,
    String postcode,
    String nhsNumber,
    Instant createdAt,
    String createdBy) {}

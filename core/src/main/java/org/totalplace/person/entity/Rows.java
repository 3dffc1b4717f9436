package org.totalplace.person.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.totalplace.sharing.entity.Sensitivity;

/**
 * The parts of a record read as rows. Records, so pages call their accessors as methods in EL (for
 * example {@code #{e.summary()}}).
 */
public final class Rows {

  private Rows() {}

  /** One entry in the chronology. */
  public record Entry(
      long id,
      long personId,
      String agency,
      EntryKind kind,
      Sensitivity sensitivity,
      String summary,
      String detail,
      Instant occurredAt,
      Instant recordedAt,
      String recordedBy)
      implements Serializable {}

  public record Identifier(
      long id,
      IdentifierScheme scheme,
      String value,
      String agency,
      Instant recordedAt,
      String recordedBy)
      implements Serializable {}

  public record Address(
      long id, String line, String postcode, LocalDate movedIn, LocalDate movedOut)
      implements Serializable {}

  public record PreviousName(String givenName, String familyName, LocalDate usedUntil)
      implements Serializable {
    public String fullName() {
      return givenName + " " + familyName;
    }
  }

  public record Relationship(
      long id, RelationshipKind kind, long relatedId, String relatedName, int relatedBirthYear)
      implements Serializable {}

  public record Involvement(
      long id, String agency, String agencyName, String leadWorker, LocalDate startedOn)
      implements Serializable {}

  /**
   * A person as a search shows them: to anyone, name, year of birth and the agencies involved; to
   * those the record is open to, also the date of birth and postcode.
   */
  public record Found(
      long id,
      String name,
      int yearOfBirth,
      LocalDate dateOfBirth,
      String postcode,
      List<String> agencies,
      boolean recordOpen,
      double score)
      implements Serializable {}
}

package org.totalplace.api.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.totalplace.person.entity.CustodyStatus;
import org.totalplace.person.entity.EntryKind;
import org.totalplace.person.entity.IdentifierScheme;
import org.totalplace.person.entity.PersonDetails;
import org.totalplace.person.entity.RelationshipKind;
import org.totalplace.person.entity.Rows;
import org.totalplace.person.entity.Sex;
import org.totalplace.person.entity.SharedRecord;
import org.totalplace.sharing.entity.ConsentStatus;
import org.totalplace.sharing.entity.Disclosure;
import org.totalplace.sharing.entity.LawfulBasis;
import org.totalplace.sharing.entity.Sensitivity;
import org.totalplace.sharing.entity.SharingBasis;

/**
 * A shared record as the API shows it to one caller. With access KNOWN_TO only the card is there
 * (name, year of birth, involved agencies); the other keys are absent, not empty, because core has
 * already left out whatever the caller may not see. Custody status is absent when it is
 * criminal-justice information the caller may not see.
 */
public record RecordView(
    long id,
    Long mergedFrom,
    Disclosure.Level access,
    String basis,
    String name,
    String givenName,
    String familyName,
    int yearOfBirth,
    List<Involved> involvedAgencies,
    Details details,
    String phone,
    String postcode,
    CustodyStatus custodyStatus,
    LocalDate dateOfDeath,
    List<PreviousName> previousNames,
    List<Address> addresses,
    List<Identifier> identifiers,
    List<Relationship> relationships,
    List<Consent> consents,
    List<Entry> chronology,
    Integer version) {

  static RecordView of(SharedRecord r) {
    boolean open = r.isRecordOpen();
    return new RecordView(
        r.getId(),
        r.getRequestedId(),
        r.getDisclosure().getLevel(),
        r.getBasis(),
        r.getFullName(),
        r.getGivenName(),
        r.getFamilyName(),
        r.getYearOfBirth(),
        map(r.getInvolvements(), Involved::of),
        open ? Details.of(r.getDetails()) : null,
        r.getPhone(),
        r.getPostcode(),
        r.getCustodyStatus(),
        r.getDateOfDeath(),
        open ? map(r.getPreviousNames(), PreviousName::of) : null,
        open ? map(r.getAddresses(), Address::of) : null,
        open ? map(r.getIdentifiers(), Identifier::of) : null,
        open ? map(r.getRelationships(), Relationship::of) : null,
        open ? map(r.getBases(), Consent::of) : null,
        open ? map(r.getChronology(), Entry::of) : null,
        open ? r.getVersion() : null);
  }

  private static <T, V> List<V> map(List<T> rows, Function<T, V> view) {
    return rows.stream().map(view).toList();
  }

  /** An agency working with the person. */
  public record Involved(String agency, String agencyName, String leadWorker, LocalDate since) {
    static Involved of(Rows.Involvement i) {
      return new Involved(i.agency(), i.agencyName(), i.leadWorker(), i.startedOn());
    }
  }

  /** Who the person is: what PUT /persons/{id} takes back, with the version in If-Match. */
  public record Details(
      String givenName,
      String familyName,
      String preferredName,
      LocalDate dateOfBirth,
      Sex sex,
      String gender,
      String email,
      String language,
      boolean interpreterNeeded,
      String accessibilityNeeds) {
    static Details of(PersonDetails d) {
      return new Details(
          d.getGivenName(),
          d.getFamilyName(),
          d.getPreferredName(),
          d.getDateOfBirth(),
          d.getSex(),
          d.getGender(),
          d.getEmail(),
          d.getLanguage(),
          d.isInterpreterNeeded(),
          d.getAccessibilityNeeds());
    }
  }

  public record PreviousName(String givenName, String familyName, LocalDate usedUntil) {
    static PreviousName of(Rows.PreviousName n) {
      return new PreviousName(n.givenName(), n.familyName(), n.usedUntil());
    }
  }

  public record Address(
      long id, String line, String postcode, LocalDate movedIn, LocalDate movedOut) {
    static Address of(Rows.Address a) {
      return new Address(a.id(), a.line(), a.postcode(), a.movedIn(), a.movedOut());
    }
  }

  public record Identifier(IdentifierScheme scheme, String value, String agency) {
    static Identifier of(Rows.Identifier i) {
      return new Identifier(i.scheme(), i.value(), i.agency());
    }
  }

  public record Relationship(
      RelationshipKind kind, long relatedId, String relatedName, int relatedBirthYear) {
    static Relationship of(Rows.Relationship r) {
      return new Relationship(r.kind(), r.relatedId(), r.relatedName(), r.relatedBirthYear());
    }
  }

  /** The person's consent to one agency, or another lawful basis; its id is for withdrawing. */
  public record Consent(
      long id,
      String agency,
      LawfulBasis basis,
      ConsentStatus consent,
      String purpose,
      LocalDate givenOn,
      LocalDate expiresOn,
      boolean withdrawn,
      Instant withdrawnAt,
      int version) {
    static Consent of(SharingBasis b) {
      return new Consent(
          b.id(),
          b.agency(),
          b.basis(),
          b.consent(),
          b.purpose(),
          b.givenOn(),
          b.expiresOn(),
          b.withdrawnAt() != null,
          b.withdrawnAt(),
          b.version());
    }
  }

  /** One chronology entry, newest first; only those the caller may see are in the record. */
  public record Entry(
      long id,
      String agency,
      EntryKind kind,
      Sensitivity sensitivity,
      String summary,
      String detail,
      Instant occurredAt,
      String recordedBy) {
    static Entry of(Rows.Entry e) {
      return new Entry(
          e.id(),
          e.agency(),
          e.kind(),
          e.sensitivity(),
          e.summary(),
          e.detail(),
          e.occurredAt(),
          e.recordedBy());
    }
  }
}

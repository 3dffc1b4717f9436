package org.totalplace.person.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.totalplace.sharing.entity.Disclosure;
import org.totalplace.sharing.entity.Sensitivity;
import org.totalplace.sharing.entity.SharingBasis;

/**
 * One person's record as one viewer may see it. Built only by the boundary, after the sharing
 * rules: anything the viewer may not see is simply not in it, so no page, API or export can leak
 * it. A "known to" record holds the name, year of birth and involved agencies only.
 */
public class SharedRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long id;
  private final Long requestedId;
  private final Disclosure disclosure;
  private final String givenName;
  private final String familyName;
  private final int yearOfBirth;
  private final List<Rows.Involvement> involvements;
  private final Person person;
  private final boolean custodyVisible;
  private final List<Rows.PreviousName> previousNames;
  private final List<Rows.Address> addresses;
  private final List<Rows.Identifier> identifiers;
  private final List<Rows.Relationship> relationships;
  private final List<Rows.Entry> chronology;
  private final List<SharingBasis> bases;

  private SharedRecord(Builder b) {
    this.id = b.person.getId();
    this.requestedId = b.requestedId;
    this.disclosure = b.disclosure;
    this.givenName = b.person.getGivenName();
    this.familyName = b.person.getFamilyName();
    this.yearOfBirth = b.person.getDateOfBirth().getYear();
    boolean open = b.disclosure.isRecordOpen();
    // The "known to" card names the agencies, not their workers or since when.
    this.involvements =
        open
            ? List.copyOf(b.involvements)
            : b.involvements.stream()
                .map(i -> new Rows.Involvement(i.id(), i.agency(), i.agencyName(), null, null))
                .toList();
    this.person = open ? b.person : null;
    this.custodyVisible =
        open
            && (b.person.getCustodyRecordedBy() == null
                || b.disclosure.maySee(
                    b.person.getCustodyRecordedBy(), Sensitivity.CRIMINAL_JUSTICE));
    this.previousNames = open ? List.copyOf(b.previousNames) : List.of();
    this.addresses = open ? List.copyOf(b.addresses) : List.of();
    this.identifiers =
        open
            ? b.identifiers.stream()
                .filter(i -> b.disclosure.maySee(i.agency(), i.scheme().getSensitivity()))
                .toList()
            : List.of();
    this.relationships = open ? List.copyOf(b.relationships) : List.of();
    this.chronology =
        open
            ? b.chronology.stream()
                .filter(e -> b.disclosure.maySee(e.agency(), e.sensitivity()))
                .toList()
            : List.of();
    this.bases = open ? List.copyOf(b.bases) : List.of();
  }

  public static Builder of(Person person, Disclosure disclosure) {
    return new Builder(person, disclosure);
  }

  public long getId() {
    return id;
  }

  /** The id that was asked for, when it was a record since merged into this one; else null. */
  public Long getRequestedId() {
    return requestedId;
  }

  public boolean isRecordOpen() {
    return disclosure.isRecordOpen();
  }

  public Disclosure getDisclosure() {
    return disclosure;
  }

  public String getBasis() {
    return disclosure.describe();
  }

  public String getFullName() {
    return givenName + " " + familyName;
  }

  public String getGivenName() {
    return givenName;
  }

  public String getFamilyName() {
    return familyName;
  }

  public int getYearOfBirth() {
    return yearOfBirth;
  }

  public List<Rows.Involvement> getInvolvements() {
    return involvements;
  }

  /** Null unless the record is open to the viewer. */
  public PersonDetails getDetails() {
    return person == null ? null : PersonDetails.of(person);
  }

  public int getVersion() {
    return person == null ? 0 : person.getVersion();
  }

  public String getPreferredName() {
    return person == null ? null : person.getPreferredName();
  }

  public LocalDate getDateOfBirth() {
    return person == null ? null : person.getDateOfBirth();
  }

  public Sex getSex() {
    return person == null ? null : person.getSex();
  }

  public String getGender() {
    return person == null ? null : person.getGender();
  }

  public String getPhone() {
    return person == null ? null : person.getPhone();
  }

  public String getEmail() {
    return person == null ? null : person.getEmail();
  }

  public String getPostcode() {
    return person == null ? null : person.getPostcode();
  }

  public String getLanguage() {
    return person == null ? null : person.getLanguage();
  }

  public boolean isInterpreterNeeded() {
    return person != null && person.isInterpreterNeeded();
  }

  public String getAccessibilityNeeds() {
    return person == null ? null : person.getAccessibilityNeeds();
  }

  /** Criminal-justice information: null when the viewer may not see it. */
  public CustodyStatus getCustodyStatus() {
    return custodyVisible ? person.getCustodyStatus() : null;
  }

  public LocalDate getDateOfDeath() {
    return person == null ? null : person.getDateOfDeath();
  }

  public List<Rows.PreviousName> getPreviousNames() {
    return previousNames;
  }

  public List<Rows.Address> getAddresses() {
    return addresses;
  }

  public List<Rows.Identifier> getIdentifiers() {
    return identifiers;
  }

  public List<Rows.Relationship> getRelationships() {
    return relationships;
  }

  /** Newest first, only what the viewer may see. */
  public List<Rows.Entry> getChronology() {
    return chronology;
  }

  /** Alerts (such as a risk to staff) the viewer may see, to show at the top of the record. */
  public List<Rows.Entry> getAlerts() {
    return chronology.stream().filter(e -> e.kind() == EntryKind.ALERT).toList();
  }

  public List<SharingBasis> getBases() {
    return bases;
  }

  /** Gathers the parts; the constructor applies the sharing rules to them. */
  public static final class Builder {
    private final Person person;
    private final Disclosure disclosure;
    private Long requestedId;
    private List<Rows.Involvement> involvements = List.of();
    private List<Rows.PreviousName> previousNames = List.of();
    private List<Rows.Address> addresses = List.of();
    private List<Rows.Identifier> identifiers = List.of();
    private List<Rows.Relationship> relationships = List.of();
    private List<Rows.Entry> chronology = List.of();
    private List<SharingBasis> bases = List.of();

    private Builder(Person person, Disclosure disclosure) {
      this.person = person;
      this.disclosure = disclosure;
    }

    public Builder requested(Long id) {
      this.requestedId = id;
      return this;
    }

    public Builder involvements(List<Rows.Involvement> rows) {
      this.involvements = rows;
      return this;
    }

    public Builder previousNames(List<Rows.PreviousName> rows) {
      this.previousNames = rows;
      return this;
    }

    public Builder addresses(List<Rows.Address> rows) {
      this.addresses = rows;
      return this;
    }

    public Builder identifiers(List<Rows.Identifier> rows) {
      this.identifiers = rows;
      return this;
    }

    public Builder relationships(List<Rows.Relationship> rows) {
      this.relationships = rows;
      return this;
    }

    public Builder chronology(List<Rows.Entry> rows) {
      this.chronology = rows;
      return this;
    }

    public Builder bases(List<SharingBasis> rows) {
      this.bases = rows;
      return this;
    }

    public SharedRecord build() {
      return new SharedRecord(this);
    }
  }
}

package org.totalplace.person.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.totalplace.platform.entity.Texts;

/** One person's shared record, used by every agency involved with them. */
@Entity
public class Person implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "given_name")
  private String givenName;

  @Column(name = "family_name")
  private String familyName;

  @Column(name = "date_of_birth")
  private LocalDate dateOfBirth;

  private String postcode;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "preferred_name")
  private String preferredName;

  @Enumerated(EnumType.STRING)
  private Sex sex = Sex.NOT_KNOWN;

  private String gender;
  private String phone;
  private String email;
  private String language;

  @Column(name = "interpreter_needed")
  private boolean interpreterNeeded;

  @Column(name = "accessibility_needs")
  private String accessibilityNeeds;

  @Enumerated(EnumType.STRING)
  @Column(name = "custody_status")
  private CustodyStatus custodyStatus = CustodyStatus.NOT_IN_CUSTODY;

  @Column(name = "custody_recorded_by")
  private String custodyRecordedBy;

  @Column(name = "date_of_death")
  private LocalDate dateOfDeath;

  @Column(name = "merged_into")
  private Long mergedInto;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Version private int version;

  protected Person() {}

  public Person(NewPerson details, String createdBy, Instant createdAt) {
    this.givenName = name(details.getGivenName());
    this.familyName = name(details.getFamilyName());
    this.dateOfBirth = details.getDateOfBirth();
    this.postcode = Postcodes.normalise(details.getPostcode());
    this.sex = details.getSex() == null ? Sex.NOT_KNOWN : details.getSex();
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getGivenName() {
    return givenName;
  }

  public String getFamilyName() {
    return familyName;
  }

  public String getFullName() {
    return givenName + " " + familyName;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public String getPostcode() {
    return postcode;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** Names are stored composed (NFC), so one name typed two ways is found and matched as one. */
  private static String name(String given) {
    return given == null ? null : Texts.nfc(given.strip());
  }

  public String getCreatedBy() {
    return createdBy;
  }

  /** Applies edited details and answers what changed, before and after, for the audit. */
  public List<FieldChange> edit(PersonDetails details, String by, Instant at) {
    PersonDetails before = PersonDetails.of(this);
    givenName = name(details.getGivenName());
    familyName = name(details.getFamilyName());
    preferredName = name(blankToNull(details.getPreferredName()));
    dateOfBirth = details.getDateOfBirth();
    sex = details.getSex() == null ? Sex.NOT_KNOWN : details.getSex();
    gender = blankToNull(details.getGender());
    email = blankToNull(details.getEmail());
    language = blankToNull(details.getLanguage());
    interpreterNeeded = details.isInterpreterNeeded();
    accessibilityNeeds = blankToNull(details.getAccessibilityNeeds());
    touched(by, at);
    return before.changesTo(PersonDetails.of(this));
  }

  public void touched(String by, Instant at) {
    updatedBy = by;
    updatedAt = at;
  }

  public void movedTo(String newPostcode) {
    postcode = Postcodes.normalise(newPostcode);
  }

  public void setPhone(String phone) {
    this.phone = blankToNull(phone);
  }

  public void setCustody(CustodyStatus status, String recordedBy) {
    this.custodyStatus = status;
    this.custodyRecordedBy = recordedBy;
  }

  public void setDateOfDeath(LocalDate dateOfDeath) {
    this.dateOfDeath = dateOfDeath;
  }

  public void mergeInto(Long keptId) {
    this.mergedInto = keptId;
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String getPreferredName() {
    return preferredName;
  }

  public Sex getSex() {
    return sex;
  }

  public String getGender() {
    return gender;
  }

  public String getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }

  public String getLanguage() {
    return language;
  }

  public boolean isInterpreterNeeded() {
    return interpreterNeeded;
  }

  public String getAccessibilityNeeds() {
    return accessibilityNeeds;
  }

  public CustodyStatus getCustodyStatus() {
    return custodyStatus;
  }

  public String getCustodyRecordedBy() {
    return custodyRecordedBy;
  }

  public LocalDate getDateOfDeath() {
    return dateOfDeath;
  }

  public Long getMergedInto() {
    return mergedInto;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public int getVersion() {
    return version;
  }
}

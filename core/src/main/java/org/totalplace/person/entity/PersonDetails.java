package org.totalplace.person.entity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.totalplace.platform.entity.PlainText;

/**
 * Who the person is, as a worker edits it. Carries the version it was read at, so a save over
 * someone else's change is caught and the difference shown.
 */
public class PersonDetails implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Letters of any alphabet, spaces, hyphens, apostrophes and full stops; nothing like script. */
  public static final String NAME = "\\s*|[\\p{L}\\p{M}][\\p{L}\\p{M} '’.-]*";

  public static final String NAME_MESSAGE =
      "Names can only contain letters, spaces, hyphens, apostrophes and full stops";

  @NotBlank(message = "Enter the person's first name")
  @Size(max = 100, message = "First name must be 100 characters or fewer")
  @Pattern(regexp = NAME, message = NAME_MESSAGE)
  @PlainText("the first name")
  private String givenName;

  @NotBlank(message = "Enter the person's last name")
  @Size(max = 100, message = "Last name must be 100 characters or fewer")
  @Pattern(regexp = NAME, message = NAME_MESSAGE)
  @PlainText("the last name")
  private String familyName;

  @Size(max = 100, message = "Preferred name must be 100 characters or fewer")
  @Pattern(regexp = NAME, message = NAME_MESSAGE)
  @PlainText("the preferred name")
  private String preferredName;

  @NotNull(message = "Enter the person's date of birth")
  @BirthDate
  private LocalDate dateOfBirth;

  private Sex sex = Sex.NOT_KNOWN;

  @Size(max = 100, message = "Gender must be 100 characters or fewer")
  private String gender;

  @Email(message = "Enter an email address like name@example.com")
  @Size(max = 200, message = "Email must be 200 characters or fewer")
  private String email;

  @Size(max = 60, message = "Language must be 60 characters or fewer")
  private String language;

  private boolean interpreterNeeded;

  @Size(max = 500, message = "Accessibility needs must be 500 characters or fewer")
  private String accessibilityNeeds;

  private int version;

  /** The details as they were read, before the editor changed anything. */
  private PersonDetails original;

  /** The person's details as they stand, remembering them to compare with later. */
  public static PersonDetails of(Person person) {
    PersonDetails d = snapshot(person);
    d.original = snapshot(person);
    return d;
  }

  private static PersonDetails snapshot(Person person) {
    PersonDetails d = new PersonDetails();
    d.givenName = person.getGivenName();
    d.familyName = person.getFamilyName();
    d.preferredName = person.getPreferredName();
    d.dateOfBirth = person.getDateOfBirth();
    d.sex = person.getSex();
    d.gender = person.getGender();
    d.email = person.getEmail();
    d.language = person.getLanguage();
    d.interpreterNeeded = person.isInterpreterNeeded();
    d.accessibilityNeeds = person.getAccessibilityNeeds();
    d.version = person.getVersion();
    return d;
  }

  /**
   * After someone else saved the record: their version, with this editor's own changes (against
   * what the editor first read) laid on top, so saving again keeps both and loses neither.
   */
  public PersonDetails rebasedOnto(PersonDetails theirs) {
    PersonDetails base = original == null ? this : original;
    PersonDetails merged = new PersonDetails();
    merged.givenName = pick(base.givenName, givenName, theirs.givenName);
    merged.familyName = pick(base.familyName, familyName, theirs.familyName);
    merged.preferredName = pick(base.preferredName, preferredName, theirs.preferredName);
    merged.dateOfBirth = pick(base.dateOfBirth, dateOfBirth, theirs.dateOfBirth);
    merged.sex = pick(base.sex, sex, theirs.sex);
    merged.gender = pick(base.gender, gender, theirs.gender);
    merged.email = pick(base.email, email, theirs.email);
    merged.language = pick(base.language, language, theirs.language);
    merged.interpreterNeeded =
        pick(base.interpreterNeeded, interpreterNeeded, theirs.interpreterNeeded);
    merged.accessibilityNeeds =
        pick(base.accessibilityNeeds, accessibilityNeeds, theirs.accessibilityNeeds);
    merged.version = theirs.version;
    merged.original = theirs.original == null ? theirs : theirs.original;
    return merged;
  }

  private static <T> T pick(T base, T mine, T theirs) {
    return same(base, mine) ? theirs : mine;
  }

  private static boolean same(Object a, Object b) {
    String x = a == null || a.toString().isBlank() ? null : a.toString().strip();
    String y = b == null || b.toString().isBlank() ? null : b.toString().strip();
    return Objects.equals(x, y);
  }

  /** Field by field, what differs between these details and others, in words people use. */
  public List<FieldChange> changesTo(PersonDetails other) {
    List<FieldChange> changes = new ArrayList<>();
    compare(changes, "First name", givenName, other.givenName);
    compare(changes, "Last name", familyName, other.familyName);
    compare(changes, "Preferred name", preferredName, other.preferredName);
    compare(changes, "Date of birth", dateOfBirth, other.dateOfBirth);
    compare(changes, "Sex", label(sex), label(other.sex));
    compare(changes, "Gender", gender, other.gender);
    compare(changes, "Email", email, other.email);
    compare(changes, "Language", language, other.language);
    compare(changes, "Interpreter needed", interpreterNeeded, other.interpreterNeeded);
    compare(changes, "Accessibility needs", accessibilityNeeds, other.accessibilityNeeds);
    return changes;
  }

  private static String label(Sex sex) {
    return sex == null ? null : sex.getLabel();
  }

  private static void compare(List<FieldChange> changes, String field, Object a, Object b) {
    if (!same(a, b)) {
      changes.add(new FieldChange(field, a, b));
    }
  }

  public String getGivenName() {
    return givenName;
  }

  public void setGivenName(String givenName) {
    this.givenName = givenName;
  }

  public String getFamilyName() {
    return familyName;
  }

  public void setFamilyName(String familyName) {
    this.familyName = familyName;
  }

  public String getPreferredName() {
    return preferredName;
  }

  public void setPreferredName(String preferredName) {
    this.preferredName = preferredName;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(LocalDate dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public Sex getSex() {
    return sex;
  }

  public void setSex(Sex sex) {
    this.sex = sex;
  }

  public String getGender() {
    return gender;
  }

  public void setGender(String gender) {
    this.gender = gender;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public boolean isInterpreterNeeded() {
    return interpreterNeeded;
  }

  public void setInterpreterNeeded(boolean interpreterNeeded) {
    this.interpreterNeeded = interpreterNeeded;
  }

  public String getAccessibilityNeeds() {
    return accessibilityNeeds;
  }

  public void setAccessibilityNeeds(String accessibilityNeeds) {
    this.accessibilityNeeds = accessibilityNeeds;
  }

  public PersonDetails getOriginal() {
    return original;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}

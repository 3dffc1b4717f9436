package org.totalplace.person.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.totalplace.platform.entity.PlainText;

/** What a worker must tell us to create a record; the messages are shown next to the field. */
public class NewPerson implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotBlank(message = "Enter the person's first name")
  @Size(max = 100, message = "First name must be 100 characters or fewer")
  @Pattern(regexp = PersonDetails.NAME, message = PersonDetails.NAME_MESSAGE)
  @PlainText("the first name")
  private String givenName;

  @NotBlank(message = "Enter the person's last name")
  @Size(max = 100, message = "Last name must be 100 characters or fewer")
  @Pattern(regexp = PersonDetails.NAME, message = PersonDetails.NAME_MESSAGE)
  @PlainText("the last name")
  private String familyName;

  private Sex sex;

  /** Optional; checked against its Modulus 11 check digit. */
  private String nhsNumber;

  /** Optional; checked for a real prefix and suffix. */
  private String niNumber;

  @NotNull(message = "Enter the person's date of birth")
  @BirthDate
  private LocalDate dateOfBirth;

  @Pattern(
      regexp = "\\s*|" + Postcodes.PATTERN,
      message = "Enter a real UK postcode, like SW1A 1AA")
  private String postcode;

  public NewPerson() {}

  public NewPerson(String givenName, String familyName, LocalDate dateOfBirth, String postcode) {
    this.givenName = givenName;
    this.familyName = familyName;
    this.dateOfBirth = dateOfBirth;
    this.postcode = postcode;
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

  public String getNhsNumber() {
    return nhsNumber;
  }

  public void setNhsNumber(String nhsNumber) {
    this.nhsNumber = nhsNumber;
  }

  public String getNiNumber() {
    return niNumber;
  }

  public void setNiNumber(String niNumber) {
    this.niNumber = niNumber;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }
}

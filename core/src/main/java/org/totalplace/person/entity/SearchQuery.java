package org.totalplace.person.entity;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a worker searches by: a name (typos allowed) or an identifier, a date of birth, a postcode.
 */
public class SearchQuery implements Serializable {
  private static final long serialVersionUID = 1L;

  @Size(max = 100, message = "Search for 100 characters or fewer")
  private String text;

  @PastOrPresent(message = "Date of birth must be in the past")
  private LocalDate dateOfBirth;

  @Pattern(
      regexp = "\\s*|" + Postcodes.PATTERN,
      message = "Enter a real UK postcode, like SW1A 1AA")
  private String postcode;

  public SearchQuery() {}

  public SearchQuery(String text, LocalDate dateOfBirth, String postcode) {
    this.text = text;
    this.dateOfBirth = dateOfBirth;
    this.postcode = postcode;
  }

  public boolean isEmpty() {
    return (text == null || text.isBlank())
        && dateOfBirth == null
        && (postcode == null || postcode.isBlank());
  }

  @Override
  public String toString() {
    return "\""
        + (text == null ? "" : text.strip())
        + "\""
        + (dateOfBirth == null ? "" : " born " + dateOfBirth)
        + (postcode == null || postcode.isBlank() ? "" : " at " + postcode.strip());
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(LocalDate dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }
}

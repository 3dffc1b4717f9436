package org.totalplace.person.entity;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A change of circumstances, told once: a new address, phone number, custody status or a death.
 * Each involved agency is told what changed. Leave a field empty to leave it as it is.
 */
public class Circumstances implements Serializable {
  private static final long serialVersionUID = 1L;

  @Size(max = 300, message = "The address must be 300 characters or fewer")
  private String addressLine;

  @Pattern(
      regexp = "\\s*|" + Postcodes.PATTERN,
      message = "Enter a real UK postcode, like SW1A 1AA")
  private String postcode;

  @PastOrPresent(message = "The move date cannot be in the future")
  private LocalDate movedIn;

  @Pattern(
      regexp = "\\s*|\\+?[0-9 ()-]{7,20}",
      message = "Enter a phone number like 01632 960 001 or +44 7700 900 123")
  private String phone;

  private CustodyStatus custodyStatus;

  @PastOrPresent(message = "The date of death cannot be in the future")
  private LocalDate dateOfDeath;

  private int version;

  public boolean isAddressChange() {
    return addressLine != null && !addressLine.isBlank();
  }

  public String getAddressLine() {
    return addressLine;
  }

  public void setAddressLine(String addressLine) {
    this.addressLine = addressLine;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  public LocalDate getMovedIn() {
    return movedIn;
  }

  public void setMovedIn(LocalDate movedIn) {
    this.movedIn = movedIn;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public CustodyStatus getCustodyStatus() {
    return custodyStatus;
  }

  public void setCustodyStatus(CustodyStatus custodyStatus) {
    this.custodyStatus = custodyStatus;
  }

  public LocalDate getDateOfDeath() {
    return dateOfDeath;
  }

  public void setDateOfDeath(LocalDate dateOfDeath) {
    this.dateOfDeath = dateOfDeath;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}

package org.totalplace.sharing.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The person's consent (or refusal) to some agencies, or another lawful basis for them. */
public class NewBasis implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotEmpty(message = "Choose at least one agency")
  private List<String> agencies = new ArrayList<>();

  @NotNull(message = "Choose the lawful basis")
  private LawfulBasis basis;

  /** Only for consent: given or refused. */
  private ConsentStatus consent;

  @NotBlank(message = "Say what the information will be used for")
  @Size(max = 200, message = "The purpose must be 200 characters or fewer")
  private String purpose;

  @NotNull(message = "Enter the date it was given")
  @PastOrPresent(message = "The date cannot be in the future")
  private LocalDate givenOn;

  private LocalDate expiresOn;

  public List<String> getAgencies() {
    return agencies;
  }

  public void setAgencies(List<String> agencies) {
    this.agencies = agencies == null ? new ArrayList<>() : new ArrayList<>(agencies);
  }

  public LawfulBasis getBasis() {
    return basis;
  }

  public void setBasis(LawfulBasis basis) {
    this.basis = basis;
  }

  public ConsentStatus getConsent() {
    return consent;
  }

  public void setConsent(ConsentStatus consent) {
    this.consent = consent;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public LocalDate getGivenOn() {
    return givenOn;
  }

  public void setGivenOn(LocalDate givenOn) {
    this.givenOn = givenOn;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }
}

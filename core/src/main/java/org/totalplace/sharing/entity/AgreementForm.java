package org.totalplace.sharing.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** An agreement line as an agency admin writes it: what their agency shares with another. */
public class AgreementForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotBlank(message = "Choose the agency to share with")
  private String toAgency;

  @NotNull(message = "Choose what category of information")
  private Sensitivity sensitivity;

  @NotBlank(message = "Say what the sharing is for")
  @Size(max = 200, message = "The purpose must be 200 characters or fewer")
  private String purpose;

  @NotNull(message = "Choose the lawful basis")
  private LawfulBasis lawfulBasis;

  @NotNull(message = "Enter the date the agreement starts")
  private LocalDate validFrom;

  private LocalDate validTo;

  public String getToAgency() {
    return toAgency;
  }

  public void setToAgency(String toAgency) {
    this.toAgency = toAgency;
  }

  public Sensitivity getSensitivity() {
    return sensitivity;
  }

  public void setSensitivity(Sensitivity sensitivity) {
    this.sensitivity = sensitivity;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public LawfulBasis getLawfulBasis() {
    return lawfulBasis;
  }

  public void setLawfulBasis(LawfulBasis lawfulBasis) {
    this.lawfulBasis = lawfulBasis;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public void setValidTo(LocalDate validTo) {
    this.validTo = validTo;
  }
}

package org.totalplace.person.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.totalplace.platform.entity.PlainText;
import org.totalplace.sharing.entity.Sensitivity;

/** What a worker adds to the person's chronology for their agency. */
public class NewEntry implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotNull(message = "Choose what kind of entry this is")
  private EntryKind kind;

  @NotNull(message = "Choose how sensitive this entry is")
  private Sensitivity sensitivity;

  @NotBlank(message = "Enter a short summary")
  @Size(max = 200, message = "The summary must be 200 characters or fewer")
  @PlainText("the summary")
  private String summary;

  @Size(max = 4000, message = "The detail must be 4000 characters or fewer")
  private String detail;

  @PastOrPresent(message = "The date cannot be in the future")
  private LocalDate occurredOn;

  public NewEntry() {}

  public NewEntry(EntryKind kind, Sensitivity sensitivity, String summary, String detail) {
    this.kind = kind;
    this.sensitivity = sensitivity;
    this.summary = summary;
    this.detail = detail;
  }

  public EntryKind getKind() {
    return kind;
  }

  public void setKind(EntryKind kind) {
    this.kind = kind;
  }

  public Sensitivity getSensitivity() {
    return sensitivity;
  }

  public void setSensitivity(Sensitivity sensitivity) {
    this.sensitivity = sensitivity;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getDetail() {
    return detail;
  }

  public void setDetail(String detail) {
    this.detail = detail;
  }

  public LocalDate getOccurredOn() {
    return occurredOn;
  }

  public void setOccurredOn(LocalDate occurredOn) {
    this.occurredOn = occurredOn;
  }
}

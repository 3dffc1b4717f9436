package org.totalplace.referral.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.totalplace.platform.entity.PlainText;

/** What a worker says when referring a person to another agency's service. */
public class NewReferral implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotNull(message = "Choose the person to refer")
  private Long personId;

  @NotNull(message = "Choose the service to refer to")
  private Long serviceId;

  @NotNull(message = "Choose how urgent this is")
  private Urgency urgency;

  @NotBlank(message = "Say why you are referring this person")
  @Size(max = 2000, message = "The reason must be 2000 characters or fewer")
  @PlainText("the reason")
  private String reason;

  public NewReferral() {}

  public NewReferral(Long personId, Long serviceId, Urgency urgency, String reason) {
    this.personId = personId;
    this.serviceId = serviceId;
    this.urgency = urgency;
    this.reason = reason;
  }

  public Long getPersonId() {
    return personId;
  }

  public void setPersonId(Long personId) {
    this.personId = personId;
  }

  public Long getServiceId() {
    return serviceId;
  }

  public void setServiceId(Long serviceId) {
    this.serviceId = serviceId;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public void setUrgency(Urgency urgency) {
    this.urgency = urgency;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}

package org.totalplace.directory.entity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.totalplace.sharing.entity.Sensitivity;

/**
 * A service as an agency admin describes it, on the page or in an imported file: the same rules
 * apply to both.
 */
public class ServiceForm implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A new service's target to decide, in working hours: two working days. */
  public static final int DEFAULT_RESPONSE_HOURS = 16;

  @NotBlank(message = "Enter the name of the service")
  @Size(max = 200, message = "The name must be 200 characters or fewer")
  private String name;

  @NotBlank(message = "Say what the service offers")
  @Size(max = 1000, message = "The description must be 1000 characters or fewer")
  private String description;

  @Size(max = 1000, message = "Who it is for must be 1000 characters or fewer")
  private String eligibility;

  @Size(max = 1000, message = "How to refer must be 1000 characters or fewer")
  private String howToRefer;

  @NotNull(message = "Enter the response time in working hours")
  @Min(value = 1, message = "The response time must be at least 1 working hour")
  @Max(value = 400, message = "The response time must be 400 working hours or fewer")
  private Integer responseWorkingHours = DEFAULT_RESPONSE_HOURS;

  @Min(value = 0, message = "The waiting time cannot be negative")
  @Max(value = 104, message = "The waiting time must be 104 weeks or fewer")
  private Integer waitingWeeks;

  @jakarta.validation.constraints.Size(
      max = 200,
      message = "The waiting time as written must be 200 characters or fewer")
  private String waitingNote;

  @Min(value = 0, message = "The places free cannot be negative")
  @Max(value = 100000, message = "The places free must be 100000 or fewer")
  private Integer capacity;

  private boolean acceptingReferrals = true;

  @Size(max = 200, message = "The contact name must be 200 characters or fewer")
  private String contactName;

  @Email(message = "Enter an email address like name@example.org")
  @Size(max = 200, message = "The email address must be 200 characters or fewer")
  private String contactEmail;

  @Pattern(
      regexp = "^$|^\\+?[0-9 ()-]{3,40}$",
      message = "Enter a phone number using digits, spaces and brackets only")
  private String contactPhone;

  private Sensitivity sensitivity;

  /** Postcode districts as typed ("LS1, LS2"); empty for the whole place. */
  @Size(max = 1000, message = "List fewer districts")
  private String areas;

  /** Codes of the needs it meets. */
  private List<String> needs = new ArrayList<>();

  /** Where it is delivered; null leaves the locations as they are (the page does not edit them). */
  private List<ServiceLocation> locations;

  /** The version the admin saw, so a change on a stale copy is refused. */
  private Integer version;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getEligibility() {
    return eligibility;
  }

  public void setEligibility(String eligibility) {
    this.eligibility = eligibility;
  }

  public String getHowToRefer() {
    return howToRefer;
  }

  public void setHowToRefer(String howToRefer) {
    this.howToRefer = howToRefer;
  }

  public Integer getResponseWorkingHours() {
    return responseWorkingHours;
  }

  public void setResponseWorkingHours(Integer responseWorkingHours) {
    this.responseWorkingHours = responseWorkingHours;
  }

  public Integer getWaitingWeeks() {
    return waitingWeeks;
  }

  public void setWaitingWeeks(Integer waitingWeeks) {
    this.waitingWeeks = waitingWeeks;
  }

  public String getWaitingNote() {
    return waitingNote;
  }

  public void setWaitingNote(String waitingNote) {
    this.waitingNote = waitingNote;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public boolean isAcceptingReferrals() {
    return acceptingReferrals;
  }

  public void setAcceptingReferrals(boolean acceptingReferrals) {
    this.acceptingReferrals = acceptingReferrals;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public Sensitivity getSensitivity() {
    return sensitivity;
  }

  public void setSensitivity(Sensitivity sensitivity) {
    this.sensitivity = sensitivity;
  }

  public String getAreas() {
    return areas;
  }

  public void setAreas(String areas) {
    this.areas = areas;
  }

  public List<String> getNeeds() {
    return needs;
  }

  public void setNeeds(List<String> needs) {
    this.needs = needs == null ? new ArrayList<>() : new ArrayList<>(needs);
  }

  public List<ServiceLocation> getLocations() {
    return locations;
  }

  public void setLocations(List<ServiceLocation> locations) {
    this.locations = locations;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }
}

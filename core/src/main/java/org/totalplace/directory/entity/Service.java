package org.totalplace.directory.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.totalplace.sharing.entity.Sensitivity;

/** Something an agency offers that people can be referred to, as the directory describes it. */
@Entity
@NamedQuery(
    name = "Service.all",
    query = "select s from Service s join fetch s.agency order by s.agency.name, s.name")
@NamedQuery(
    name = "Service.ofAgency",
    query = "select s from Service s where s.agency.code = :agency order by s.name")
@NamedQuery(
    name = "Service.byIds",
    query = "select s from Service s join fetch s.agency where s.id in :ids")
@NamedQuery(
    name = "Service.byExternalId",
    query = "select s from Service s where s.agency.code = :agency and s.externalId = :externalId")
@NamedQuery(
    name = "Service.byName",
    query = "select s from Service s where s.agency.code = :agency and lower(s.name) = :name")
public class Service implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "agency_code")
  private Agency agency;

  private String name;

  /** How sensitive it is that someone was referred here (a drug service says a lot). */
  @Enumerated(EnumType.STRING)
  private Sensitivity sensitivity = Sensitivity.GENERAL;

  @Column(length = 1000)
  private String description;

  /** The service's target to accept or decline a referral, in working hours. */
  @Column(name = "response_working_hours")
  private int responseWorkingHours = 16;

  /** A closed service takes no new referrals; its open ones carry on. */
  @Column(name = "accepting_referrals")
  private boolean acceptingReferrals = true;

  /** Its id in the directory it was imported from (or exported to), so a re-import updates it. */
  @Column(name = "external_id")
  private String externalId = UUID.randomUUID().toString();

  private String eligibility;

  @Column(name = "how_to_refer")
  private String howToRefer;

  /** How long people wait now to be seen, in weeks; null when the service does not say. */
  @Column(name = "waiting_weeks")
  private Integer waitingWeeks;

  /** The waiting time in the words of an imported file that gives no number of weeks. */
  @Column(name = "waiting_note")
  private String waitingNote;

  /** Places free now; null when the service does not count them. */
  private Integer capacity;

  @Column(name = "contact_name")
  private String contactName;

  @Column(name = "contact_email")
  private String contactEmail;

  @Column(name = "contact_phone")
  private String contactPhone;

  @ManyToMany
  @JoinTable(
      name = "service_taxonomy",
      joinColumns = @JoinColumn(name = "service_id"),
      inverseJoinColumns = @JoinColumn(name = "term_id"))
  private Set<TaxonomyTerm> needs = new LinkedHashSet<>();

  /** Postcode districts covered; none means the whole place. */
  @ElementCollection
  @CollectionTable(name = "service_area", joinColumns = @JoinColumn(name = "service_id"))
  @Column(name = "postcode_district")
  private Set<String> districts = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "service_location", joinColumns = @JoinColumn(name = "service_id"))
  private List<ServiceLocation> locations = new ArrayList<>();

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Version private int version;

  protected Service() {}

  public Service(Agency agency, String name, String description) {
    this.agency = agency;
    this.name = name;
    this.description = description;
  }

  /** A new service of an agency, with the id it has in another directory if it came from one. */
  public static Service added(Agency agency, String externalId, Sensitivity sensitivity) {
    Service service = new Service(agency, null, null);
    if (externalId != null) {
      service.externalId = externalId;
    }
    service.sensitivity = sensitivity;
    return service;
  }

  /** Takes what an admin or an imported file says about the service. */
  public void describe(ServiceForm form, Set<TaxonomyTerm> terms, String by, Instant at) {
    name = form.getName().strip();
    description = strip(form.getDescription());
    eligibility = strip(form.getEligibility());
    howToRefer = strip(form.getHowToRefer());
    responseWorkingHours = form.getResponseWorkingHours();
    waitingWeeks = form.getWaitingWeeks();
    waitingNote = waitingWeeks == null ? strip(form.getWaitingNote()) : null;
    capacity = form.getCapacity();
    acceptingReferrals = form.isAcceptingReferrals();
    contactName = strip(form.getContactName());
    contactEmail = strip(form.getContactEmail());
    contactPhone = strip(form.getContactPhone());
    if (form.getSensitivity() != null) {
      sensitivity = form.getSensitivity();
    }
    Set<String> areas = Districts.parse(form.getAreas()).districts();
    districts.retainAll(areas);
    districts.addAll(areas);
    needs.retainAll(terms);
    needs.addAll(terms);
    if (form.getLocations() != null && !form.getLocations().equals(locations)) {
      locations.clear();
      locations.addAll(form.getLocations());
    }
    touched(by, at);
  }

  /** Takes the id the service has in a directory loaded for the first time. */
  public void adopt(String externalId) {
    this.externalId = externalId;
  }

  /** Opens or closes the service to new referrals. */
  public void accepting(boolean accepting, String by, Instant at) {
    acceptingReferrals = accepting;
    touched(by, at);
  }

  private void touched(String by, Instant at) {
    // Always a change to a column of this row, so every edit raises the version.
    updatedBy = by;
    updatedAt = at;
  }

  private static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The form an admin edits, filled with what the directory says now. */
  public ServiceForm toForm() {
    ServiceForm form = new ServiceForm();
    form.setName(name);
    form.setDescription(description);
    form.setEligibility(eligibility);
    form.setHowToRefer(howToRefer);
    form.setResponseWorkingHours(responseWorkingHours);
    form.setWaitingWeeks(waitingWeeks);
    form.setWaitingNote(waitingNote);
    form.setCapacity(capacity);
    form.setAcceptingReferrals(acceptingReferrals);
    form.setContactName(contactName);
    form.setContactEmail(contactEmail);
    form.setContactPhone(contactPhone);
    form.setSensitivity(sensitivity);
    form.setAreas(String.join(", ", getDistricts()));
    form.setNeeds(getNeeds().stream().map(TaxonomyTerm::getCode).toList());
    form.setLocations(List.copyOf(getLocations()));
    form.setVersion(version);
    return form;
  }

  /** Takes new referrals now: open, and not known to be full. */
  public boolean isAvailable() {
    return acceptingReferrals && (capacity == null || capacity > 0);
  }

  public boolean isWholePlace() {
    return districts.isEmpty();
  }

  public Long getId() {
    return id;
  }

  public Agency getAgency() {
    return agency;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public Sensitivity getSensitivity() {
    return sensitivity;
  }

  public int getResponseWorkingHours() {
    return responseWorkingHours;
  }

  public void setResponseWorkingHours(int responseWorkingHours) {
    this.responseWorkingHours = responseWorkingHours;
  }

  public boolean isAcceptingReferrals() {
    return acceptingReferrals;
  }

  public void setAcceptingReferrals(boolean acceptingReferrals) {
    this.acceptingReferrals = acceptingReferrals;
  }

  public String getExternalId() {
    return externalId;
  }

  public String getEligibility() {
    return eligibility;
  }

  public String getHowToRefer() {
    return howToRefer;
  }

  public Integer getWaitingWeeks() {
    return waitingWeeks;
  }

  public String getWaitingNote() {
    return waitingNote;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  /** The needs it meets, by name. */
  public List<TaxonomyTerm> getNeeds() {
    return needs.stream().sorted(Comparator.comparing(TaxonomyTerm::getName)).toList();
  }

  /** The districts it covers, LS2 before LS11. */
  public List<String> getDistricts() {
    return districts.stream().sorted(Districts::compare).toList();
  }

  public List<ServiceLocation> getLocations() {
    return locations.stream()
        .sorted(Comparator.comparingInt(ServiceLocation::getPosition))
        .toList();
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

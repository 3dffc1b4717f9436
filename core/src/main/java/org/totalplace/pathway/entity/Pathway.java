package org.totalplace.pathway.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.totalplace.caseload.entity.RiskTier;
import org.totalplace.platform.entity.Caller;

/** One person's transition, planned by several agencies under one lead professional. */
@Entity
@NamedQuery(
    name = "Pathway.forPerson",
    query = "select p from Pathway p where p.personId in :people order by p.keyDate desc")
@NamedQuery(
    name = "Pathway.forPersonAndAgency",
    query =
        "select p from Pathway p where p.personId = :person and (p.leadAgency = :agency or"
            + " exists (select s from PathwayStep s where s.pathwayId = p.id and s.agency ="
            + " :agency)) order by p.keyDate desc")
@NamedQuery(
    name = "Pathway.ofAgency",
    query =
        "select p from Pathway p where p.leadAgency = :agency or exists (select s from"
            + " PathwayStep s where s.pathwayId = p.id and s.agency = :agency)"
            + " order by p.keyDate desc")
public class Pathway implements Serializable {
  private static final long serialVersionUID = 1L;

  public enum Status {
    PLANNED("Planning starts later"),
    ACTIVE("Planning"),
    IN_PLACE("Everything in place"),
    CLOSED("Closed");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private PathwayKind kind;

  @Column(name = "person_id")
  private long personId;

  @Column(name = "lead_username")
  private String leadUsername;

  @Column(name = "lead_name")
  private String leadName;

  @Column(name = "lead_agency")
  private String leadAgency;

  @Column(name = "key_date")
  private LocalDate keyDate;

  @Column(name = "starts_on")
  private LocalDate startsOn;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "risk_tier")
  private RiskTier riskTier = RiskTier.MEDIUM;

  @Version private int version;

  protected Pathway() {}

  public Pathway(PathwayKind kind, long personId, Caller lead, LocalDate keyDate, Instant at) {
    this.kind = kind;
    this.personId = personId;
    this.leadUsername = lead.getUsername();
    this.leadName = lead.getDisplayName();
    this.leadAgency = lead.getAgency();
    this.keyDate = keyDate;
    this.startsOn = kind.planningStartsFor(keyDate);
    this.status = Status.PLANNED;
    this.createdAt = at;
    this.createdBy = lead.getUsername();
  }

  public void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public void planningStarted() {
    if (status == Status.PLANNED) {
      status = Status.ACTIVE;
    }
  }

  public void inPlace() {
    status = Status.IN_PLACE;
  }

  /** How much risk the lead carries with this pathway, which weighs their caseload. */
  public void rated(RiskTier tier) {
    this.riskTier = tier;
  }

  /** A team lead moves the pathway to another worker of the lead agency. */
  public void ledBy(String username, String displayName) {
    this.leadUsername = username;
    this.leadName = displayName;
  }

  public RiskTier getRiskTier() {
    return riskTier;
  }

  public boolean isLedBy(Caller caller) {
    return caller.getUsername().equals(leadUsername);
  }

  public Long getId() {
    return id;
  }

  public PathwayKind getKind() {
    return kind;
  }

  public long getPersonId() {
    return personId;
  }

  public String getLeadUsername() {
    return leadUsername;
  }

  public String getLeadName() {
    return leadName;
  }

  public String getLeadAgency() {
    return leadAgency;
  }

  public LocalDate getKeyDate() {
    return keyDate;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public Status getStatus() {
    return status;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public int getVersion() {
    return version;
  }
}

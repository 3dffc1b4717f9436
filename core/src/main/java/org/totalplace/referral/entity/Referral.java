package org.totalplace.referral.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import org.totalplace.directory.entity.Service;
import org.totalplace.person.entity.Person;
import org.totalplace.platform.entity.Caller;

/**
 * A request from one agency that a service of another agency work with a person. Only the two
 * agencies involved may see it; only the receiving one may decide it.
 */
@Entity
@NamedQuery(
    name = "Referral.awaitingDecisionBy",
    query =
        "select r from Referral r join fetch r.person join fetch r.service"
            + " where r.toAgency = :agency and r.status = :status order by r.sentAt")
@NamedQuery(
    name = "Referral.byId",
    query =
        "select r from Referral r join fetch r.person join fetch r.service s join fetch s.agency"
            + " where r.id = :id")
@NamedQuery(
    name = "Referral.countAwaitingDecisionBy",
    query = "select count(r) from Referral r where r.toAgency = :agency and r.status = :status")
@NamedQuery(
    name = "Referral.sentBy",
    query =
        "select r from Referral r join fetch r.person join fetch r.service"
            + " where r.fromAgency = :agency order by r.statusChangedAt desc, r.id desc")
@NamedQuery(
    name = "Referral.forPersonSeenBy",
    query =
        "select r from Referral r join fetch r.service"
            + " where r.person.id = :person and (r.fromAgency = :agency or r.toAgency = :agency)"
            + " order by r.sentAt desc")
public class Referral implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Person person;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Service service;

  @Column(name = "from_agency")
  private String fromAgency;

  @Column(name = "to_agency")
  private String toAgency;

  @Enumerated(EnumType.STRING)
  private Urgency urgency;

  private String reason;

  @Enumerated(EnumType.STRING)
  private ReferralStatus status;

  @Column(name = "decline_reason")
  private String declineReason;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "sent_by")
  private String sentBy;

  @Column(name = "status_changed_at")
  private Instant statusChangedAt;

  @Column(name = "status_changed_by")
  private String statusChangedBy;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Version private int version;

  protected Referral() {}

  /** A new referral from the caller's agency; the caller must belong to an agency. */
  public Referral(
      Person person, Service service, Caller sender, Urgency urgency, String reason, Instant at) {
    if (sender.getAgency() == null) {
      throw new IllegalArgumentException("a referral is sent by an agency");
    }
    if (sender.belongsTo(service.getAgency().getCode())) {
      throw new IllegalArgumentException("a referral goes to another agency");
    }
    this.person = person;
    this.service = service;
    this.fromAgency = sender.getAgency();
    this.toAgency = service.getAgency().getCode();
    this.urgency = urgency;
    this.reason = reason.strip();
    this.status = ReferralStatus.SENT;
    this.sentAt = at;
    this.sentBy = sender.getUsername();
    this.statusChangedAt = at;
    this.statusChangedBy = sender.getUsername();
  }

  /** Whether the caller's agency sent or received it; nobody else may know it exists. */
  public boolean isVisibleTo(Caller caller) {
    return caller.belongsTo(fromAgency) || caller.belongsTo(toAgency);
  }

  public boolean isDecidableBy(Caller caller) {
    return caller.belongsTo(toAgency) && caller.worksWithPeople();
  }

  public void accept(Caller caller, Instant at) {
    changeStatus(ReferralStatus.ACCEPTED, caller, at);
  }

  public void decline(Caller caller, String reason, Instant at) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a decline needs a reason");
    }
    changeStatus(ReferralStatus.DECLINED, caller, at);
    this.declineReason = reason.strip();
  }

  private void changeStatus(ReferralStatus next, Caller caller, Instant at) {
    if (status != ReferralStatus.SENT) {
      throw new IllegalStateException("referral " + id + " is already " + status);
    }
    if (!isDecidableBy(caller)) {
      throw new IllegalArgumentException(caller + " cannot decide referral " + id);
    }
    this.status = next;
    this.statusChangedAt = at;
    this.statusChangedBy = caller.getUsername();
  }

  public void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long getId() {
    return id;
  }

  public Person getPerson() {
    return person;
  }

  public Service getService() {
    return service;
  }

  public String getFromAgency() {
    return fromAgency;
  }

  public String getToAgency() {
    return toAgency;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public String getReason() {
    return reason;
  }

  public ReferralStatus getStatus() {
    return status;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public String getSentBy() {
    return sentBy;
  }

  public Instant getStatusChangedAt() {
    return statusChangedAt;
  }

  public String getStatusChangedBy() {
    return statusChangedBy;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public int getVersion() {
    return version;
  }
}

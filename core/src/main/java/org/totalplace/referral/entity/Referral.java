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
 * agencies involved may see it. The sender drafts, sends, answers questions and may withdraw; the
 * receiver acknowledges, decides, starts and completes. Each step is a method here that refuses a
 * step out of turn, so no page or API can skip one.
 */
@Entity
@NamedQuery(
    name = "Referral.byId",
    query =
        "select r from Referral r join fetch r.person join fetch r.service s join fetch s.agency"
            + " where r.id = :id")
@NamedQuery(
    name = "Referral.byIds",
    query =
        "select r from Referral r join fetch r.person join fetch r.service s join fetch s.agency"
            + " where r.id in :ids order by r.createdAt, r.id")
@NamedQuery(
    name = "Referral.sentBy",
    query =
        "select r from Referral r join fetch r.person join fetch r.service"
            + " where r.fromAgency = :agency and r.status <> :draft"
            + " order by r.statusChangedAt desc, r.id desc")
@NamedQuery(
    name = "Referral.forPersonSeenBy",
    query =
        "select r from Referral r join fetch r.service"
            + " where r.person.id = :person and (r.fromAgency = :agency or r.toAgency = :agency)"
            + " order by r.createdAt desc")
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

  @Column(name = "decline_code")
  @Enumerated(EnumType.STRING)
  private DeclineReason declineCode;

  @Column(name = "decline_reason")
  private String declineReason;

  @Column(name = "information_request")
  private String informationRequest;

  private String outcome;

  private String assignee;

  @Column(name = "assignee_name")
  private String assigneeName;

  @Column(name = "rerouted_from")
  private Long reroutedFrom;

  @Column(name = "pathway_step_id")
  private Long pathwayStepId;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "sent_by")
  private String sentBy;

  @Column(name = "acknowledge_due_at")
  private Instant acknowledgeDueAt;

  @Column(name = "decide_due_at")
  private Instant decideDueAt;

  @Column(name = "received_at")
  private Instant receivedAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "last_activity_at")
  private Instant lastActivityAt;

  @Column(name = "status_changed_at")
  private Instant statusChangedAt;

  @Column(name = "status_changed_by")
  private String statusChangedBy;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Version private int version;

  protected Referral() {}

  /** A draft from the caller's agency; the caller must belong to an agency. */
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
    this.status = ReferralStatus.DRAFT;
    this.createdAt = at;
    this.sentBy = sender.getUsername();
    this.lastActivityAt = at;
    this.statusChangedAt = at;
    this.statusChangedBy = sender.getUsername();
  }

  /** Whether the caller's agency sent or received it; nobody else may know it exists. */
  public boolean isVisibleTo(Caller caller) {
    if (status == ReferralStatus.DRAFT) {
      return caller.belongsTo(fromAgency);
    }
    return caller.belongsTo(fromAgency) || caller.belongsTo(toAgency);
  }

  public boolean isSentBy(Caller caller) {
    return caller.belongsTo(fromAgency) && caller.worksWithPeople();
  }

  public boolean isReceivedBy(Caller caller) {
    return caller.belongsTo(toAgency) && caller.worksWithPeople();
  }

  /** Kept for the decision pages: the receiving agency decides. */
  public boolean isDecidableBy(Caller caller) {
    return isReceivedBy(caller);
  }

  public void send(Caller caller, Instant at, Instant acknowledgeDue) {
    requireSender(caller);
    move(ReferralStatus.DRAFT, ReferralStatus.SENT, caller, at);
    this.sentAt = at;
    this.sentBy = caller.getUsername();
    this.acknowledgeDueAt = acknowledgeDue;
  }

  public void acknowledge(Caller caller, Instant at, Instant decideDue) {
    requireReceiver(caller);
    move(ReferralStatus.SENT, ReferralStatus.RECEIVED, caller, at);
    this.receivedAt = at;
    this.decideDueAt = decideDue;
    if (assignee == null) {
      assignTo(caller.getUsername(), caller.getDisplayName());
    }
  }

  public void accept(Caller caller, Instant at) {
    requireReceiver(caller);
    move(ReferralStatus.RECEIVED, ReferralStatus.ACCEPTED, caller, at);
    this.acceptedAt = at;
    if (assignee == null) {
      assignTo(caller.getUsername(), caller.getDisplayName());
    }
  }

  public void decline(Caller caller, DeclineReason code, String reason, Instant at) {
    if (code == null || reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a decline needs a coded reason and an explanation");
    }
    requireReceiver(caller);
    move(ReferralStatus.RECEIVED, ReferralStatus.DECLINED, caller, at);
    this.declineCode = code;
    this.declineReason = reason.strip();
    this.closedAt = at;
  }

  public void askForInformation(Caller caller, String question, Instant at) {
    requireReceiver(caller);
    move(ReferralStatus.RECEIVED, ReferralStatus.INFORMATION_REQUESTED, caller, at);
    this.informationRequest = question.strip();
  }

  public void provideInformation(Caller caller, Instant at, Instant decideDue) {
    requireSender(caller);
    move(ReferralStatus.INFORMATION_REQUESTED, ReferralStatus.RECEIVED, caller, at);
    this.decideDueAt = decideDue;
  }

  public void start(Caller caller, Instant at) {
    requireReceiver(caller);
    move(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, caller, at);
    this.startedAt = at;
  }

  public void complete(Caller caller, boolean completed, String outcome, Instant at) {
    requireReceiver(caller);
    move(
        ReferralStatus.IN_PROGRESS,
        completed ? ReferralStatus.COMPLETED : ReferralStatus.NOT_COMPLETED,
        caller,
        at);
    this.outcome = outcome.strip();
    this.closedAt = at;
  }

  public void withdraw(Caller caller, Instant at) {
    requireSender(caller);
    if (!status.isOpen() && status != ReferralStatus.DRAFT) {
      throw new IllegalStateException("referral " + id + " is " + status + ", not open");
    }
    move(status, ReferralStatus.WITHDRAWN, caller, at);
    this.closedAt = at;
  }

  /** Someone did something on it: the inactivity clock starts again. */
  public void touched(Instant at) {
    this.lastActivityAt = at;
  }

  public void assignTo(String username, String displayName) {
    this.assignee = username;
    this.assigneeName = displayName;
  }

  public void handBack() {
    this.assignee = null;
    this.assigneeName = null;
  }

  /** A new referral carrying this one on after a decline. */
  public void reroutedFrom(Referral declined) {
    this.reroutedFrom = declined.getId();
    this.pathwayStepId = declined.getPathwayStepId();
  }

  public void forPathwayStep(Long stepId) {
    this.pathwayStepId = stepId;
  }

  /** When the current step is due, if it runs against a clock. */
  public Instant getDueAt() {
    return switch (status) {
      case SENT -> acknowledgeDueAt;
      case RECEIVED -> decideDueAt;
      default -> null;
    };
  }

  public boolean isOverdueAt(Instant now) {
    Instant due = getDueAt();
    return due != null && now.isAfter(due);
  }

  private void requireSender(Caller caller) {
    if (!isSentBy(caller)) {
      throw new IllegalArgumentException(caller + " does not act for the sender of " + id);
    }
  }

  private void requireReceiver(Caller caller) {
    if (!isReceivedBy(caller)) {
      throw new IllegalArgumentException(caller + " does not act for the receiver of " + id);
    }
  }

  private void move(ReferralStatus from, ReferralStatus to, Caller caller, Instant at) {
    if (status != from) {
      throw new IllegalStateException("referral " + id + " is " + status + ", not " + from);
    }
    this.status = to;
    this.statusChangedAt = at;
    this.statusChangedBy = caller.getUsername();
    this.lastActivityAt = at;
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

  public DeclineReason getDeclineCode() {
    return declineCode;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public String getInformationRequest() {
    return informationRequest;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getAssignee() {
    return assignee;
  }

  public String getAssigneeName() {
    return assigneeName;
  }

  public Long getReroutedFrom() {
    return reroutedFrom;
  }

  public Long getPathwayStepId() {
    return pathwayStepId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public String getSentBy() {
    return sentBy;
  }

  public Instant getAcknowledgeDueAt() {
    return acknowledgeDueAt;
  }

  public Instant getDecideDueAt() {
    return decideDueAt;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public Instant getLastActivityAt() {
    return lastActivityAt;
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

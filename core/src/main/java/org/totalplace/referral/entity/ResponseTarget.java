package org.totalplace.referral.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/** How quickly a referral of one priority must be acknowledged, and who is told when it is not. */
@Entity
@Table(name = "response_target")
@NamedQuery(
    name = "ResponseTarget.all",
    query = "select t from ResponseTarget t order by t.urgency")
public class ResponseTarget implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @Enumerated(EnumType.STRING)
  private Urgency urgency;

  @Column(name = "acknowledge_minutes")
  private int acknowledgeMinutes;

  @Column(name = "warn_before_minutes")
  private int warnBeforeMinutes;

  @Column(name = "sender_escalation_minutes")
  private int senderEscalationMinutes;

  @Column(name = "inactivity_days")
  private int inactivityDays;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Version private int version;

  protected ResponseTarget() {}

  public ResponseTarget(
      Urgency urgency, int acknowledgeMinutes, int warnBefore, int senderEscalation, int idle) {
    this.urgency = urgency;
    this.acknowledgeMinutes = acknowledgeMinutes;
    this.warnBeforeMinutes = warnBefore;
    this.senderEscalationMinutes = senderEscalation;
    this.inactivityDays = idle;
  }

  public void change(
      int acknowledgeMinutes,
      int warnBeforeMinutes,
      int senderEscalationMinutes,
      int inactivityDays,
      String by,
      Instant at) {
    this.acknowledgeMinutes = acknowledgeMinutes;
    this.warnBeforeMinutes = warnBeforeMinutes;
    this.senderEscalationMinutes = senderEscalationMinutes;
    this.inactivityDays = inactivityDays;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public int getAcknowledgeMinutes() {
    return acknowledgeMinutes;
  }

  /** For the settings form; saving goes through ResponseTargets.change, which checks it. */
  public void setAcknowledgeMinutes(int acknowledgeMinutes) {
    this.acknowledgeMinutes = acknowledgeMinutes;
  }

  public int getWarnBeforeMinutes() {
    return warnBeforeMinutes;
  }

  /** For the settings form; saving goes through ResponseTargets.change, which checks it. */
  public void setWarnBeforeMinutes(int warnBeforeMinutes) {
    this.warnBeforeMinutes = warnBeforeMinutes;
  }

  public int getSenderEscalationMinutes() {
    return senderEscalationMinutes;
  }

  /** For the settings form; saving goes through ResponseTargets.change, which checks it. */
  public void setSenderEscalationMinutes(int senderEscalationMinutes) {
    this.senderEscalationMinutes = senderEscalationMinutes;
  }

  public int getInactivityDays() {
    return inactivityDays;
  }

  /** For the settings form; saving goes through ResponseTargets.change, which checks it. */
  public void setInactivityDays(int inactivityDays) {
    this.inactivityDays = inactivityDays;
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

package org.totalplace.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who looked at or changed which personal data, when. Written once, never updated. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Instant at;
  private String username;
  private String agency;
  private String action;

  @Column(name = "subject_type")
  private String subjectType;

  @Column(name = "subject_id")
  private Long subjectId;

  private String detail;

  protected AuditEvent() {}

  public AuditEvent(
      Instant at,
      String username,
      String agency,
      String action,
      String subjectType,
      Long subjectId,
      String detail) {
    this.at = at;
    this.username = username;
    this.agency = agency;
    this.action = action;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getUsername() {
    return username;
  }

  public String getAgency() {
    return agency;
  }

  public String getAction() {
    return action;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public Long getSubjectId() {
    return subjectId;
  }

  public String getDetail() {
    return detail;
  }
}

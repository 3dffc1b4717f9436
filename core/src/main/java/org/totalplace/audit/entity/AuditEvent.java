package org.totalplace.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Who looked at or changed which personal data, when, from where and on what basis. Written once,
 * never updated (the database refuses), and chained to the entry before it by a hash.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Instant at;
  private String username;
  private String agency;
  private String role;
  private String action;

  @Column(name = "subject_type")
  private String subjectType;

  @Column(name = "subject_id")
  private Long subjectId;

  private String detail;
  private String basis;
  private String origin;
  private String changes;

  @Column(name = "chain_seq")
  private Long chainSeq;

  @Column(name = "previous_hash")
  private String previousHash;

  private String hash;

  protected AuditEvent() {}

  public AuditEvent(
      Instant at,
      String username,
      String agency,
      String role,
      String action,
      String subjectType,
      Long subjectId,
      String detail,
      String basis,
      String origin,
      String changes) {
    this.at = at;
    this.username = username;
    this.agency = agency;
    this.role = role;
    this.action = action;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.detail = cut(detail, 500);
    this.basis = cut(basis, 200);
    this.origin = cut(origin, 64);
    this.changes = cut(changes, 4000);
  }

  private static String cut(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }

  /** The fields the hash covers, in a fixed order. */
  public Object[] sealedFields() {
    return new Object[] {
      at, username, agency, role, action, subjectType, subjectId, detail, basis, origin, changes
    };
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

  public String getRole() {
    return role;
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

  public String getBasis() {
    return basis;
  }

  public String getOrigin() {
    return origin;
  }

  public String getChanges() {
    return changes;
  }

  public Long getChainSeq() {
    return chainSeq;
  }

  public String getPreviousHash() {
    return previousHash;
  }

  public String getHash() {
    return hash;
  }
}

package org.totalplace.counting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * Which events cost what: events of a source that pass every test given (a service, a status or
 * pathway step, a phrase, the agency that recorded them) count at a unit cost, once or by length,
 * borne by an agency. A rule is never edited: a change ends it and starts its successor in a new
 * mapping version, so a figure can always be traced to the rules it was computed with.
 */
@Entity
@Table(name = "cost_rule")
@NamedQuery(
    name = "CostRule.current",
    query = "select r from CostRule r where r.toVersion is null order by r.source, r.id")
public class CostRule implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private CostSource source;

  @Column(name = "service_id")
  private Long serviceId;

  @Column(name = "status_key")
  private String statusKey;

  private String phrase;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "unit_cost_code")
  private String unitCostCode;

  @Enumerated(EnumType.STRING)
  private CostBasis basis;

  @Column(name = "borne_by")
  private String borneBy;

  @Column(name = "from_version")
  private int fromVersion;

  @Column(name = "to_version")
  private Integer toVersion;

  protected CostRule() {}

  public CostRule(RuleDraft draft, int fromVersion) {
    this.source = draft.source();
    this.serviceId = draft.serviceId();
    this.statusKey = draft.statusKey();
    this.phrase = draft.phrase();
    this.recordedBy = draft.recordedBy();
    this.unitCostCode = draft.unitCostCode();
    this.basis = draft.basis();
    this.borneBy = draft.borneBy();
    this.fromVersion = fromVersion;
  }

  public void endAt(int version) {
    this.toVersion = version;
  }

  public RuleDraft draft() {
    return new RuleDraft(
        source, serviceId, statusKey, phrase, recordedBy, unitCostCode, basis, borneBy);
  }

  public Long getId() {
    return id;
  }

  public CostSource getSource() {
    return source;
  }

  public Long getServiceId() {
    return serviceId;
  }

  public String getStatusKey() {
    return statusKey;
  }

  public String getPhrase() {
    return phrase;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public String getUnitCostCode() {
    return unitCostCode;
  }

  public CostBasis getBasis() {
    return basis;
  }

  public String getBorneBy() {
    return borneBy;
  }

  public int getFromVersion() {
    return fromVersion;
  }

  public Integer getToVersion() {
    return toVersion;
  }
}

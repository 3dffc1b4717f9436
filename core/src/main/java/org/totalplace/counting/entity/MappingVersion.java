package org.totalplace.counting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One change of the cost mapping: figures computed after it use it, and say so. */
@Entity
@Table(name = "cost_mapping_version")
@NamedQuery(
    name = "MappingVersion.history",
    query = "select v from MappingVersion v order by v.number desc")
public class MappingVersion implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id private int number;

  @Column(name = "made_at")
  private Instant madeAt;

  @Column(name = "made_by")
  private String madeBy;

  private String what;

  protected MappingVersion() {}

  public MappingVersion(int number, Instant madeAt, String madeBy, String what) {
    this.number = number;
    this.madeAt = madeAt;
    this.madeBy = madeBy;
    this.what = what;
  }

  public int getNumber() {
    return number;
  }

  public Instant getMadeAt() {
    return madeAt;
  }

  public String getMadeBy() {
    return madeBy;
  }

  public String getWhat() {
    return what;
  }
}

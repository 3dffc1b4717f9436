package org.totalplace.counting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** The GDP deflator index of one financial year. */
@Entity
@Table(name = "gdp_deflator")
@NamedQuery(name = "Deflator.all", query = "select d from Deflator d order by d.financialYear")
public class Deflator implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "financial_year")
  private int financialYear;

  @Column(name = "index_value")
  private BigDecimal indexValue;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Version private int version;

  protected Deflator() {}

  public Deflator(int financialYear) {
    this.financialYear = financialYear;
  }

  public void change(BigDecimal indexValue, String by, Instant at) {
    this.indexValue = indexValue;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public int getFinancialYear() {
    return financialYear;
  }

  public String getLabel() {
    return FinancialYear.label(financialYear);
  }

  public BigDecimal getIndexValue() {
    return indexValue;
  }

  /** For the page's input; saved only through the boundary. */
  public void setIndexValue(BigDecimal indexValue) {
    this.indexValue = indexValue;
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

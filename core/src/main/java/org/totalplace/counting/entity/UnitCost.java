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

/** What one unit of a public service costs, at its own price year, and who bears it. */
@Entity
@Table(name = "unit_cost")
@NamedQuery(name = "UnitCost.all", query = "select c from UnitCost c order by c.code")
public class UnitCost implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id private String code;
  private String category;
  private String detail;
  private String description;
  private String unit;
  private BigDecimal value;
  private String agency;

  @Column(name = "agency_detail")
  private String agencyDetail;

  @Column(name = "price_year")
  private int priceYear;

  private String source;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Version private int version;

  protected UnitCost() {}

  public UnitCost(String code) {
    this.code = code;
  }

  /** Takes every field of a row read from a catalogue file. */
  public void take(CatalogueRow row, String source, String by, Instant at) {
    this.category = row.category();
    this.detail = row.detail();
    this.description = row.description();
    this.unit = row.unit();
    this.value = row.value();
    this.agency = row.agency();
    this.agencyDetail = row.agencyDetail();
    this.priceYear = row.priceYear();
    this.source = source;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  /** Whether a row read from a file says anything this cost does not already say. */
  public boolean differsFrom(CatalogueRow row) {
    return !(row.category().equals(category)
        && java.util.Objects.equals(row.detail(), detail)
        && row.description().equals(description)
        && row.unit().equals(unit)
        && row.value().compareTo(value) == 0
        && row.agency().equals(agency)
        && java.util.Objects.equals(row.agencyDetail(), agencyDetail)
        && row.priceYear() == priceYear);
  }

  /** The fields an analyst corrects on the page. */
  public void change(BigDecimal value, int priceYear, String unit, String by, Instant at) {
    this.value = value;
    this.priceYear = priceYear;
    this.unit = unit;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  /** The row as a catalogue file would hold it. */
  public CatalogueRow asRow() {
    return new CatalogueRow(
        code, category, detail, description, unit, value, agency, agencyDetail, priceYear);
  }

  public String getCode() {
    return code;
  }

  public String getCategory() {
    return category;
  }

  public String getDetail() {
    return detail;
  }

  public String getDescription() {
    return description;
  }

  public String getUnit() {
    return unit;
  }

  public BigDecimal getValue() {
    return value;
  }

  public String getAgency() {
    return agency;
  }

  public String getAgencyDetail() {
    return agencyDetail;
  }

  public int getPriceYear() {
    return priceYear;
  }

  public String getPriceYearLabel() {
    return FinancialYear.label(priceYear);
  }

  public String getSource() {
    return source;
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

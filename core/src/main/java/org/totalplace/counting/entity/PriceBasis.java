package org.totalplace.counting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** Where the place's deflators come from, and the one price year every figure is shown in. */
@Entity
@Table(name = "price_basis")
public class PriceBasis implements Serializable {
  private static final long serialVersionUID = 1L;

  /** There is one basis per place. */
  public static final int ID = 1;

  @Id private int id;

  @Column(name = "deflator_source")
  private String deflatorSource;

  @Column(name = "deflator_published")
  private LocalDate deflatorPublished;

  @Column(name = "shown_in_year")
  private int shownInYear;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Version private int version;

  protected PriceBasis() {}

  public void change(String source, LocalDate published, int shownInYear, String by, Instant at) {
    this.deflatorSource = source;
    this.deflatorPublished = published;
    this.shownInYear = shownInYear;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public String getDeflatorSource() {
    return deflatorSource;
  }

  public LocalDate getDeflatorPublished() {
    return deflatorPublished;
  }

  public int getShownInYear() {
    return shownInYear;
  }

  public String getShownInLabel() {
    return FinancialYear.label(shownInYear);
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

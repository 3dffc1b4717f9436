package org.totalplace.web.counting;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.totalplace.counting.boundary.PriceYears;
import org.totalplace.counting.entity.Deflator;
import org.totalplace.counting.entity.PriceBasis;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.web.platform.Pages;

/** The GDP deflator series, its source and date, and the price year every figure is shown in. */
@Named
@ViewScoped
public class DeflatorSeries implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PriceYears priceYears;
  @Inject Caller me;

  private List<Deflator> rows;
  private PriceBasis basis;

  private String source;
  private LocalDate published;
  private Integer shownIn;

  private String newYear;
  private BigDecimal newIndex;

  public void load() {
    rows = priceYears.series(me);
    basis = priceYears.basis();
    source = basis.getDeflatorSource();
    published = basis.getDeflatorPublished();
    shownIn = basis.getShownInYear();
  }

  /** Saves one year's index as edited, against the version the page loaded. */
  public String save(Deflator row) {
    return saved(
        () -> priceYears.setIndex(me, row.getLabel(), row.getIndexValue(), row.getVersion()),
        "The deflator for " + row.getLabel() + " is saved",
        null);
  }

  public String add() {
    return saved(
        () -> priceYears.setIndex(me, newYear, newIndex, null), "The year is added", "add");
  }

  public String saveBasis() {
    return saved(
        () ->
            priceYears.changeBasis(
                me, source, published, shownIn == null ? -1 : shownIn, basis.getVersion()),
        "Figures are now shown at the prices chosen",
        "basis");
  }

  private String saved(Runnable change, String done, String form) {
    try {
      change.run();
      Pages.done(done);
      return "/counting/deflators.xhtml?faces-redirect=true";
    } catch (InvalidInput problems) {
      if (form == null) {
        // A row of the table has no field of its own to show the problem beside.
        problems.getProblems().forEach(p -> Pages.error(p.getMessage()));
      } else {
        Pages.show(form, problems);
      }
    } catch (Conflict | NotAllowed e) {
      Pages.error(e.getMessage());
    } catch (EJBTransactionRolledbackException e) {
      Pages.error("Someone else saved a deflator at the same moment. Reload the page.");
    }
    return null;
  }

  public boolean isKeeper() {
    return me.hasRole(Roles.ANALYST) || me.hasRole(Roles.AGENCY_ADMIN);
  }

  public List<Deflator> getRows() {
    return rows;
  }

  public PriceBasis getBasis() {
    return basis;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public LocalDate getPublished() {
    return published;
  }

  public void setPublished(LocalDate published) {
    this.published = published;
  }

  public Integer getShownIn() {
    return shownIn;
  }

  public void setShownIn(Integer shownIn) {
    this.shownIn = shownIn;
  }

  public String getNewYear() {
    return newYear;
  }

  public void setNewYear(String newYear) {
    this.newYear = newYear;
  }

  public BigDecimal getNewIndex() {
    return newIndex;
  }

  public void setNewIndex(BigDecimal newIndex) {
    this.newIndex = newIndex;
  }
}

package org.totalplace.counting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.counting.control.CatalogueIntake;
import org.totalplace.counting.control.Uprating;
import org.totalplace.counting.entity.CatalogueImport;
import org.totalplace.counting.entity.FinancialYear;
import org.totalplace.counting.entity.PriceBasis;
import org.totalplace.counting.entity.PricedCost;
import org.totalplace.counting.entity.UnitCost;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.FieldProblem;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Words;

/**
 * The place's unit cost catalogue: what one arrest, one week in bed and breakfast or one year of
 * drug treatment costs, and who bears it. Analysts and agency admins keep it; team leads read it.
 * It holds no personal data, so reads are not audited; every change is.
 */
@Stateless
public class UnitCosts {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject CatalogueIntake intake;

  Clock clock = Clock.systemUTC();

  /** The costs whose code, description, category or agency contain {@code filter}, priced. */
  public List<PricedCost> catalogue(Caller caller, String filter) {
    PriceYears.requireReader(caller);
    Uprating uprating = intake.uprating();
    int shownIn = basis().getShownInYear();
    String wanted = filter == null ? "" : filter.trim().toLowerCase(Locale.ROOT);
    List<PricedCost> priced = new ArrayList<>();
    for (UnitCost cost : em.createNamedQuery("UnitCost.all", UnitCost.class).getResultList()) {
      if (wanted.isEmpty() || matches(cost, wanted)) {
        priced.add(
            new PricedCost(
                cost, uprating.value(cost.getValue(), cost.getPriceYear(), shownIn).orElse(null)));
      }
    }
    return priced;
  }

  private static boolean matches(UnitCost cost, String wanted) {
    return (cost.getCode()
            + " "
            + cost.getDescription()
            + " "
            + cost.getCategory()
            + " "
            + cost.getAgency()
            + " "
            + (cost.getDetail() == null ? "" : cost.getDetail()))
        .toLowerCase(Locale.ROOT)
        .contains(wanted);
  }

  /** Corrects one cost's value, unit or price year, checked against the version the page read. */
  public UnitCost change(
      Caller caller,
      String code,
      BigDecimal value,
      String priceYear,
      String unit,
      int expectedVersion) {
    PriceYears.requireKeeper(caller);
    List<FieldProblem> problems = new ArrayList<>();
    if (value == null || value.signum() < 0 || value.stripTrailingZeros().scale() > 2) {
      problems.add(new FieldProblem("value", "Give the cost in pounds and pence, such as 334.95"));
    }
    var year = FinancialYear.parse(priceYear);
    if (year.isEmpty()) {
      problems.add(
          new FieldProblem(
              "priceYear", "Give the price year as a financial year, such as 2010/11"));
    } else if (!intake.uprating().covers(year.get())) {
      problems.add(
          new FieldProblem(
              "priceYear",
              "There is no GDP deflator for "
                  + FinancialYear.label(year.get())
                  + ": add it on the deflators page first"));
    }
    if (unit == null || unit.isBlank()) {
      problems.add(new FieldProblem("unit", "Say what one unit is, such as \"Per week\""));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    UnitCost cost = em.find(UnitCost.class, code);
    if (cost == null) {
      throw new NotFound("There is no unit cost " + code);
    }
    if (cost.getVersion() != expectedVersion) {
      throw Conflict.staleVersion(
          "Someone else has changed " + code + " since you opened the page. Reload and try again.");
    }
    String before = describe(cost);
    cost.change(
        value.setScale(2), year.get(), unit.trim(), caller.getDisplayName(), clock.instant());
    audit.record(
        caller, "UNIT_COST_CHANGED", "unit-cost", null, Words.change(code, before, describe(cost)));
    return cost;
  }

  /**
   * Takes a file in the GMCA Unit Cost Database layout: new codes are added, known ones updated;
   * bad rows are refused by line and left out, and the good rows are taken in this one transaction.
   */
  public CatalogueImport importFile(Caller caller, Reader file, String source) {
    PriceYears.requireKeeper(caller);
    if (source == null || source.isBlank()) {
      throw new InvalidInput(
          List.of(
              new FieldProblem(
                  "source", "Say where these costs come from, so every figure can be traced")));
    }
    CatalogueImport summary = intake.take(caller.getDisplayName(), file, source.trim());
    audit.record(
        caller,
        "UNIT_COSTS_IMPORTED",
        "unit-cost",
        null,
        "Unit costs imported from " + source.trim() + ": " + summary.getHeadline());
    return summary;
  }

  public PriceBasis basis() {
    return em.find(PriceBasis.class, PriceBasis.ID);
  }

  private static String describe(UnitCost c) {
    return "£"
        + c.getValue().toPlainString()
        + " "
        + c.getUnit().toLowerCase(Locale.ROOT)
        + " at "
        + c.getPriceYearLabel()
        + " prices";
  }
}

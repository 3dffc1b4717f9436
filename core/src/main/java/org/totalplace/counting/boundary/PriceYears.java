package org.totalplace.counting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.counting.entity.Deflator;
import org.totalplace.counting.entity.FinancialYear;
import org.totalplace.counting.entity.PriceBasis;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.FieldProblem;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.platform.entity.Words;

/**
 * The GDP deflator series and the one price year every figure is shown in. Editable by analysts and
 * agency admins, with the series' source and publication date kept beside it.
 */
@Stateless
public class PriceYears {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  /** Analysts and agency admins keep the catalogue and the deflators. */
  static void requireKeeper(Caller caller) {
    if (!caller.isPerson()
        || !(caller.hasRole(Roles.ANALYST) || caller.hasRole(Roles.AGENCY_ADMIN))) {
      throw new NotAllowed("Only analysts and agency admins keep unit costs and deflators");
    }
  }

  /** Team leads read them too, to see what their service's work is counted at. */
  static void requireReader(Caller caller) {
    if (!(caller.hasRole(Roles.ANALYST)
        || caller.hasRole(Roles.AGENCY_ADMIN)
        || caller.hasRole(Roles.TEAM_LEAD))) {
      throw new NotAllowed("Only analysts, agency admins and team leads see unit costs");
    }
  }

  public List<Deflator> series(Caller caller) {
    requireReader(caller);
    return em.createNamedQuery("Deflator.all", Deflator.class).getResultList();
  }

  public PriceBasis basis() {
    return em.find(PriceBasis.class, PriceBasis.ID);
  }

  /** Sets one year's index, or adds the year when the series does not have it yet. */
  public Deflator setIndex(Caller caller, String year, BigDecimal index, Integer expectedVersion) {
    requireKeeper(caller);
    List<FieldProblem> problems = new ArrayList<>();
    var start = FinancialYear.parse(year);
    if (start.isEmpty()) {
      problems.add(new FieldProblem("year", "Give a financial year, such as 2024/25"));
    }
    if (index == null || index.signum() <= 0 || index.compareTo(new BigDecimal("10000")) >= 0) {
      problems.add(
          new FieldProblem("index", "Give the deflator as a positive index, such as 98.375"));
    } else if (index.stripTrailingZeros().scale() > 3) {
      problems.add(new FieldProblem("index", "Give the index to at most three decimal places"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Deflator deflator = em.find(Deflator.class, start.get());
    String before = null;
    if (deflator == null) {
      deflator = new Deflator(start.get());
      em.persist(deflator);
    } else {
      if (expectedVersion == null || deflator.getVersion() != expectedVersion) {
        throw Conflict.staleVersion(
            "Someone else has changed the deflator for "
                + deflator.getLabel()
                + " since you opened the page. Reload and try again.");
      }
      before = deflator.getIndexValue().toPlainString();
    }
    deflator.change(index, caller.getDisplayName(), clock.instant());
    audit.record(
        caller,
        "DEFLATOR_CHANGED",
        "deflator",
        null,
        Words.change("GDP deflator for " + deflator.getLabel(), before, index.toPlainString()));
    return deflator;
  }

  /** Where the series comes from, when it was published, and the year figures are shown in. */
  public PriceBasis changeBasis(
      Caller caller, String source, LocalDate published, int shownIn, int expectedVersion) {
    requireKeeper(caller);
    List<FieldProblem> problems = new ArrayList<>();
    if (source == null || source.isBlank()) {
      problems.add(new FieldProblem("source", "Say where the deflators come from"));
    }
    if (published == null || published.isAfter(LocalDate.now(clock))) {
      problems.add(
          new FieldProblem(
              "published", "Give the date the series was published, not in the future"));
    }
    if (em.find(Deflator.class, shownIn) == null) {
      problems.add(
          new FieldProblem(
              "shownIn", "Figures can only be shown in a year the series has a deflator for"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    PriceBasis basis = basis();
    if (basis.getVersion() != expectedVersion) {
      throw Conflict.staleVersion(
          "Someone else has changed the price basis since you opened the page. Reload and try"
              + " again.");
    }
    String before = describe(basis);
    basis.change(source.trim(), published, shownIn, caller.getDisplayName(), clock.instant());
    audit.record(
        caller,
        "PRICE_BASIS_CHANGED",
        "price-basis",
        null,
        Words.change("Price basis", before, describe(basis)));
    return basis;
  }

  private static String describe(PriceBasis b) {
    return "shown in "
        + b.getShownInLabel()
        + " prices, deflators from "
        + b.getDeflatorSource()
        + " published "
        + b.getDeflatorPublished();
  }
}

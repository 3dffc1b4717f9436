package org.totalplace.counting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.totalplace.counting.entity.CatalogueImport;
import org.totalplace.counting.entity.CatalogueRow;
import org.totalplace.counting.entity.Deflator;
import org.totalplace.counting.entity.UnitCost;

/**
 * Files the rows of a catalogue file into the catalogue, in the caller's transaction: new codes
 * added, known ones updated, the rest counted as unchanged. Who may do so is the boundary's check.
 */
@Dependent
public class CatalogueIntake {

  @PersistenceContext EntityManager em;

  Clock clock = Clock.systemUTC();

  public CatalogueImport take(String by, Reader file, String source) {
    Uprating uprating = uprating();
    CatalogueImport summary = new CatalogueImport();
    for (CatalogueRow row : GmcaCatalogue.read(file, uprating::covers, summary)) {
      UnitCost cost = em.find(UnitCost.class, row.code());
      if (cost == null) {
        cost = new UnitCost(row.code());
        cost.take(row, source, by, clock.instant());
        em.persist(cost);
        summary.added();
      } else if (cost.differsFrom(row)) {
        cost.take(row, source, by, clock.instant());
        summary.changed();
      } else {
        summary.unchanged();
      }
    }
    return summary;
  }

  /** The deflators as they stand, for pricing costs in one year. */
  public Uprating uprating() {
    Map<Integer, BigDecimal> index = new LinkedHashMap<>();
    for (Deflator d : em.createNamedQuery("Deflator.all", Deflator.class).getResultList()) {
      index.put(d.getFinancialYear(), d.getIndexValue());
    }
    return new Uprating(index);
  }
}

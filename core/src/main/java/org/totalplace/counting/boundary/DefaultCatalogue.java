package org.totalplace.counting.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;
import org.totalplace.counting.control.CatalogueIntake;
import org.totalplace.counting.control.DefaultMapping;
import org.totalplace.counting.entity.RuleDraft;

/**
 * Gives a new place the GMCA Unit Cost Database as its first catalogue, through the same import an
 * analyst uses, and the default cost mapping over it. A place that already has costs keeps its own;
 * servers starting together take turns on a transaction lock, so the file is read in once.
 */
@Startup
@Singleton
// The mapping checks pathway steps against the deployed models, so the engines come first.
@DependsOn({"DatabaseMigration", "ProcessEngines", "Directory"})
public class DefaultCatalogue {

  /** Shown wherever the catalogue is: the database is published under Creative Commons. */
  public static final String SOURCE =
      "GMCA Research Team, Unit Cost Database v1.4 (New Economy, for the Greater Manchester"
          + " Combined Authority), published openly under Creative Commons";

  static final String FILE = "/counting/unit-costs-gmca-v1.4.csv";

  private static final Logger LOG = Logger.getLogger(DefaultCatalogue.class.getName());

  @PersistenceContext EntityManager em;
  @Inject CatalogueIntake intake;
  @Inject CostMapping mapping;
  @Inject DefaultMapping defaultMapping;

  @PostConstruct
  void fillWhenEmpty() {
    em.createNativeQuery("select pg_advisory_xact_lock(hashtext('unit_cost default catalogue'))")
        .getSingleResult();
    long held =
        ((Number) em.createNativeQuery("select count(*) from unit_cost").getSingleResult())
            .longValue();
    if (held == 0) {
      fillCatalogue();
    }
    long versions =
        ((Number)
                em.createNativeQuery("select count(*) from cost_mapping_version").getSingleResult())
            .longValue();
    if (versions == 0) {
      List<RuleDraft> rules = defaultMapping.rules();
      mapping.first("platform", "The default mapping: " + rules.size() + " rules", rules);
      LOG.info(() -> "Cost mapping started with " + rules.size() + " default rules");
    }
  }

  private void fillCatalogue() {
    try (Reader file =
        new InputStreamReader(
            DefaultCatalogue.class.getResourceAsStream(FILE), StandardCharsets.UTF_8)) {
      var summary = intake.take("platform", file, SOURCE);
      LOG.info(() -> "Unit cost catalogue filled from " + FILE + ": " + summary.getHeadline());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

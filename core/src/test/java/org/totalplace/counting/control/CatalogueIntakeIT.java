package org.totalplace.counting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.totalplace.counting.entity.CatalogueImport;
import org.totalplace.counting.entity.PriceBasis;
import org.totalplace.counting.entity.UnitCost;
import org.totalplace.flow.control.HandMadeReferrals;

/** The published GMCA catalogue filed into a migrated PostgreSQL, again, and with changes. */
class CatalogueIntakeIT {

  static HandMadeReferrals db;
  static CatalogueIntake intake;

  @BeforeAll
  static void migrate() throws Exception {
    db = new HandMadeReferrals();
    intake = new CatalogueIntake();
    intake.em = db.em;
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  static CatalogueImport take(java.io.Reader file) {
    CatalogueImport[] summary = new CatalogueImport[1];
    db.write(() -> summary[0] = intake.take("test", file, "GMCA v1.4"));
    db.em.clear();
    return summary[0];
  }

  static java.io.Reader published() {
    return new InputStreamReader(
        CatalogueIntakeIT.class.getResourceAsStream("/counting/unit-costs-gmca-v1.4.csv"),
        StandardCharsets.UTF_8);
  }

  @Test
  void thePublishedCatalogueIsTakenWholeThenRecognisedAsUnchanged() {
    CatalogueImport first = take(published());
    // Another test may have changed a cost first: whatever ran before, all 674 are accounted for.
    assertThat(first.getAdded() + first.getChanged() + first.getUnchanged()).isEqualTo(674);
    assertThat(first.getRefused()).isEmpty();
    assertThat(
            ((Number) db.em.createNativeQuery("select count(*) from unit_cost").getSingleResult())
                .intValue())
        .isGreaterThanOrEqualTo(674);
    UnitCost eviction = db.em.find(UnitCost.class, "HO1.0");
    assertThat(eviction.getValue()).isEqualByComparingTo("6680");
    assertThat(eviction.getPriceYearLabel()).isEqualTo("2010/11");
    assertThat(eviction.getSource()).isEqualTo("GMCA v1.4");

    CatalogueImport again = take(published());
    assertThat(again.getAdded()).isZero();
    assertThat(again.getChanged()).isZero();
    assertThat(again.getUnchanged()).isEqualTo(674);
  }

  @Test
  void aChangedCostIsUpdatedANewOneAddedAndABadRowLeftOut() {
    take(published());
    CatalogueImport summary =
        take(
            new StringReader(
                GmcaCatalogueTest.HEADER
                    + "HO4.1,HOUSING,TEMPORARY ACCOMMODATION,Bed and breakfast,Per week,350.00,"
                    + "Local Authority,Housing Services,2013/14\n"
                    + "TP1.0,HOUSING,,A cost of our own,Per night,42,Local Authority,,2019/20\n"
                    + "TP1.1,HOUSING,,Too new,Per night,42,Local Authority,,2031/32\n"));
    assertThat(summary.getChanged()).isEqualTo(1);
    assertThat(summary.getRefused())
        .containsExactly(
            "Line 4 (TP1.1): there is no GDP deflator for 2031/32: add it on the deflators page first");
    UnitCost bedAndBreakfast = db.em.find(UnitCost.class, "HO4.1");
    assertThat(bedAndBreakfast.getValue()).isEqualByComparingTo("350.00");
    assertThat(bedAndBreakfast.getPriceYear()).isEqualTo(2013);
    assertThat(db.em.find(UnitCost.class, "TP1.0").getUnit()).isEqualTo("Per night");
    assertThat(db.em.find(UnitCost.class, "TP1.1")).isNull();
  }

  @Test
  void theShippedDeflatorsCoverEveryPublishedPriceYearAndTheYearShown() {
    Uprating uprating = intake.uprating();
    for (int year = 2000; year <= 2014; year++) {
      assertThat(uprating.covers(year)).as("deflator for %d", year).isTrue();
    }
    PriceBasis basis = db.em.find(PriceBasis.class, PriceBasis.ID);
    assertThat(basis.getShownInLabel()).isEqualTo("2019/20");
    assertThat(basis.getDeflatorSource()).startsWith("HM Treasury, GDP deflators at market prices");
    assertThat(uprating.value(new BigDecimal("6680.00"), 2010, basis.getShownInYear()))
        .contains(new BigDecimal("7706.01"));
  }

  @Test
  void theDatabaseRefusesACodeTheImportWouldRefuse() {
    assertThatThrownBy(
            () ->
                db.write(
                    () ->
                        db.em
                            .createNativeQuery(
                                "insert into unit_cost (code, category, description, unit, value,"
                                    + " agency, price_year, source, updated_by) values ('bad code',"
                                    + " 'X', 'x', 'Each', 1, 'Police', 2010, 's', 't')")
                            .executeUpdate()))
        .hasMessageContaining("unit_cost_code_check");
    if (db.em.getTransaction().isActive()) {
      db.em.getTransaction().rollback();
    }
  }
}

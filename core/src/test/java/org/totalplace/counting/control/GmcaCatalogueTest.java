package org.totalplace.counting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.totalplace.counting.entity.CatalogueImport;
import org.totalplace.counting.entity.CatalogueRow;
import org.totalplace.platform.control.InvalidInput;

/** The GMCA Unit Cost Database layout, read from the published file and from broken ones. */
class GmcaCatalogueTest {

  static final String HEADER =
      "code,category,detail,description,unit,cost_gbp,agency,agency_detail,price_year\n";

  static List<CatalogueRow> published(CatalogueImport summary) {
    return GmcaCatalogue.read(
        new InputStreamReader(
            GmcaCatalogueTest.class.getResourceAsStream("/counting/unit-costs-gmca-v1.4.csv"),
            StandardCharsets.UTF_8),
        year -> year >= 2000 && year <= 2019,
        summary);
  }

  @Test
  void allSixHundredAndSeventyFourPublishedCostsAreRead() {
    CatalogueImport summary = new CatalogueImport();
    List<CatalogueRow> rows = published(summary);
    assertThat(rows).hasSize(674);
    assertThat(summary.getRefused()).isEmpty();
    CatalogueRow bedAndBreakfast =
        rows.stream().filter(r -> r.code().equals("HO4.1")).findFirst().orElseThrow();
    assertThat(bedAndBreakfast.value()).isEqualTo(new BigDecimal("334.95"));
    assertThat(bedAndBreakfast.unit()).isEqualTo("Per week");
    assertThat(bedAndBreakfast.priceYear()).isEqualTo(2010);
    assertThat(rows).extracting(CatalogueRow::code).contains("E&S1.0", "CR3.0", "SS1.0");
  }

  @Test
  void badRowsAreRefusedByLineAndTheRestAreTaken() {
    String file =
        HEADER
            + "HO9.0,HOUSING,,Good row,Per week,10.50,Local Authority,,2010/11\n"
            + ",HOUSING,,No code,Per week,1,Local Authority,,2010/11\n"
            + "HO9.1,HOUSING,,Not money,Per week,lots,Local Authority,,2010/11\n"
            + "HO9.2,HOUSING,,Odd year,Per week,1,Local Authority,,2010/12\n"
            + "HO9.3,HOUSING,,No deflator,Per week,1,Local Authority,,2024/25\n"
            + "HO9.4,HOUSING,,Short row\n"
            + "HO9.0,HOUSING,,Twice,Per week,1,Local Authority,,2010/11\n"
            + "HO9.5,HOUSING,,Negative,Per week,-3,Local Authority,,2010/11\n"
            + "HO9.6,HOUSING,,,Per week,3,Local Authority,,2010/11\n";
    CatalogueImport summary = new CatalogueImport();
    List<CatalogueRow> rows =
        GmcaCatalogue.read(new StringReader(file), year -> year <= 2019, summary);
    assertThat(rows).extracting(CatalogueRow::code).containsExactly("HO9.0");
    assertThat(summary.getRefused())
        .containsExactly(
            "Line 3: give a code of letters, digits and . & _ / - (at most 32), such as HO4.1",
            "Line 4 (HO9.1): the cost \"lots\" is not an amount in pounds and pence",
            "Line 5 (HO9.2): the price year \"2010/12\" is not a financial year like 2010/11",
            "Line 6 (HO9.3): there is no GDP deflator for 2024/25: add it on the deflators page"
                + " first",
            "Line 7 (HO9.4): it has 4 columns where the first line names 9",
            "Line 8 (HO9.0): the code appears earlier in the file",
            "Line 9 (HO9.5): the cost \"-3\" is not an amount in pounds and pence",
            "Line 10 (HO9.6): the description is empty");
  }

  @Test
  void aFileWithoutTheColumnsIsRefusedWhole() {
    assertThatThrownBy(
            () ->
                GmcaCatalogue.read(
                    new StringReader("code,cost\nHO1.0,5\n"), year -> true, new CatalogueImport()))
        .isInstanceOf(InvalidInput.class)
        .satisfies(
            e ->
                assertThat(((InvalidInput) e).getProblems().get(0).getMessage())
                    .contains("it lacks category, detail, description, unit, cost_gbp"));
  }

  @Test
  void moneyIsReadAsPeopleWriteIt() {
    assertThat(GmcaCatalogue.money("£1,234.5")).isEqualTo(new BigDecimal("1234.50"));
    assertThat(GmcaCatalogue.money("500.0")).isEqualTo(new BigDecimal("500.00"));
    assertThat(GmcaCatalogue.money("1.005")).isNull();
    assertThat(GmcaCatalogue.money("")).isNull();
  }
}

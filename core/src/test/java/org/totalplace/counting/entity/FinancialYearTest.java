package org.totalplace.counting.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FinancialYearTest {

  @Test
  void financialYearsAreReadAsPeopleWriteThem() {
    assertThat(FinancialYear.parse("2010/11")).contains(2010);
    assertThat(FinancialYear.parse(" 2010-11 ")).contains(2010);
    assertThat(FinancialYear.parse("2010/2011")).contains(2010);
    assertThat(FinancialYear.parse("1999/00")).contains(1999);
  }

  @Test
  void yearsThatDoNotFollowEachOtherAreRefused() {
    assertThat(FinancialYear.parse("2010/12")).isEmpty();
    assertThat(FinancialYear.parse("2010")).isEmpty();
    assertThat(FinancialYear.parse("10/11")).isEmpty();
    assertThat(FinancialYear.parse(null)).isEmpty();
  }

  @Test
  void aYearIsNamedByBothOfItsYears() {
    assertThat(FinancialYear.label(2010)).isEqualTo("2010/11");
    assertThat(FinancialYear.label(1999)).isEqualTo("1999/00");
  }
}

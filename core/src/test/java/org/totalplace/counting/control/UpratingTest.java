package org.totalplace.counting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Uprating against figures worked out by hand from the shipped deflators (2010/11 = 93.285). */
class UpratingTest {

  final Uprating shipped =
      new Uprating(
          Map.of(
              2002, new BigDecimal("77.475"),
              2010, new BigDecimal("93.285"),
              2011, new BigDecimal("95.049"),
              2013, new BigDecimal("98.375"),
              2019, new BigDecimal("107.613")));

  @Test
  void aCostIsBroughtIntoTheYearShownToThePenny() {
    // Complex eviction, HO1.0: 6,680 x 107.613 / 93.285 = 7,706.0067...
    assertThat(shipped.value(new BigDecimal("6680.00"), 2010, 2019))
        .contains(new BigDecimal("7706.01"));
    // A week in bed and breakfast, HO4.1: 334.95 x 107.613 / 93.285 = 386.3989...
    assertThat(shipped.value(new BigDecimal("334.95"), 2010, 2019))
        .contains(new BigDecimal("386.40"));
    // An A&E attendance, HE4.0: 109 x 107.613 / 95.049 = 123.4096...
    assertThat(shipped.value(new BigDecimal("109.00"), 2011, 2019))
        .contains(new BigDecimal("123.41"));
    // A prison place for a year, CR3.0: 33,785 x 107.613 / 98.375 = 36,957.6077...
    assertThat(shipped.value(new BigDecimal("33785.00"), 2013, 2019))
        .contains(new BigDecimal("36957.61"));
  }

  @Test
  void costsCanBeShownInAnEarlierYearToo() {
    // 694.50 at 2019/20 prices back to 2002/03: 694.50 x 77.475 / 107.613 = 500.0006...
    assertThat(shipped.value(new BigDecimal("694.50"), 2019, 2002))
        .contains(new BigDecimal("500.00"));
  }

  @Test
  void aCostInTheYearShownIsUnchanged() {
    assertThat(shipped.value(new BigDecimal("12.34"), 2013, 2013))
        .contains(new BigDecimal("12.34"));
  }

  @Test
  void halfAPennyRoundsUpOnceAtTheEnd() {
    Uprating tenPerCent = new Uprating(Map.of(1, new BigDecimal("100"), 2, new BigDecimal("110")));
    // 0.05 x 1.1 = 0.055: rounded half up, once.
    assertThat(tenPerCent.value(new BigDecimal("0.05"), 1, 2)).contains(new BigDecimal("0.06"));
  }

  @Test
  void withoutADeflatorForEitherYearThereIsNoFigure() {
    assertThat(shipped.value(new BigDecimal("100"), 2005, 2019)).isEmpty();
    assertThat(shipped.value(new BigDecimal("100"), 2010, 2024)).isEmpty();
    assertThat(shipped.covers(2010)).isTrue();
    assertThat(shipped.covers(2024)).isFalse();
  }
}

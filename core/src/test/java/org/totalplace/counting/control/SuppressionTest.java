package org.totalplace.counting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.totalplace.counting.entity.Figure;

class SuppressionTest {

  static Figure people(long n) {
    return new Figure(BigDecimal.valueOf(100 * n), n);
  }

  @Test
  void fewerThanTenPeopleIsHiddenAndTenIsShown() {
    assertThat(people(9).isSuppressed()).isTrue();
    assertThat(people(10).isSuppressed()).isFalse();
    assertThat(Figure.NONE.isSuppressed()).isFalse();
  }

  @Test
  void aLoneHiddenCellTakesTheSmallestOtherCellOfItsRowWithIt() {
    Map<String, Map<String, Figure>> cells = new LinkedHashMap<>();
    cells.put("CRIME", new LinkedHashMap<>(Map.of("police", people(4), "probation", people(30))));
    cells.put("HOUSING", new LinkedHashMap<>(Map.of("housing", people(50), "police", people(12))));
    // CRIME|police alone in its row: CRIME|probation goes too, else total minus it gives it away.
    // Then police's column has one hidden cell: HOUSING|police goes as well, and with it, alone in
    // its row, HOUSING|housing.
    assertThat(Suppression.hidden(cells))
        .containsExactlyInAnyOrder(
            "CRIME|police", "CRIME|probation", "HOUSING|police", "HOUSING|housing");
  }

  @Test
  void nothingIsHiddenWhereEveryCellHasTenPeople() {
    Map<String, Map<String, Figure>> cells =
        Map.of("CRIME", Map.of("police", people(10), "probation", people(11)));
    assertThat(Suppression.hidden(cells)).isEmpty();
  }
}

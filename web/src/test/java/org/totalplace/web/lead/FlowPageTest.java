package org.totalplace.web.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.totalplace.flow.entity.WeekPoint;

class FlowPageTest {

  static final LocalDate WEEK_1 = LocalDate.of(2026, 11, 2);
  static final LocalDate WEEK_2 = LocalDate.of(2026, 11, 9);
  static final LocalDate WEEK_3 = LocalDate.of(2026, 11, 16);

  @Test
  void aWeekWithNothingAcceptedOrNothingSentIsAGapInTheLine() {
    List<WeekPoint> weeks =
        List.of(
            new WeekPoint(WEEK_1, null, "housing", 4, 2.5, 8.0),
            new WeekPoint(WEEK_2, null, "housing", 2, 1.0, null),
            new WeekPoint(WEEK_2, "housing", null, 3, 1.5, 6.0));
    assertThat(FlowPage.series(weeks, List.of(WEEK_1, WEEK_2, WEEK_3), null, "housing", true))
        .containsExactly(8.0, null, null);
    assertThat(FlowPage.series(weeks, List.of(WEEK_1, WEEK_2, WEEK_3), "housing", null, true))
        .containsExactly(null, 6.0, null);
  }
}

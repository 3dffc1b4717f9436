package org.totalplace.counting.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.totalplace.counting.entity.Snapshot;

/** The next count starts early enough that its figures are shown before the last turn 15 min. */
class PlaceCountingTimerTest {

  static final Instant COUNTED = Instant.parse("2026-12-08T09:00:00Z");

  static Snapshot took(Duration counting) {
    return new Snapshot(1, COUNTED, (int) counting.toMillis(), 1, 2024, 10, 10);
  }

  @Test
  void aLongCountStartsSoonerSoThatNoFigureShownIsOlderThanFifteenMinutes() {
    // A quick count: start at 13 min 50 s, shown at 14 min.
    assertThat(PlaceCountingTimer.recountBy(took(Duration.ofSeconds(10))))
        .isEqualTo(COUNTED.plus(Duration.ofMinutes(14).minusSeconds(10)));
    // A million people (336 s): start at 8 min 24 s, so the next is shown at 14 min.
    Instant start = PlaceCountingTimer.recountBy(took(Duration.ofSeconds(336)));
    assertThat(start).isEqualTo(COUNTED.plus(Duration.ofSeconds(15 * 60 - 336 - 60)));
    assertThat(start.plusSeconds(336)).isBefore(COUNTED.plus(PlaceCountingTimer.AT_MOST));
    // A count longer than the limit itself: count again a minute after the last began.
    assertThat(PlaceCountingTimer.recountBy(took(Duration.ofMinutes(20))))
        .isEqualTo(COUNTED.plus(Duration.ofMinutes(1)));
  }
}

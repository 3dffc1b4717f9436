package org.totalplace.caseload.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TeamFiguresTest {

  static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");

  final TeamFigures figures = new TeamFigures();
  final AtomicInteger computed = new AtomicInteger();

  TeamFigures.Kept look(String agency, String signature, Instant at) {
    figures.clock = Clock.fixed(at, ZoneOffset.UTC);
    return figures.of(
        agency,
        signature,
        // The computation's number rides in the nanoseconds just before its time: 1 for the first.
        now ->
            new TeamFigures.Kept(now.minusNanos(computed.incrementAndGet()), signature, List.of()));
  }

  /** Which computation a look was served from: 1 for the first, 2 for the next. */
  static int computation(TeamFigures.Kept kept) {
    return 1_000_000_000 - kept.asOf().getNano();
  }

  @Test
  void aLookWithinAMinuteIsServedTheSameFigures() {
    assertThat(computation(look("housing", "team", NINE))).isEqualTo(1);
    assertThat(computation(look("housing", "team", NINE.plusSeconds(59)))).isEqualTo(1);
    assertThat(computed).hasValue(1);
  }

  @Test
  void figuresAMinuteOldAreComputedAgain() {
    look("housing", "team", NINE);
    TeamFigures.Kept later = look("housing", "team", NINE.plus(Duration.ofSeconds(60)));
    assertThat(computation(later)).isEqualTo(2);
    assertThat(Duration.between(later.asOf(), NINE.plusSeconds(60)).toNanos()).isEqualTo(2);
  }

  @Test
  void aChangedTeamOrWeightingIsComputedAtOnce() {
    look("housing", "hana:37", NINE);
    assertThat(computation(look("housing", "hana:37,omar:37", NINE.plusSeconds(5)))).isEqualTo(2);
  }

  @Test
  void eachAgencyHasItsOwnFigures() {
    look("housing", "team", NINE);
    assertThat(computation(look("health", "team", NINE))).isEqualTo(2);
    assertThat(computation(look("housing", "team", NINE))).isEqualTo(1);
  }
}

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
        now -> new TeamFigures.Kept(now, signature, List.of(), computed.incrementAndGet()));
  }

  @Test
  void aLookWithinAMinuteIsServedTheSameFigures() {
    assertThat(look("housing", "team", NINE).unallocated()).isEqualTo(1);
    assertThat(look("housing", "team", NINE.plusSeconds(59)).unallocated()).isEqualTo(1);
    assertThat(computed).hasValue(1);
  }

  @Test
  void figuresAMinuteOldAreComputedAgain() {
    look("housing", "team", NINE);
    TeamFigures.Kept later = look("housing", "team", NINE.plus(Duration.ofSeconds(60)));
    assertThat(later.unallocated()).isEqualTo(2);
    assertThat(later.asOf()).isEqualTo(NINE.plusSeconds(60));
  }

  @Test
  void aChangedTeamOrWeightingIsComputedAtOnce() {
    look("housing", "hana:37", NINE);
    assertThat(look("housing", "hana:37,omar:37", NINE.plusSeconds(5)).unallocated()).isEqualTo(2);
  }

  @Test
  void eachAgencyHasItsOwnFigures() {
    look("housing", "team", NINE);
    assertThat(look("health", "team", NINE).unallocated()).isEqualTo(2);
    assertThat(look("housing", "team", NINE).unallocated()).isEqualTo(1);
  }
}

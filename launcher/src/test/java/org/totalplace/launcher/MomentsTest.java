package org.totalplace.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.totalplace.launcher.host.LaunchFailure;

class MomentsTest {

  @Test
  void ukTimeInWinterAndSummerAndIsoInstantsAreRead() {
    assertThat(Moments.parse("2026-12-08 14:05")).isEqualTo(Instant.parse("2026-12-08T14:05:00Z"));
    assertThat(Moments.parse("2026-07-01 14:05:30"))
        .isEqualTo(Instant.parse("2026-07-01T13:05:30Z"));
    assertThat(Moments.parse("2026-07-01T13:05:30.250Z"))
        .isEqualTo(Instant.parse("2026-07-01T13:05:30.250Z"));
  }

  @Test
  void anythingElseIsRefusedWithTheFormToUse() {
    assertThatThrownBy(() -> Moments.parse("yesterday"))
        .isInstanceOf(LaunchFailure.class)
        .hasMessageContaining("2026-12-08 14:05");
  }
}

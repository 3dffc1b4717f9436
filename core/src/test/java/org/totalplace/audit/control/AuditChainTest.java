package org.totalplace.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static final Instant AT = Instant.parse("2026-11-23T10:15:30.123456789Z");

  @Test
  void theSameEntryAlwaysHashesTheSame() {
    assertThat(AuditChain.hash(AuditChain.START, 1, AT, "ann", "housing"))
        .isEqualTo(AuditChain.hash(AuditChain.START, 1, AT, "ann", "housing"))
        .hasSize(64);
  }

  @Test
  void anyChangeToAFieldThePreviousHashOrThePlaceChangesTheHash() {
    String hash = AuditChain.hash(AuditChain.START, 1, AT, "ann", "housing");
    assertThat(AuditChain.hash(AuditChain.START, 1, AT, "ann", "police")).isNotEqualTo(hash);
    assertThat(AuditChain.hash(AuditChain.START, 2, AT, "ann", "housing")).isNotEqualTo(hash);
    assertThat(AuditChain.hash("1".repeat(64), 1, AT, "ann", "housing")).isNotEqualTo(hash);
    assertThat(AuditChain.hash(AuditChain.START, 1, AT.plusSeconds(1), "ann", "housing"))
        .isNotEqualTo(hash);
  }

  @Test
  void fieldsCannotBeShiftedIntoEachOther() {
    assertThat(AuditChain.hash(AuditChain.START, 1, "ab", "c"))
        .isNotEqualTo(AuditChain.hash(AuditChain.START, 1, "a", "bc"));
    assertThat(AuditChain.hash(AuditChain.START, 1, null, "x"))
        .isNotEqualTo(AuditChain.hash(AuditChain.START, 1, "x", null));
  }

  @Test
  void timesAreHashedAsTheDatabaseKeepsThemToTheMicrosecond() {
    assertThat(AuditChain.hash(AuditChain.START, 1, AT))
        .isEqualTo(AuditChain.hash(AuditChain.START, 1, AuditChain.storable(AT)));
    assertThat(AuditChain.storable(AT)).isEqualTo(Instant.parse("2026-11-23T10:15:30.123456Z"));
  }
}

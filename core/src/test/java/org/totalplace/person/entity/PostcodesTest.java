package org.totalplace.person.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostcodesTest {

  @Test
  void typedPostcodesAreStoredInTheirUsualForm() {
    assertThat(Postcodes.normalise("sw1a1aa")).isEqualTo("SW1A 1AA");
    assertThat(Postcodes.normalise("  ls11  5qp ")).isEqualTo("LS11 5QP");
    assertThat(Postcodes.normalise("M1 1AE")).isEqualTo("M1 1AE");
    assertThat(Postcodes.normalise(" ")).isNull();
  }

  @Test
  void notAPostcodeIsInvalid() {
    assertThat(Postcodes.isValid("LS11 5QP")).isTrue();
    assertThat(Postcodes.isValid("12345")).isFalse();
    assertThat(Postcodes.isValid("LS11 5Q")).isFalse();
    assertThat(Postcodes.isValid("'; drop table person; --")).isFalse();
  }
}

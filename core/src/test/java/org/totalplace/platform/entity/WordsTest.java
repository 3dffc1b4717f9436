package org.totalplace.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void datesAndMomentsReadTheUkWayInUkTime() {
    assertThat(Words.day(LocalDate.of(2001, 2, 3))).isEqualTo("3 Feb 2001");
    // 16:31 UTC in December is 16:31 in London; in July it is an hour later.
    assertThat(Words.moment(Instant.parse("2026-12-06T16:31:04.925961Z")))
        .isEqualTo("6 Dec 2026, 16:31");
    assertThat(Words.moment(Instant.parse("2026-07-06T16:31:00Z"))).isEqualTo("6 Jul 2026, 17:31");
  }

  @Test
  void aChangeSaysWhatWasAddedChangedOrRemoved() {
    assertThat(Words.change("Phone", null, "07700 900123")).isEqualTo("Phone added: 07700 900123");
    assertThat(Words.change("Phone", "01632 960001", "07700 900123"))
        .isEqualTo("Phone changed from 01632 960001 to 07700 900123");
    assertThat(Words.change("Phone", "01632 960001", " "))
        .isEqualTo("Phone removed (it was 01632 960001)");
    assertThat(Words.change("Date of death", null, LocalDate.of(2026, 12, 1)))
        .isEqualTo("Date of death added: 1 Dec 2026");
    assertThat(Words.change("Interpreter needed", false, true))
        .isEqualTo("Interpreter needed changed from no to yes");
  }

  @Test
  void whoHoldsWorkIsSaidByNameAndNobodyIsNotAName() {
    assertThat(Words.holder(null, "Hana Reid")).isEqualTo("Given to Hana Reid");
    assertThat(Words.holder("Hana Reid", "Sam Patel"))
        .isEqualTo("Moved from Hana Reid to Sam Patel");
    assertThat(Words.holder("Hana Reid", null))
        .isEqualTo("Taken from Hana Reid: nobody in the team works it now");
  }
}

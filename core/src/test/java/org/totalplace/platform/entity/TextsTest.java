package org.totalplace.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.totalplace.person.entity.NewEntry;
import org.totalplace.person.entity.NewPerson;
import org.totalplace.referral.entity.NewReferral;
import org.totalplace.referral.entity.Urgency;

class TextsTest {

  static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  @Test
  void textWithNothingToReadIsRefused() {
    for (String invisible :
        new String[] {
          "\u0301\u0301", "\u200b", "\u200c\u200d", "\u2060", "\ufeff", " \u200b \u00ad ", "\u20dd"
        }) {
      assertThat(Texts.problem(invisible, "the first name"))
          .as("U+%04X", (int) invisible.strip().charAt(0))
          .startsWith("The first name holds nothing to read");
    }
    assertThat(Texts.problem("Zo\u00eb", "the first name")).isNull();
    assertThat(Texts.problem("Zoe\u0308", "the first name")).as("a mark on a letter").isNull();
    assertThat(Texts.problem("\ud83d\ude00 ok", "the reason")).as("a whole pair").isNull();
  }

  @Test
  void aLoneSurrogateIsRefusedWhereverItIs() {
    assertThat(Texts.problem("\ud800", "the reason")).contains("lone surrogate");
    assertThat(Texts.problem("Ann\udc00", "the first name")).contains("lone surrogate");
    assertThat(Texts.problem("x\ud83d", "the summary")).contains("lone surrogate");
  }

  @Test
  void namesAreComposed() {
    assertThat(Texts.nfc("Zoe\u0308")).isEqualTo("Zo\u00eb");
  }

  @Test
  void namesReasonsAndSummariesCarryTheRule() {
    NewPerson person = new NewPerson("\u0301\u0301", "\u200b", LocalDate.of(1990, 1, 1), null);
    assertThat(VALIDATOR.validate(person))
        .extracting(v -> v.getPropertyPath() + ": " + v.getMessage())
        .anyMatch(m -> m.startsWith("givenName: The first name holds nothing to read"))
        .anyMatch(m -> m.startsWith("familyName: The last name holds nothing to read"));
    NewReferral referral = new NewReferral(1L, 2L, Urgency.ROUTINE, "\ud800");
    assertThat(VALIDATOR.validate(referral))
        .extracting(v -> v.getPropertyPath() + ": " + v.getMessage())
        .anyMatch(m -> m.startsWith("reason: The reason holds a broken character"));
    NewEntry entry = new NewEntry();
    entry.setSummary("\u200b\u200b");
    assertThat(VALIDATOR.validateProperty(entry, "summary"))
        .extracting(v -> v.getMessage())
        .anyMatch(m -> m.startsWith("The summary holds nothing to read"));
  }
}

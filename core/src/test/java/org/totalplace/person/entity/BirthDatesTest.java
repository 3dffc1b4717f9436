package org.totalplace.person.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BirthDatesTest {

  static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
  static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  @Test
  void yearsBefore1900AndDaysAfterTodayAreRefusedInPlainWords() {
    assertThat(BirthDates.problem(LocalDate.parse("0000-01-01"), TODAY))
        .isEqualTo("Enter a date of birth in 1900 or later");
    assertThat(BirthDates.problem(LocalDate.parse("-0001-01-01"), TODAY))
        .isEqualTo("Enter a date of birth in 1900 or later");
    assertThat(BirthDates.problem(LocalDate.of(1800, 5, 1), TODAY))
        .isEqualTo("Enter a date of birth in 1900 or later");
    assertThat(BirthDates.problem(TODAY.plusDays(1), TODAY))
        .isEqualTo("The date of birth cannot be after today");
    assertThat(BirthDates.problem(LocalDate.of(1900, 1, 1), TODAY)).isNull();
    assertThat(BirthDates.problem(TODAY, TODAY)).as("born today").isNull();
  }

  @Test
  void anImpossibleDaySaysWhichDayThereIsNot() {
    assertThat(BirthDates.impossibleDay("2001-02-30"))
        .isEqualTo("Enter a real date: there is no 30 February");
    assertThat(BirthDates.impossibleDay("2001-02-29"))
        .isEqualTo("Enter a real date: there is no 29 February in 2001");
    assertThat(BirthDates.impossibleDay("2001-13-01"))
        .isEqualTo("Enter a real date: there is no month 13");
    assertThat(BirthDates.impossibleDay("2000-02-29")).isNull();
    assertThat(BirthDates.impossibleDay("30/02/2001")).as("not the yyyy-mm-dd shape").isNull();
    assertThatThrownBy(() -> BirthDates.parseDayMonthYear("30/2/2001"))
        .hasMessage("Enter a real date: there is no 30 February");
    assertThatThrownBy(() -> BirthDates.parseDayMonthYear("2001-02-03"))
        .hasMessage("Enter the date of birth as day/month/year, for example 27/03/1985");
    assertThat(BirthDates.parseDayMonthYear(" 7/3/1985 ")).isEqualTo(LocalDate.of(1985, 3, 7));
  }

  @Test
  void theFormsOfThePagesAndTheApiCarryTheRule() {
    NewPerson person = new NewPerson("Jo", "Bloggs", LocalDate.of(1800, 1, 1), null);
    assertThat(VALIDATOR.validateProperty(person, "dateOfBirth"))
        .extracting(v -> v.getMessage())
        .containsExactly("Enter a date of birth in 1900 or later");
    PersonDetails details = new PersonDetails();
    details.setDateOfBirth(LocalDate.now(ZoneId.of("Europe/London")).plusDays(2));
    assertThat(VALIDATOR.validateProperty(details, "dateOfBirth"))
        .extracting(v -> v.getMessage())
        .containsExactly("The date of birth cannot be after today");
  }
}

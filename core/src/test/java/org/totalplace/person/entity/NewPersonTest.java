package org.totalplace.person.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NewPersonTest {

  static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  @Test
  void aCompleteRecordIsValidWithOrWithoutAPostcode() {
    assertThat(problems(new NewPerson("Jo", "Miles", LocalDate.of(1990, 1, 1), "LS1 1AA")))
        .isEmpty();
    assertThat(problems(new NewPerson("Jo", "Miles", LocalDate.of(1990, 1, 1), ""))).isEmpty();
    assertThat(problems(new NewPerson("Jo", "Miles", LocalDate.of(1990, 1, 1), null))).isEmpty();
  }

  @Test
  void eachMissingOrWrongFieldGetsItsOwnPlainMessage() {
    Map<String, String> problems =
        problems(new NewPerson(" ", null, LocalDate.now().plusDays(1), "nowhere"));

    assertThat(problems)
        .containsEntry("givenName", "Enter the person's first name")
        .containsEntry("familyName", "Enter the person's last name")
        .containsEntry("dateOfBirth", "The date of birth cannot be after today")
        .containsEntry("postcode", "Enter a real UK postcode, like SW1A 1AA");
  }

  private static Map<String, String> problems(NewPerson person) {
    return VALIDATOR.validate(person).stream()
        .collect(
            Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage));
  }
}

package org.totalplace.person.entity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.ZoneId;

/** Checks {@link BirthDate} with the day as it is in the UK. */
public class BirthDateValidator implements ConstraintValidator<BirthDate, LocalDate> {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  @Override
  public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
    String problem = BirthDates.problem(value, LocalDate.now(UK));
    if (problem == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
    return false;
  }
}

package org.totalplace.platform.entity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText} by {@link Texts}' rule, naming the field in the message. */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

  private String what;

  @Override
  public void initialize(PlainText annotation) {
    what = annotation.value();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    String problem = Texts.problem(value, what);
    if (problem == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(problem.replace("{", "\\{").replace("$", "\\$"))
        .addConstraintViolation();
    return false;
  }
}

package org.totalplace.person.entity;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A date of birth by {@link BirthDates}' rule: from 1900 to today. Null is left to @NotNull. */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BirthDateValidator.class)
public @interface BirthDate {
  String message() default "Enter a real date of birth";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}

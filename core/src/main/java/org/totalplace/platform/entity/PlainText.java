package org.totalplace.platform.entity;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text that names or summarises something: it must show something to read (not only accents,
 * zero-width or other invisible characters) and hold only whole characters (no lone surrogate,
 * which PostgreSQL would store as "?"). Null and empty are left to @NotBlank. See {@link Texts}.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainTextValidator.class)
public @interface PlainText {
  /** What the field is, as the message names it: "the first name", "the reason". */
  String value() default "the text";

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}

package org.totalplace.person.entity;

import java.util.Locale;
import org.totalplace.sharing.entity.Sensitivity;

/**
 * The identifiers a person may have, each with its own check: an NHS number must pass the Modulus
 * 11 check digit, a National Insurance number must have a real prefix and suffix, a prison number
 * is one letter, four digits, two letters.
 */
public enum IdentifierScheme {
  NHS("NHS number", Sensitivity.HEALTH),
  NI("National Insurance number", Sensitivity.GENERAL),
  PRISON("Prison number", Sensitivity.CRIMINAL_JUSTICE),
  LOCAL("Agency reference", Sensitivity.GENERAL);

  private static final String NI_PATTERN =
      "(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]";

  private final String label;
  private final Sensitivity sensitivity;

  IdentifierScheme(String label, Sensitivity sensitivity) {
    this.label = label;
    this.sensitivity = sensitivity;
  }

  public String getLabel() {
    return label;
  }

  public Sensitivity getSensitivity() {
    return sensitivity;
  }

  /** The value as stored: spaces removed, letters in capitals. */
  public static String normalise(String value) {
    return value == null ? "" : value.replaceAll("[\\s-]", "").toUpperCase(Locale.UK);
  }

  /** Null when the (normalised) value is valid, or what is wrong with it, in plain words. */
  public String problemWith(String value) {
    String v = normalise(value);
    return switch (this) {
      case NHS -> nhsProblem(v);
      case NI ->
          v.matches(NI_PATTERN)
              ? null
              : "Enter a National Insurance number in the right format, like AB 12 34 56 C";
      case PRISON ->
          v.matches("[A-Z][0-9]{4}[A-Z]{2}") ? null : "Enter a prison number like A1234BC";
      case LOCAL ->
          v.matches("[A-Z0-9./]{1,40}")
              ? null
              : "Enter the agency's reference: up to 40 letters, numbers, dots or slashes";
    };
  }

  private static String nhsProblem(String v) {
    if (!v.matches("[0-9]{10}")) {
      return "Enter an NHS number of 10 digits, like 943 476 5919";
    }
    return NhsNumbers.isValid(v) ? null : "This NHS number is not valid: check it and try again";
  }

  /** Guesses which scheme a searched-for text is, if it looks like one; LOCAL is never guessed. */
  public static IdentifierScheme recognise(String text) {
    String v = normalise(text);
    for (IdentifierScheme scheme : new IdentifierScheme[] {NHS, NI, PRISON}) {
      if (scheme.problemWith(v) == null) {
        return scheme;
      }
    }
    return null;
  }
}

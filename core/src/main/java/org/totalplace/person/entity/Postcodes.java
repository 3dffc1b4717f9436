package org.totalplace.person.entity;

import java.util.Locale;
import java.util.regex.Pattern;

/** UK postcodes as people type them ("sw1a1aa", "SW1A 1AA") and as we store them ("SW1A 1AA"). */
public final class Postcodes {

  /** Outward code, then inward code; the space is optional when typed. */
  public static final String PATTERN =
      "^\\s*[A-Za-z]{1,2}[0-9][A-Za-z0-9]?\\s*[0-9][A-Za-z]{2}\\s*$";

  private static final Pattern VALID = Pattern.compile(PATTERN);

  private Postcodes() {}

  public static boolean isValid(String postcode) {
    return postcode != null && VALID.matcher(postcode).matches();
  }

  /** The stored form, or null when nothing was given; an invalid postcode is returned unchanged. */
  public static String normalise(String postcode) {
    if (postcode == null || postcode.isBlank()) {
      return null;
    }
    if (!isValid(postcode)) {
      return postcode;
    }
    String compact = postcode.replaceAll("\\s", "").toUpperCase(Locale.UK);
    return compact.substring(0, compact.length() - 3)
        + " "
        + compact.substring(compact.length() - 3);
  }
}

package org.totalplace.platform.entity;

import java.text.Normalizer;

/** The rules for text people type as a name or a summary, in one place for pages and API. */
public final class Texts {

  private Texts() {}

  /** What is wrong with the text, naming it as {@code what}; null when nothing is. */
  public static String problem(String text, String what) {
    if (text == null || text.isBlank()) {
      return null; // Missing text is the "enter the ..." constraint's to name, not this one's.
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
              ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(++i))
              : !Character.isLowSurrogate(c);
      if (!paired) {
        return capital(what)
            + " holds a broken character (a lone surrogate): type it again or paste it from"
            + " somewhere else";
      }
    }
    if (text.codePoints().allMatch(Texts::isInvisible)) {
      return capital(what)
          + " holds nothing to read: only spaces, accents or invisible characters. Type it in"
          + " letters or words";
    }
    return null;
  }

  /** Names are stored composed (NFC), so "é" typed two ways is one name to search and match. */
  public static String nfc(String text) {
    return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** Blank, a mark with nothing to sit on, or a format or control character: nothing to read. */
  private static boolean isInvisible(int codePoint) {
    int type = Character.getType(codePoint);
    return Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.FORMAT
        || type == Character.CONTROL
        || codePoint == 0x3164 // Hangul filler: a letter by category, blank on screen
        || codePoint == 0x115F
        || codePoint == 0x1160;
  }

  private static String capital(String what) {
    return what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
  }
}

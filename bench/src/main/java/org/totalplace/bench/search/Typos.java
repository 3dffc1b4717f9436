package org.totalplace.bench.search;

import java.util.SplittableRandom;

/**
 * The slips people make typing a name: one letter inserted, dropped, changed, or two neighbours
 * swapped. Each typo is exactly one edit away from the name (optimal string alignment distance).
 */
public final class Typos {

  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

  private Typos() {}

  /** {@code word} (lower case, at least two letters) with one random slip. */
  public static String oneEdit(String word, SplittableRandom random) {
    return switch (random.nextInt(4)) {
      case 0 -> insert(word, random);
      case 1 -> word.length() > 2 ? delete(word, random) : substitute(word, random);
      case 2 -> substitute(word, random);
      default -> transpose(word, random);
    };
  }

  private static String insert(String word, SplittableRandom random) {
    int at = random.nextInt(word.length() + 1);
    return word.substring(0, at) + letter(random) + word.substring(at);
  }

  private static String delete(String word, SplittableRandom random) {
    int at = letterAt(word, random);
    return word.substring(0, at) + word.substring(at + 1);
  }

  private static String substitute(String word, SplittableRandom random) {
    int at = letterAt(word, random);
    char replacement = letter(random);
    while (replacement == word.charAt(at)) {
      replacement = letter(random);
    }
    return word.substring(0, at) + replacement + word.substring(at + 1);
  }

  /** Swaps two different neighbouring letters; a word without such a pair gets a changed letter. */
  private static String transpose(String word, SplittableRandom random) {
    int pairs = 0;
    for (int i = 0; i + 1 < word.length(); i++) {
      if (swappable(word, i)) {
        pairs++;
      }
    }
    if (pairs == 0) {
      return substitute(word, random);
    }
    int pick = random.nextInt(pairs);
    for (int i = 0; i + 1 < word.length(); i++) {
      if (swappable(word, i) && pick-- == 0) {
        char[] chars = word.toCharArray();
        chars[i] = word.charAt(i + 1);
        chars[i + 1] = word.charAt(i);
        return new String(chars);
      }
    }
    throw new IllegalStateException("unreachable");
  }

  private static boolean swappable(String word, int i) {
    char a = word.charAt(i);
    char b = word.charAt(i + 1);
    return a != b && Character.isLetter(a) && Character.isLetter(b);
  }

  /** A position holding a letter (not the apostrophe of O'Brien). */
  private static int letterAt(String word, SplittableRandom random) {
    while (true) {
      int at = random.nextInt(word.length());
      if (Character.isLetter(word.charAt(at))) {
        return at;
      }
    }
  }

  private static char letter(SplittableRandom random) {
    return LETTERS.charAt(random.nextInt(LETTERS.length()));
  }
}

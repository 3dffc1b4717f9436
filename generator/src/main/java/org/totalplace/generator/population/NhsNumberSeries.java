package org.totalplace.generator.population;

import org.totalplace.person.entity.NhsNumbers;

/**
 * Unique, valid NHS numbers by person id, in the 400 000 000-499 999 999 range issued in England
 * and Wales. Person n may take the nine-digit stems n*11 .. n*11+10 (scrambled by an affine
 * bijection of the range), and takes the first whose Modulus 11 check digit exists, so two people
 * can never share a number.
 */
final class NhsNumberSeries {

  /** The largest person id this series can number. */
  static final long MAX_ID = 9_000_000;

  private static final long RANGE = 100_000_000L;
  private static final long FIRST = 400_000_000L;
  private static final long STEPS = 11;
  // Coprime with 10^8 (odd, not ending in 5), so stem -> A * stem + offset is a bijection.
  private static final long A = 40_503_323L;

  private final long offset;

  NhsNumberSeries(long seed) {
    this.offset = Math.floorMod(seed * 0x9E3779B97F4A7C15L, RANGE);
  }

  /** The ten digits of person {@code id}'s NHS number. */
  String number(long id) {
    if (id < 1 || id > MAX_ID) {
      throw new IllegalArgumentException("No NHS number for person " + id);
    }
    for (long step = 0; step < STEPS; step++) {
      String stem =
          Long.toString(FIRST + Math.floorMod(A * ((id - 1) * STEPS + step) + offset, RANGE));
      int check = NhsNumbers.checkDigit(stem);
      if (check >= 0) {
        return stem + check;
      }
    }
    throw new IllegalStateException("No valid NHS number stem for person " + id);
  }
}

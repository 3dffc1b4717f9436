package org.totalplace.generator.population;

import java.util.SplittableRandom;

/**
 * Postcodes as a place's records hold them: most people live in the place's own districts (here
 * West Yorkshire's LS, BD, WF, HD and HX), some came from elsewhere in the UK. A local sector has
 * about 50 postcodes in use, so a postcode is shared by a few dozen people among a million, as on
 * real streets.
 */
final class PlacePostcodes {

  /** Letters used in the unit of an inward code (never C, I, K, M, O or V). */
  private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

  private static final int UNITS_PER_LOCAL_SECTOR = 50;
  private static final double FROM_ELSEWHERE = 0.10;

  private static final String[] LOCAL = localDistricts();

  private static final String[] ELSEWHERE = {
    "M14", "M1", "M20", "B23", "B15", "B10", "SW1A", "SW9", "EC1A", "W1A", "WC2N", "E1", "E17",
    "N1", "SE15", "NW6", "CF10", "CF24", "G12", "EH1", "L8", "L15", "S1", "S10", "NG7", "LE1",
    "BS1", "BS5", "NE1", "NE6", "YO1", "YO10", "HU3", "DN1", "OL1", "BB1", "PR1", "CA1", "PL1",
    "EX4", "SO14", "BN1", "OX1", "CB2", "NR1", "IP1", "MK9", "CV1", "ST1", "SY1"
  };

  private PlacePostcodes() {}

  /** A postcode in its stored form ("LS6 4AB"). */
  static String draw(SplittableRandom random) {
    if (random.nextDouble() < FROM_ELSEWHERE) {
      String outward = ELSEWHERE[random.nextInt(ELSEWHERE.length)];
      return outward + " " + random.nextInt(10) + unit(random.nextInt(400));
    }
    int district = random.nextInt(LOCAL.length);
    int sector = random.nextInt(10);
    // Each sector uses its own fixed 50 of the 400 possible units.
    int unit = (random.nextInt(UNITS_PER_LOCAL_SECTOR) * 8 + district * 3 + sector * 7) % 400;
    return LOCAL[district] + " " + sector + unit(unit);
  }

  private static String unit(int index) {
    return ""
        + UNIT_LETTERS.charAt(index / UNIT_LETTERS.length())
        + UNIT_LETTERS.charAt(index % UNIT_LETTERS.length());
  }

  private static String[] localDistricts() {
    String[] areas = {"LS", "BD", "WF", "HD", "HX"};
    int[] districts = {29, 24, 17, 9, 7};
    int total = 0;
    for (int d : districts) {
      total += d;
    }
    String[] outward = new String[total];
    int i = 0;
    for (int a = 0; a < areas.length; a++) {
      for (int d = 1; d <= districts[a]; d++) {
        outward[i++] = areas[a] + d;
      }
    }
    return outward;
  }
}

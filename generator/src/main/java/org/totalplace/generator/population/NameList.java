package org.totalplace.generator.population;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Names in order of frequency, drawn with a Zipf-like weight (rank^-exponent), each occasionally
 * written in one of its other spellings, as records really hold them.
 */
final class NameList {

  /** How often a name that has other spellings is written in one of them. */
  static final double VARIANT_SHARE = 0.15;

  private final String[] names;
  private final String[][] variants;
  private final double[] cumulative;

  private NameList(List<String[]> lines, double exponent) {
    names = new String[lines.size()];
    variants = new String[lines.size()][];
    cumulative = new double[lines.size()];
    double total = 0;
    for (int rank = 0; rank < names.length; rank++) {
      String[] line = lines.get(rank);
      names[rank] = line[0];
      variants[rank] = Arrays.copyOfRange(line, 1, line.length);
      total += Math.pow(rank + 1, -exponent);
      cumulative[rank] = total;
    }
    for (int rank = 0; rank < cumulative.length; rank++) {
      cumulative[rank] /= total;
    }
  }

  /** A list from a resource next to this class: one name a line, then its other spellings. */
  static NameList load(String resource, double exponent) {
    List<String[]> lines = new ArrayList<>();
    try (var in = NameList.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing name list " + resource);
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line.strip().split("\\s+"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new NameList(lines, exponent);
  }

  /** A name as a record would hold it: mostly the usual spelling, sometimes another. */
  String draw(SplittableRandom random) {
    int rank = rank(random.nextDouble());
    String[] others = variants[rank];
    if (others.length > 0 && random.nextDouble() < VARIANT_SHARE) {
      return others[random.nextInt(others.length)];
    }
    return names[rank];
  }

  /** A name other than {@code current}, as for a family name before marriage. */
  String drawOtherThan(String current, SplittableRandom random) {
    String other = draw(random);
    while (other.equals(current)) {
      other = draw(random);
    }
    return other;
  }

  /** The share of draws that give the most frequent name (before spelling variants). */
  double topShare() {
    return cumulative[0];
  }

  int size() {
    return names.length;
  }

  private int rank(double u) {
    int found = Arrays.binarySearch(cumulative, u);
    int rank = found >= 0 ? found : -found - 1;
    return Math.min(rank, names.length - 1);
  }
}

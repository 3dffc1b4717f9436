package org.totalplace.bench.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TyposTest {

  @Test
  void aTypoIsExactlyOneEditAwayFromTheName() {
    SplittableRandom random = new SplittableRandom(1);
    Set<String> seen = new HashSet<>();
    for (String name : List.of("smith", "lee", "ali", "o'brien", "anne", "russell", "jo", "aaa")) {
      for (int i = 0; i < 500; i++) {
        String typo = Typos.oneEdit(name, random);
        assertThat(distance(name, typo)).as(name + " -> " + typo).isEqualTo(1);
        seen.add(typo);
      }
    }
    // Insertions, deletions, changes and swaps all occur.
    assertThat(seen).contains("smth", "msith");
    assertThat(seen.stream().anyMatch(t -> t.length() == 6 && t.startsWith("smi"))).isTrue();
  }

  @Test
  void theSameSeedMakesTheSameTypos() {
    assertThat(Typos.oneEdit("williams", new SplittableRandom(9)))
        .isEqualTo(Typos.oneEdit("williams", new SplittableRandom(9)));
  }

  /** Optimal string alignment distance: insert, delete, substitute, swap neighbours. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}

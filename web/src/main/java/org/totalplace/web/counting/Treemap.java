package org.totalplace.web.counting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Spend drawn as a treemap: one column per theme, as wide as its share of the spend, split from top
 * to bottom by the agencies bearing it (slice and dice, so the order of themes and agencies stays
 * the same as the table's). Hidden cells are left out, so their size gives nothing away.
 */
public record Treemap(int width, int height, List<Box> boxes) {

  static final int WIDTH = 960;
  static final int HEIGHT = 360;

  /** One theme and agency's spend, where it is drawn and where its table is. */
  public record Box(
      int x, int y, int w, int h, String theme, String agency, String label, String shade) {
    public boolean isLabelled() {
      return w > 70 && h > 30;
    }
  }

  static final String[] SHADES = {"#1d70b8", "#003078", "#4c2c92", "#00703c", "#d4351c", "#505a5f"};

  public static Treemap of(Map<String, Map<String, BigDecimal>> shown, Map<String, String> names) {
    BigDecimal total =
        shown.values().stream()
            .flatMap(m -> m.values().stream())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    List<Box> boxes = new ArrayList<>();
    if (total.signum() == 0) {
      return new Treemap(WIDTH, HEIGHT, boxes);
    }
    double x = 0;
    int shade = 0;
    for (var theme : shown.entrySet()) {
      BigDecimal themeTotal =
          theme.getValue().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      if (themeTotal.signum() == 0) {
        continue;
      }
      double w = WIDTH * themeTotal.doubleValue() / total.doubleValue();
      double y = 0;
      for (var agency : theme.getValue().entrySet()) {
        double h = HEIGHT * agency.getValue().doubleValue() / themeTotal.doubleValue();
        boxes.add(
            new Box(
                (int) Math.round(x),
                (int) Math.round(y),
                Math.max(1, (int) Math.round(w)),
                Math.max(1, (int) Math.round(h)),
                theme.getKey(),
                agency.getKey(),
                theme.getKey() + ", " + names.getOrDefault(agency.getKey(), agency.getKey()),
                SHADES[shade % SHADES.length]));
        y += h;
      }
      x += w;
      shade++;
    }
    return new Treemap(WIDTH, HEIGHT, boxes);
  }
}

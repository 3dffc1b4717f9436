package org.totalplace.web.counting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.totalplace.counting.entity.Journey;

/**
 * The journey drawn as lanes, one per agency bearing a cost, on one time axis: a stay is a bar from
 * its start to its end (or today), a moment a mark, and each handoff a dashed line from one
 * agency's end to the next one's start. The table beside it carries the same facts in words.
 */
public record Timeline(
    int width, int height, List<Lane> lanes, List<Mark> marks, List<Tick> ticks, List<Link> links) {

  static final int LEFT = 170;
  static final int RIGHT = 20;
  static final int WIDTH = 960;
  static final int LANE = 36;
  static final int TOP = 28;

  public record Lane(String agency, int y) {}

  public record Mark(int x, int y, int width, boolean stay, String title) {}

  public record Tick(int x, String label) {}

  public record Link(int x1, int y1, int x2, int y2, String title) {}

  public static Timeline of(Journey journey, LocalDate today) {
    Map<String, Integer> laneOf = new LinkedHashMap<>();
    journey.steps().forEach(s -> laneOf.putIfAbsent(s.borneBy(), laneOf.size()));
    LocalDate first =
        journey.steps().stream()
            .map(Journey.Step::startedOn)
            .min(LocalDate::compareTo)
            .orElse(today);
    LocalDate from = first.withDayOfYear(1);
    LocalDate to = today.plusYears(1).withDayOfYear(1);
    double days = Math.max(1, ChronoUnit.DAYS.between(from, to));
    double scale = (WIDTH - LEFT - RIGHT) / days;
    List<Lane> lanes = new ArrayList<>();
    laneOf.forEach((agency, i) -> lanes.add(new Lane(agency, TOP + i * LANE)));
    List<Mark> marks = new ArrayList<>();
    for (Journey.Step s : journey.steps()) {
      int y = TOP + laneOf.get(s.borneBy()) * LANE + 8;
      int x = LEFT + (int) Math.round(ChronoUnit.DAYS.between(from, s.startedOn()) * scale);
      boolean stay = s.endedOn() == null || s.endedOn().isAfter(s.startedOn());
      int w =
          stay
              ? Math.max(
                  4,
                  (int)
                      Math.round(
                          ChronoUnit.DAYS.between(
                                  s.startedOn(), s.endedOn() == null ? today : s.endedOn())
                              * scale))
              : 8;
      String what =
          s.source() == org.totalplace.counting.entity.CostSource.CUSTODY
              ? words(s.what())
              : s.what();
      marks.add(new Mark(x, y, w, stay, what + ": " + s.unitCostCode()));
    }
    List<Tick> ticks = new ArrayList<>();
    for (LocalDate y = from; y.isBefore(to); y = y.plusYears(1)) {
      ticks.add(
          new Tick(
              LEFT + (int) Math.round(ChronoUnit.DAYS.between(from, y) * scale),
              String.valueOf(y.getYear())));
    }
    List<Link> links = new ArrayList<>();
    for (Journey.Handoff h : journey.handoffs()) {
      links.add(
          new Link(
              LEFT + (int) Math.round(ChronoUnit.DAYS.between(from, h.ended()) * scale),
              TOP + laneOf.get(h.fromAgency()) * LANE + 14,
              LEFT + (int) Math.round(ChronoUnit.DAYS.between(from, h.started()) * scale),
              TOP + laneOf.get(h.toAgency()) * LANE + 14,
              h.days() + " days from " + h.fromAgency() + " to " + h.toAgency()));
    }
    return new Timeline(
        WIDTH, TOP + Math.max(1, lanes.size()) * LANE + 10, lanes, marks, ticks, links);
  }

  /** ON_LICENCE as "On licence". */
  static String words(String code) {
    String words = code.replace('_', ' ').toLowerCase(java.util.Locale.UK);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** Years are labelled only where there is room for them. */
  public List<Tick> getLabelledTicks() {
    int every = Math.max(1, ticks.size() / 12 + 1);
    List<Tick> shown = new ArrayList<>();
    for (int i = 0; i < ticks.size(); i += every) {
      shown.add(ticks.get(i));
    }
    return shown;
  }

  public int getLeft() {
    return LEFT;
  }
}

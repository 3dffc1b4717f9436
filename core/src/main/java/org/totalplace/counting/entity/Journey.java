package org.totalplace.counting.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A person's journey across agencies as one viewer may see it, with what it cost: only the events
 * the viewer may see are in it, and so in every total.
 */
public record Journey(
    long personId,
    String name,
    boolean recordOpen,
    List<Step> steps,
    Map<String, BigDecimal> byAgency,
    Map<Integer, BigDecimal> byYear,
    List<Handoff> handoffs,
    BigDecimal total,
    int mappingVersion,
    int shownInYear)
    implements Serializable {

  /** One event on the timeline, its cost summed over the years it ran into. */
  public record Step(
      CostSource source,
      LocalDate startedOn,
      LocalDate endedOn,
      String actingAgency,
      String borneBy,
      String what,
      String unitCostCode,
      String costDescription,
      String theme,
      CostBasis basis,
      BigDecimal quantity,
      BigDecimal cost)
      implements Serializable {}

  /** The time between one agency's work ending and the next agency's starting. */
  public record Handoff(String fromAgency, String toAgency, LocalDate ended, LocalDate started)
      implements Serializable {
    public long days() {
      return java.time.temporal.ChronoUnit.DAYS.between(ended, started);
    }
  }

  public boolean isEmpty() {
    return steps.isEmpty();
  }
}

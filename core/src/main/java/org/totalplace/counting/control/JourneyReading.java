package org.totalplace.counting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.totalplace.counting.entity.CostBasis;
import org.totalplace.counting.entity.CostEvent;
import org.totalplace.counting.entity.CostSource;
import org.totalplace.counting.entity.Journey;

/** Reads one person's priced events and puts the ones a viewer may see together as a journey. */
@Dependent
public class JourneyReading {

  @PersistenceContext EntityManager em;

  // One statement: priced_cost pushes the person into each of its sources' own indexes. Whether
  // the viewer's agency is in a step's pathway is asked here, as Pathways asks it for the record.
  private static final String EVENTS =
      "select source, source_id, started_on, ended_on, agency, sensitivity, other_agency,"
          + " source = 'STEP_MISSED' and (other_agency = ?2 or exists (select 1 from pathway_step s"
          + " where s.pathway_id = pc.pathway_id and s.agency = ?2)),"
          + " text, rule_id, mapping_version, basis, borne_by, unit_cost_code, theme,"
          + " cost_description, financial_year, quantity, cost"
          + " from priced_cost pc where person_id = ?1 order by started_on, source, source_id";

  public List<CostEvent> events(long personId, String viewerAgency) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(EVENTS)
            .setParameter(1, personId)
            .setParameter(2, viewerAgency == null ? "" : viewerAgency)
            .getResultList();
    return rows.stream().map(JourneyReading::event).toList();
  }

  public int mappingVersion() {
    return ((Number)
            em.createNativeQuery("select coalesce(max(number), 0) from cost_mapping_version")
                .getSingleResult())
        .intValue();
  }

  public int shownIn() {
    return ((Number)
            em.createNativeQuery("select shown_in_year from price_basis").getSingleResult())
        .intValue();
  }

  private static CostEvent event(Object[] r) {
    return new CostEvent(
        CostSource.valueOf((String) r[0]),
        ((Number) r[1]).longValue(),
        date(r[2]),
        date(r[3]),
        (String) r[4],
        (String) r[5],
        (String) r[6],
        Boolean.TRUE.equals(r[7]),
        (String) r[8],
        ((Number) r[9]).longValue(),
        ((Number) r[10]).intValue(),
        CostBasis.valueOf((String) r[11]),
        (String) r[12],
        (String) r[13],
        (String) r[14],
        (String) r[15],
        ((Number) r[16]).intValue(),
        (BigDecimal) r[17],
        (BigDecimal) r[18]);
  }

  private static LocalDate date(Object o) {
    return o == null ? null : o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
  }

  /** The events as a journey: one step per event, totals by agency and year, and the handoffs. */
  public static Journey journey(
      long personId,
      String name,
      boolean recordOpen,
      List<CostEvent> seen,
      int mappingVersion,
      int shownIn) {
    Map<String, List<CostEvent>> byEvent = new LinkedHashMap<>();
    seen.forEach(e -> byEvent.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e));
    List<Journey.Step> steps = new ArrayList<>();
    for (List<CostEvent> years : byEvent.values()) {
      CostEvent e = years.get(0);
      steps.add(
          new Journey.Step(
              e.source(),
              e.startedOn(),
              e.endedOn(),
              e.agency(),
              e.borneBy(),
              e.what(),
              e.unitCostCode(),
              e.costDescription(),
              e.theme(),
              e.basis(),
              years.stream().map(CostEvent::quantity).reduce(BigDecimal.ZERO, BigDecimal::add),
              years.stream().map(CostEvent::cost).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }
    Map<String, BigDecimal> byAgency = new TreeMap<>();
    Map<Integer, BigDecimal> byYear = new TreeMap<>();
    for (CostEvent e : seen) {
      byAgency.merge(e.borneBy(), e.cost(), BigDecimal::add);
      byYear.merge(e.financialYear(), e.cost(), BigDecimal::add);
    }
    BigDecimal total = seen.stream().map(CostEvent::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Journey(
        personId,
        name,
        recordOpen,
        steps,
        byAgency,
        byYear,
        handoffs(steps),
        total,
        mappingVersion,
        shownIn);
  }

  /**
   * Where one agency's stay (a referral it accepted, a spell in custody) ended and the next one by
   * another agency began, in order of starting: the gaps the pilots found people fall through.
   */
  static List<Journey.Handoff> handoffs(List<Journey.Step> steps) {
    List<Journey.Step> stays =
        steps.stream()
            .filter(s -> s.source() == CostSource.REFERRAL || s.source() == CostSource.CUSTODY)
            .sorted(Comparator.comparing(Journey.Step::startedOn))
            .toList();
    List<Journey.Handoff> handoffs = new ArrayList<>();
    for (int i = 1; i < stays.size(); i++) {
      Journey.Step before = stays.get(i - 1);
      Journey.Step after = stays.get(i);
      if (before.endedOn() != null
          && !before.borneBy().equals(after.borneBy())
          && !after.startedOn().isBefore(before.endedOn())) {
        handoffs.add(
            new Journey.Handoff(
                before.borneBy(), after.borneBy(), before.endedOn(), after.startedOn()));
      }
    }
    return handoffs;
  }
}

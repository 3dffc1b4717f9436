package org.totalplace.counting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.counting.control.Suppression;
import org.totalplace.counting.entity.CohortView;
import org.totalplace.counting.entity.Figure;
import org.totalplace.counting.entity.PlaceMap;
import org.totalplace.counting.entity.ReleaseComparison;
import org.totalplace.counting.entity.Snapshot;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;

/**
 * The place-wide figures, read from the newest snapshot: the place map, the cohorts and the release
 * comparison. Nothing here names a person; groups under ten people are shown as "<10". Every view
 * is audited, as every download is.
 */
@Stateless
public class PlaceFigures {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;

  public Optional<Snapshot> latest() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, computed_at, took_ms, mapping_version, shown_in_year, events, people"
                    + " from counting_snapshot order by id desc limit 1")
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new Snapshot(
                    number(r[0]),
                    instant(r[1]),
                    (int) number(r[2]),
                    (int) number(r[3]),
                    (int) number(r[4]),
                    number(r[5]),
                    number(r[6])));
  }

  /** Spend by theme and agency in one financial year, or in all years when {@code year} is 0. */
  public PlaceMap placeMap(Caller caller, int year) {
    PriceYears.requireReader(caller);
    Snapshot snapshot = required();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select theme, borne_by, cost, people from place_cost where snapshot_id = ?1 and"
                    + " financial_year = ?2")
            .setParameter(1, snapshot.id())
            .setParameter(2, year)
            .getResultList();
    Map<String, Map<String, Figure>> cells = new TreeMap<>();
    Map<String, Figure> byTheme = new TreeMap<>();
    Map<String, Figure> byAgency = new TreeMap<>();
    Figure total = Figure.NONE;
    TreeSet<String> agencies = new TreeSet<>();
    for (Object[] r : rows) {
      String theme = (String) r[0];
      String agency = (String) r[1];
      Figure figure = new Figure((BigDecimal) r[2], number(r[3]));
      if (theme.equals("*") && agency.equals("*")) {
        total = figure;
      } else if (theme.equals("*")) {
        byAgency.put(agency, figure);
      } else if (agency.equals("*")) {
        byTheme.put(theme, figure);
      } else {
        cells.computeIfAbsent(theme, t -> new TreeMap<>()).put(agency, figure);
        agencies.add(agency);
      }
    }
    PlaceMap map =
        new PlaceMap(
            snapshot,
            year,
            years(snapshot.id()),
            List.copyOf(cells.keySet()),
            List.copyOf(agencies),
            cells,
            Suppression.hidden(cells),
            byTheme,
            byAgency,
            total,
            flows(snapshot.id()),
            missedSteps(snapshot.id()));
    audit.record(caller, "COUNTING_VIEWED", "counting", snapshot.id(), "Place map " + label(year));
    return map;
  }

  /** One row of the people-free table behind a figure of the place map. */
  public record TableRow(
      int year, String theme, String agency, Figure figure, long events, boolean hidden)
      implements java.io.Serializable {}

  /**
   * The cells behind a figure, year by year: one theme, one agency, or both (null for any). A cell
   * is hidden as it is on the map of its year, so the table cannot undo the map's suppression.
   */
  public List<TableRow> table(Caller caller, String theme, String agency) {
    PriceYears.requireReader(caller);
    Snapshot snapshot = required();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select financial_year, theme, borne_by, cost, people, events from place_cost"
                    + " where snapshot_id = ?1 and financial_year > 0 and theme <> '*' and"
                    + " borne_by <> '*' order by financial_year, theme, borne_by")
            .setParameter(1, snapshot.id())
            .getResultList();
    Map<Integer, Map<String, Map<String, Figure>>> byYear = new TreeMap<>();
    for (Object[] r : rows) {
      byYear
          .computeIfAbsent((int) number(r[0]), y -> new TreeMap<>())
          .computeIfAbsent((String) r[1], t -> new TreeMap<>())
          .put((String) r[2], new Figure((BigDecimal) r[3], number(r[4])));
    }
    Map<Integer, java.util.Set<String>> hidden = new TreeMap<>();
    byYear.forEach((y, cells) -> hidden.put(y, Suppression.hidden(cells)));
    List<TableRow> table = new ArrayList<>();
    for (Object[] r : rows) {
      int y = (int) number(r[0]);
      String t = (String) r[1];
      String a = (String) r[2];
      if ((theme == null || theme.equals(t)) && (agency == null || agency.equals(a))) {
        table.add(
            new TableRow(
                y,
                t,
                a,
                new Figure((BigDecimal) r[3], number(r[4])),
                number(r[5]),
                hidden.get(y).contains(t + "|" + a)));
      }
    }
    audit.record(
        caller,
        "COUNTING_VIEWED",
        "counting",
        snapshot.id(),
        "Table behind the place map: theme "
            + (theme == null ? "any" : theme)
            + ", agency "
            + (agency == null ? "any" : agency));
    return table;
  }

  /** The flows between agencies, for their table and its download. */
  public List<PlaceMap.Flow> flows(Caller caller) {
    PriceYears.requireReader(caller);
    Snapshot snapshot = required();
    audit.record(caller, "COUNTING_VIEWED", "counting", snapshot.id(), "Flows between agencies");
    return flows(snapshot.id());
  }

  /** The groups there are figures for, largest first. */
  public List<CohortView.Cohort> cohorts(Caller caller) {
    PriceYears.requireReader(caller);
    Snapshot snapshot = required();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select code, label, people from cohort where snapshot_id = ?1 order by people"
                    + " desc, code")
            .setParameter(1, snapshot.id())
            .getResultList();
    return rows.stream()
        .map(r -> new CohortView.Cohort((String) r[0], (String) r[1], number(r[2])))
        .toList();
  }

  /** One cohort's cost a head by year, by agency and by theme (over all years), and its spread. */
  public CohortView cohort(Caller caller, String code) {
    PriceYears.requireReader(caller);
    Snapshot snapshot = required();
    CohortView.Cohort cohort =
        cohorts(snapshot.id()).stream()
            .filter(c -> c.code().equals(code))
            .findFirst()
            .orElseThrow(() -> new NotFound("There are no figures for the group " + code));
    @SuppressWarnings("unchecked")
    List<Object[]> years =
        em.createNativeQuery(
                "select financial_year, cost, people_with_cost, top_people, top_cost from"
                    + " cohort_year where snapshot_id = ?1 and code = ?2 order by financial_year")
            .setParameter(1, snapshot.id())
            .setParameter(2, code)
            .getResultList();
    List<CohortView.Year> trend = new ArrayList<>();
    for (Object[] r : years) {
      Figure cost = new Figure((BigDecimal) r[1], number(r[2]));
      BigDecimal top = (BigDecimal) r[4];
      trend.add(
          new CohortView.Year(
              (int) number(r[0]),
              cost,
              cohort.isSuppressed() ? null : cost.perPerson(cohort.people()),
              number(r[3]),
              top,
              cost.cost().subtract(top)));
    }
    CohortView view =
        new CohortView(
            snapshot,
            cohort,
            trend,
            cohortTotals(snapshot.id(), code, "borne_by"),
            cohortTotals(snapshot.id(), code, "theme"));
    audit.record(caller, "COUNTING_VIEWED", "counting", snapshot.id(), "Cohort " + code);
    return view;
  }

  /** Releases with every step in place on the day against the rest, and their following year. */
  public ReleaseComparison releases(Caller caller) {
    PriceYears.requireReader(caller);
    Snapshot snapshot = required();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select all_in_place, borne_by, releases, people, cost from release_outcome"
                    + " where snapshot_id = ?1")
            .setParameter(1, snapshot.id())
            .getResultList();
    ReleaseComparison comparison =
        new ReleaseComparison(snapshot, group(rows, true), group(rows, false));
    audit.record(caller, "COUNTING_VIEWED", "counting", snapshot.id(), "Release comparison");
    return comparison;
  }

  private static ReleaseComparison.Group group(List<Object[]> rows, boolean inPlace) {
    long releases = 0;
    Figure total = Figure.NONE;
    Map<String, BigDecimal> byAgency = new TreeMap<>();
    for (Object[] r : rows) {
      if (!Boolean.valueOf(inPlace).equals(r[0])) {
        continue;
      }
      if (r[1] == null) {
        releases = number(r[2]);
        total = new Figure((BigDecimal) r[4], number(r[3]));
      } else {
        byAgency.put((String) r[1], (BigDecimal) r[4]);
      }
    }
    return new ReleaseComparison.Group(releases, total, byAgency);
  }

  /** A cohort's totals over all years by agency or by theme, each with its own people. */
  private Map<String, Figure> cohortTotals(long snapshot, String code, String column) {
    String other = column.equals("theme") ? "borne_by" : "theme";
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select "
                    + column
                    + ", cost, people from cohort_cost where snapshot_id = ?1 and code = ?2 and"
                    + " financial_year = 0 and "
                    + other
                    + " = '*' order by cost desc")
            .setParameter(1, snapshot)
            .setParameter(2, code)
            .getResultList();
    Map<String, Figure> totals = new LinkedHashMap<>();
    rows.forEach(r -> totals.put((String) r[0], new Figure((BigDecimal) r[1], number(r[2]))));
    return totals;
  }

  private List<CohortView.Cohort> cohorts(long snapshot) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select code, label, people from cohort where snapshot_id = ?1")
            .setParameter(1, snapshot)
            .getResultList();
    return rows.stream()
        .map(r -> new CohortView.Cohort((String) r[0], (String) r[1], number(r[2])))
        .toList();
  }

  private List<Integer> years(long snapshot) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery(
                "select distinct financial_year from place_cost where snapshot_id = ?1 and"
                    + " financial_year > 0 order by 1")
            .setParameter(1, snapshot)
            .getResultList();
    return rows.stream().map(o -> (int) number(o)).toList();
  }

  private List<PlaceMap.Flow> flows(long snapshot) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select acting, affected, people, cost_before, cost_after from cost_flow where"
                    + " snapshot_id = ?1 order by abs(cost_before - cost_after) desc")
            .setParameter(1, snapshot)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new PlaceMap.Flow(
                    (String) r[0],
                    (String) r[1],
                    number(r[2]),
                    (BigDecimal) r[3],
                    (BigDecimal) r[4]))
        .toList();
  }

  private Map<String, Figure> missedSteps(long snapshot) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select borne_by, cost, people from source_cost where snapshot_id = ?1 and source"
                    + " = 'STEP_MISSED' order by cost desc")
            .setParameter(1, snapshot)
            .getResultList();
    Map<String, Figure> missed = new LinkedHashMap<>();
    rows.forEach(r -> missed.put((String) r[0], new Figure((BigDecimal) r[1], number(r[2]))));
    return missed;
  }

  private Snapshot required() {
    return latest()
        .orElseThrow(
            () ->
                new NotFound(
                    "The place-wide figures have not been counted yet. They are counted every"
                        + " quarter of an hour; an analyst can count them now."));
  }

  static String label(int year) {
    return year == 0 ? "all years" : org.totalplace.counting.entity.FinancialYear.label(year);
  }

  private static long number(Object o) {
    return ((Number) o).longValue();
  }

  private static Instant instant(Object o) {
    if (o instanceof Timestamp t) {
      return t.toInstant();
    }
    if (o instanceof OffsetDateTime t) {
      return t.toInstant();
    }
    return (Instant) o;
  }
}

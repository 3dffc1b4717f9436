package org.totalplace.counting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.counting.entity.Collection;
import org.totalplace.counting.entity.Snapshot;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;

/**
 * Duplicated collection: for each fact about a person, how often an agency keyed it although
 * another agency already held it, against how often it was told once and passed on; per agency and
 * by year, from the newest snapshot; and the minutes one capture is reckoned to take.
 */
@Stateless
public class FactsCollected {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject PlaceFigures figures;

  public Collection of(Caller caller) {
    PriceYears.requireReader(caller);
    Snapshot snapshot =
        figures
            .latest()
            .orElseThrow(() -> new NotFound("The place-wide figures have not been counted yet."));
    Object[] setting =
        (Object[])
            em.createNativeQuery(
                    "select minutes_per_capture, version from counting_setting where id = 1")
                .getSingleResult();
    Collection collection =
        new Collection(
            snapshot,
            (BigDecimal) setting[0],
            ((Number) setting[1]).intValue(),
            rows(
                "select c.fact, sum(c.keyed), sum(c.keyed_again), sum(c.shared), f.people,"
                    + " f.keyed_by_several, f.most_agencies from collection_count c join"
                    + " collection_fact f on f.snapshot_id = c.snapshot_id and f.fact = c.fact"
                    + " where c.snapshot_id = ?1 group by c.fact, f.people, f.keyed_by_several,"
                    + " f.most_agencies order by sum(c.keyed_again) desc, c.fact",
                snapshot.id()),
            rows(
                "select agency, sum(keyed), sum(keyed_again), sum(shared), 0, 0, 0 from"
                    + " collection_count where snapshot_id = ?1 group by agency order by"
                    + " sum(keyed_again) desc, agency",
                snapshot.id()),
            rows(
                "select financial_year::text, sum(keyed), sum(keyed_again), sum(shared), 0, 0, 0"
                    + " from collection_count where snapshot_id = ?1 group by financial_year"
                    + " order by financial_year",
                snapshot.id()));
    audit.record(caller, "COUNTING_VIEWED", "counting", snapshot.id(), "Facts collected twice");
    return collection;
  }

  /** Sets the minutes one capture is reckoned to take, against the version the page read. */
  public void setMinutes(Caller caller, BigDecimal minutes, int expectedVersion) {
    PriceYears.requireKeeper(caller);
    if (minutes == null
        || minutes.signum() <= 0
        || minutes.compareTo(new BigDecimal("1000")) >= 0
        || minutes.stripTrailingZeros().scale() > 1) {
      throw InvalidInput.of(
          "minutes", "Give the minutes one capture takes, more than 0 and under 1000, such as 5");
    }
    int changed =
        em.createNativeQuery(
                "update counting_setting set minutes_per_capture = ?1, updated_at = now(),"
                    + " updated_by = ?2, version = version + 1 where id = 1 and version = ?3")
            .setParameter(1, minutes)
            .setParameter(2, caller.getDisplayName())
            .setParameter(3, expectedVersion)
            .executeUpdate();
    if (changed == 0) {
      throw Conflict.staleVersion(
          "Someone else has changed the minutes a capture takes since you opened the page."
              + " Reload and try again.");
    }
    audit.record(
        caller,
        "COUNTING_SETTING_CHANGED",
        "counting",
        null,
        "Minutes one capture takes set to " + minutes.toPlainString());
  }

  private List<Collection.Row> rows(String sql, long snapshot) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, snapshot).getResultList();
    return rows.stream()
        .map(
            r ->
                new Collection.Row(
                    String.valueOf(r[0]),
                    n(r[1]),
                    n(r[2]),
                    n(r[3]),
                    n(r[4]),
                    n(r[5]),
                    (int) n(r[6])))
        .toList();
  }

  private static long n(Object o) {
    return ((Number) o).longValue();
  }
}

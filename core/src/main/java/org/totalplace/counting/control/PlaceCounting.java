package org.totalplace.counting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.OptionalLong;

/**
 * Computes the place-wide figures from priced_cost into a new snapshot, in the caller's
 * transaction: the events are read once into a temporary table, and every figure (the place map,
 * the cohorts, the release comparison, the flows between agencies) is added up from it in SQL, so
 * readers see the whole new snapshot or the old one, never half of each. Only the two newest
 * snapshots are kept.
 */
@Dependent
public class PlaceCounting {

  @PersistenceContext EntityManager em;

  private static final String EVENTS =
      "create temp table counted_event on commit drop as select person_id, started_on,"
          + " financial_year, borne_by, theme, source, cost from priced_cost";

  private static final String SNAPSHOT =
      "insert into counting_snapshot (computed_at, took_ms, mapping_version, shown_in_year,"
          + " events, people) select now(), 0, (select coalesce(max(number), 0) from"
          + " cost_mapping_version), (select shown_in_year from price_basis), (select count(*)"
          + " from counted_event), (select count(distinct person_id) from counted_event)"
          + " returning id";

  // Every total a page shows is counted here with its own number of distinct people: '*' is all
  // themes or all agencies, year 0 all years. A page never adds people up across cells.
  private static final String PLACE =
      "insert into place_cost select ?1, coalesce(financial_year, 0), coalesce(theme, '*'),"
          + " coalesce(borne_by, '*'), sum(cost), count(distinct person_id), count(*) from"
          + " counted_event group by grouping sets ((financial_year, theme, borne_by),"
          + " (financial_year, theme), (financial_year, borne_by), (financial_year), (theme,"
          + " borne_by), (theme), (borne_by), ())";

  private static final String SOURCES =
      "insert into source_cost select ?1, source, borne_by, sum(cost), count(distinct person_id),"
          + " count(*) from counted_event group by 2, 3";

  // The groups the pilots followed. "Released" is by the financial year of the release.
  private static final String MEMBERS =
      "create temp table cohort_member on commit drop as"
          + " select 'PLACE' as code, 'Everyone the platform knows' as label, id as person_id"
          + " from person where merged_into is null"
          + " union select 'PATHWAY:' || kind, case kind when 'PRISON_RELEASE' then 'People on a"
          + " release from prison pathway' when 'LEAVING_CARE' then 'Care leavers (on a leaving"
          + " care pathway)' else 'People on a hospital discharge pathway' end, person_id"
          + " from pathway"
          + " union select 'RELEASED:' || financial_year(key_date), 'Released from prison in '"
          + " || financial_year(key_date) || '/' || lpad(((financial_year(key_date) + 1) % 100)"
          + "::text, 2, '0'), person_id from pathway where kind = 'PRISON_RELEASE' and key_date"
          + " <= current_date"
          + " union select 'NEED:' || r.service_id, 'Referred to ' || s.name, r.person_id from"
          + " referral r join service s on s.id = r.service_id where r.status <> 'DRAFT'"
          + " union select 'AGENCIES:3', 'Known to three or more agencies', person_id from"
          + " involvement group by person_id having count(distinct agency) >= 3";

  private static final String COHORTS =
      "insert into cohort select ?1, code, min(label), count(*) from cohort_member group by code";

  // As for the place: each total over all years (year 0) by agency or by theme ('*') is counted
  // with its own distinct people, so a small group cannot hide in a sum of cells.
  private static final String COHORT_COST =
      "insert into cohort_cost select ?1, m.code, coalesce(e.financial_year, 0),"
          + " coalesce(e.theme, '*'), coalesce(e.borne_by, '*'), sum(e.cost),"
          + " count(distinct e.person_id) from cohort_member m join counted_event e on"
          + " e.person_id = m.person_id group by grouping sets ((m.code, e.financial_year,"
          + " e.theme, e.borne_by), (m.code, e.borne_by), (m.code, e.theme))";

  // The costliest 2% of the cohort's people (rounded up) in each year, against the rest.
  private static final String COHORT_YEAR =
      "insert into cohort_year select ?1, code, financial_year, sum(cost), count(*),"
          + " max(top_n), coalesce(sum(cost) filter (where rank <= top_n), 0) from (select"
          + " m.code, e.financial_year, sum(e.cost) as cost, row_number() over (partition by"
          + " m.code, e.financial_year order by sum(e.cost) desc) as rank, ceil(c.people * 0.02)"
          + "::bigint as top_n from cohort_member m join counted_event e on e.person_id ="
          + " m.person_id join cohort c on c.snapshot_id = ?1 and c.code = m.code group by"
          + " m.code, e.financial_year, e.person_id, c.people) ranked group by code,"
          + " financial_year";

  // A plan is in place on the day when no step was done late or left undone.
  private static final String RELEASES =
      "create temp table counted_release on commit drop as select p.id, p.person_id,"
          + " p.key_date, not exists (select 1 from pathway_step s where s.pathway_id = p.id and"
          + " (s.done_at is null or (s.done_at at time zone 'Europe/London')::date > s.due_on))"
          + " as all_in_place from pathway p where p.kind = 'PRISON_RELEASE' and p.key_date <="
          + " current_date - 365";

  private static final String RELEASE_TOTALS =
      "insert into release_outcome select ?1, r.all_in_place, null, count(distinct r.id),"
          + " count(distinct r.person_id), coalesce(sum(e.cost), 0) from counted_release r left"
          + " join counted_event e on e.person_id = r.person_id and e.started_on > r.key_date and"
          + " e.started_on <= r.key_date + 365 group by r.all_in_place";

  private static final String RELEASE_BY_AGENCY =
      "insert into release_outcome select ?1, r.all_in_place, e.borne_by, count(distinct r.id),"
          + " count(distinct r.person_id), sum(e.cost) from counted_release r join counted_event"
          + " e on e.person_id = r.person_id and e.started_on > r.key_date and e.started_on <="
          + " r.key_date + 365 group by r.all_in_place, e.borne_by";

  private static final String FLOWS =
      "insert into cost_flow select ?1, f.acting, e.borne_by, count(distinct f.person_id),"
          + " coalesce(sum(e.cost) filter (where e.started_on < f.on_day), 0),"
          + " coalesce(sum(e.cost) filter (where e.started_on >= f.on_day), 0) from (select"
          + " person_id, to_agency as acting, min((accepted_at at time zone 'Europe/London')"
          + "::date) as on_day from referral where accepted_at is not null group by 1, 2) f join"
          + " counted_event e on e.person_id = f.person_id and e.borne_by <> f.acting and"
          + " e.started_on >= f.on_day - 365 and e.started_on < f.on_day + 365 group by"
          + " f.acting, e.borne_by";

  // A capture is keyed again when another agency had the same fact for the person before it.
  private static final String COLLECTION =
      "insert into collection_count select ?1, fact, agency, financial_year((at at time zone"
          + " 'Europe/London')::date), count(*) filter (where how = 'KEYED'), count(*) filter"
          + " (where how = 'KEYED' and held), count(*) filter (where how = 'SHARED'), count(distinct"
          + " person_id) from (select c.*, exists (select 1 from fact_capture o where o.person_id"
          + " = c.person_id and o.fact = c.fact and o.agency <> c.agency and o.at < c.at) as held"
          + " from fact_capture c) captures group by 2, 3, 4";

  private static final String COLLECTED_FACTS =
      "insert into collection_fact select ?1, fact, count(*), count(*) filter (where keyed_by >="
          + " 2), coalesce(max(keyed_by), 0) from (select person_id, fact, count(distinct agency)"
          + " filter (where how = 'KEYED') as keyed_by from fact_capture group by 1, 2) held group"
          + " by 2";

  /**
   * A new snapshot, unless another server is computing one right now.
   *
   * @return the new snapshot's id, or empty when another server holds the turn
   */
  public OptionalLong count() {
    long started = System.nanoTime();
    boolean turn =
        (Boolean)
            em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('counting snapshot'))")
                .getSingleResult();
    if (!turn) {
      return OptionalLong.empty();
    }
    run(EVENTS);
    run("analyze counted_event");
    long id = ((Number) em.createNativeQuery(SNAPSHOT).getSingleResult()).longValue();
    run(PLACE, id);
    run(SOURCES, id);
    run(MEMBERS);
    run(COHORTS, id);
    run(COHORT_COST, id);
    run(COHORT_YEAR, id);
    run(RELEASES);
    run(RELEASE_TOTALS, id);
    run(RELEASE_BY_AGENCY, id);
    run(FLOWS, id);
    run(COLLECTION, id);
    run(COLLECTED_FACTS, id);
    run(
        "update counting_snapshot set took_ms = ?2 where id = ?1",
        id,
        (int) ((System.nanoTime() - started) / 1_000_000));
    run(
        "delete from counting_snapshot where id not in (select id from counting_snapshot order by"
            + " id desc limit 2)");
    return OptionalLong.of(id);
  }

  private void run(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    query.executeUpdate();
  }
}

package org.totalplace.flow.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.totalplace.flow.entity.Declines;
import org.totalplace.flow.entity.FlowReport;
import org.totalplace.flow.entity.Handoffs;
import org.totalplace.flow.entity.LateSteps;
import org.totalplace.flow.entity.Period;
import org.totalplace.flow.entity.Spread;
import org.totalplace.flow.entity.WeekPoint;
import org.totalplace.platform.control.Sql;
import org.totalplace.referral.control.WorkingHours;

/**
 * The place-wide flow figures of a period in four statements, each reading only that period's rows
 * from an index ("referral_flow" covers every column they need). Medians and 90th percentiles are
 * exact (percentile_cont), so they can be checked by hand.
 */
@Stateless
public class FlowQueries {

  /** Hours between two columns, or the hours a referral has been waiting with nobody on it. */
  private static final String ACKNOWLEDGE = "extract(epoch from received_at - sent_at) / 3600";

  private static final String ACCEPT = "extract(epoch from accepted_at - sent_at) / 3600";
  private static final String CONTACT = "extract(epoch from started_at - sent_at) / 3600";
  private static final String UNOWNED =
      "(unowned_minutes + coalesce(extract(epoch from cast(?3 as timestamptz) - unowned_since) / 60, 0)) / 60";

  @PersistenceContext EntityManager em;

  public FlowReport compute(Period period, Instant now) {
    return new FlowReport(
        period,
        now,
        handoffs(period, now, false),
        handoffs(period, now, true),
        weeks(period),
        declines(period),
        lateSteps(period, LocalDate.ofInstant(now, WorkingHours.UK)));
  }

  private List<Handoffs> handoffs(Period period, Instant now, boolean byService) {
    String by =
        byService ? "f.from_agency, f.to_agency, f.service_id" : "f.from_agency, f.to_agency";
    return Sql.rows(
            em,
            "select "
                + by
                + (byService ? ", min(s.name)" : "")
                + ", count(*), "
                + spread("received_at", ACKNOWLEDGE)
                + ", "
                + spread("accepted_at", ACCEPT)
                + ", "
                + spread("started_at", CONTACT)
                + ", count(*), percentile_cont(0.5) within group (order by "
                + UNOWNED
                + "), percentile_cont(0.9) within group (order by "
                + UNOWNED
                + "), count(*) filter (where status = 'DECLINED'), count(bounce)"
                + " from referral f"
                + (byService ? " join service s on s.id = f.service_id" : "")
                + " where f.sent_at >= ?1 and f.sent_at < ?2 group by "
                + by
                + " order by "
                + by,
            period.start(),
            period.end(),
            now)
        .stream()
        .map(r -> row(r, byService))
        .toList();
  }

  private static String spread(String reached, String hours) {
    return "count("
        + reached
        + "), percentile_cont(0.5) within group (order by "
        + hours
        + "), percentile_cont(0.9) within group (order by "
        + hours
        + ")";
  }

  private static Handoffs row(Object[] r, boolean byService) {
    int i = byService ? 4 : 2;
    return new Handoffs(
        Sql.text(r[0]),
        Sql.text(r[1]),
        byService ? Sql.nullableId(r[2]) : null,
        byService ? Sql.text(r[3]) : null,
        count(r[i]),
        spread(r, i + 1),
        spread(r, i + 4),
        spread(r, i + 7),
        spread(r, i + 10),
        count(r[i + 13]),
        count(r[i + 14]),
        false);
  }

  private static Spread spread(Object[] r, int at) {
    return new Spread(count(r[at]), hours(r[at + 1]), hours(r[at + 2]));
  }

  private List<WeekPoint> weeks(Period period) {
    return Sql.rows(
            em,
            "select date_trunc('week', sent_at at time zone 'Europe/London')::date as week,"
                + " case when grouping(from_agency) = 0 then from_agency end,"
                + " case when grouping(to_agency) = 0 then to_agency end, count(*),"
                + " percentile_cont(0.5) within group (order by "
                + ACKNOWLEDGE
                + "), percentile_cont(0.5) within group (order by "
                + ACCEPT
                + ") from referral where sent_at >= ?1 and sent_at < ?2"
                + " group by grouping sets ((week), (week, from_agency), (week, to_agency))"
                + " order by week",
            period.start(),
            period.end())
        .stream()
        .map(
            r ->
                new WeekPoint(
                    Sql.date(r[0]),
                    Sql.text(r[1]),
                    Sql.text(r[2]),
                    count(r[3]),
                    hours(r[4]),
                    hours(r[5])))
        .toList();
  }

  private List<Declines> declines(Period period) {
    return Sql.rows(
            em,
            "select from_agency, to_agency, decline_code, count(*) from referral where sent_at >="
                + " ?1 and sent_at < ?2 and status = 'DECLINED' group by 1, 2, 3 order by 1, 2, 3",
            period.start(),
            period.end())
        .stream()
        .map(r -> new Declines(Sql.text(r[0]), Sql.text(r[1]), Sql.text(r[2]), count(r[3])))
        .toList();
  }

  /** Steps due in the period: in place by their day, or not (done late, or still not done). */
  private List<LateSteps> lateSteps(Period period, LocalDate today) {
    return Sql.rows(
            em,
            "select st.agency, pw.lead_agency, count(*), count(*) filter (where st.done_at is not"
                + " null and (st.done_at at time zone 'Europe/London')::date <= st.due_on),"
                + " count(*) filter (where (st.done_at is not null and (st.done_at at time zone"
                + " 'Europe/London')::date > st.due_on) or (st.done_at is null and st.due_on <"
                + " ?3)) from pathway_step st join pathway pw on pw.id = st.pathway_id"
                + " where st.due_on >= ?1 and st.due_on <= ?2 group by 1, 2 order by 1, 2",
            period.from(),
            period.to(),
            today)
        .stream()
        .map(
            r ->
                new LateSteps(
                    Sql.text(r[0]), Sql.text(r[1]), count(r[2]), count(r[3]), count(r[4])))
        .toList();
  }

  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  /** Hours to one decimal place, which is as precise as a team lead needs. */
  private static Double hours(Object value) {
    return value == null ? null : Math.round(((Number) value).doubleValue() * 10) / 10.0;
  }
}

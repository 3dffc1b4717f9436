package org.totalplace.caseload.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.totalplace.caseload.entity.CaseItem;
import org.totalplace.caseload.entity.CaseType;
import org.totalplace.caseload.entity.RiskTier;
import org.totalplace.caseload.entity.WorkerLoad;
import org.totalplace.pathway.entity.Pathway;
import org.totalplace.pathway.entity.PathwayKind;
import org.totalplace.platform.control.Sql;
import org.totalplace.referral.control.WhenDue;
import org.totalplace.referral.control.WorkingHours;
import org.totalplace.referral.entity.ReferralStatus;

/**
 * An agency's open work, weighed, in one statement per view: each worker's totals for the team
 * table, or the items themselves for one worker or for nobody. Everything is computed from the live
 * tables through partial indexes on open work, so the figures are never stale and cost what is
 * open, not what has ever been.
 */
@Stateless
public class CaseloadRows {

  /** Referral clocks this close are "due soon"; pathway steps within a week (one rule: WhenDue). */
  static final Duration SOON = WhenDue.SOON;

  static final int STEPS_SOON_DAYS = WhenDue.STEPS_SOON_DAYS;

  /**
   * A list shows the most pressing items first and stops here: every item shown names a person and
   * is audited, and nobody reads further down a page than this.
   */
  public static final int MAX_LISTED = 100;

  /**
   * Open work of agency ?1, as of ?2 (now), ?3 (soon), ?4 (today), ?5 (a week ahead), naming
   * nobody: the referral branch reads only the covering index on open referrals (V6), so the totals
   * cost the agency's open work, never its history. The holder condition is spliced in per branch:
   * who holds a referral, who leads a pathway.
   */
  static final String ITEMS =
      "select 'REFERRAL' as type, r.id, r.version, r.person_id, r.service_id, null as kind,"
          + " case r.urgency when 'EMERGENCY' then 'HIGH' when 'URGENT' then 'MEDIUM' else 'LOW'"
          + " end as tier, r.status as state, r.assignee as holder, r.assignee_name as holder_name,"
          + " coalesce(st.active and st.caseworker, false) as holder_active,"
          + " case r.status when 'SENT' then r.acknowledge_due_at when 'RECEIVED' then"
          + " r.decide_due_at end as due_at,"
          + WhenDue.OVERDUE
          + " as overdue, "
          + WhenDue.dueSoon("?2", "?3")
          + " as due_soon, r.last_activity_at from referral r"
          + WhenDue.TARGET
          + " left join staff st on st.username = r.assignee"
          + " where r.to_agency = ?1 and r.status in ('SENT', 'RECEIVED', 'INFORMATION_REQUESTED',"
          + " 'ACCEPTED', 'IN_PROGRESS') and (%s)"
          + " union all"
          + " select pw.kind, pw.id, pw.version, pw.person_id, null, pw.kind, pw.risk_tier,"
          + " pw.status, pw.lead_username, pw.lead_name, coalesce(st.active and st.caseworker,"
          + " false), (n.due_on::timestamp at time zone 'Europe/London'),"
          + " coalesce(n.due_on < ?4, false), coalesce(n.due_on between ?4 and ?5, false), null"
          + " from pathway pw left join staff st on st.username = pw.lead_username"
          + " left join lateral (select min(x.due_on) as due_on from pathway_step x where"
          + " x.pathway_id = pw.id and x.status = 'OPEN') n on true"
          + " where pw.lead_agency = ?1 and pw.status <> 'CLOSED' and (%s)";

  private static final String WEIGHED =
      "select i.*, coalesce(w.points, 0) as points from (%s) i left join workload_weight w on"
          + " w.agency = ?1 and w.case_type = i.type and w.risk_tier = i.tier";

  private static final String MOST_PRESSING = " order by overdue desc, due_at nulls last, id";

  /**
   * The most pressing items of a list, then their people and services: names are looked up for the
   * items shown, not for every item sorted.
   */
  private static final String NAMED =
      "select i.*, p.given_name || ' ' || p.family_name, s.name from (%s"
          + MOST_PRESSING
          + " limit "
          + "%d) i join person p on p.id = i.person_id left join service s on s.id = i.service_id"
          + MOST_PRESSING;

  /** Each active caseworker with the totals of what they hold; nobody else is named. */
  static final String TEAM =
      "with items as ("
          + String.format(WEIGHED, String.format(ITEMS, "r.assignee is not null", "true"))
          + ") select s.username, s.display_name, s.contracted_hours,"
          + " count(i.id) filter (where i.type = 'REFERRAL'),"
          + " count(i.id) filter (where i.type <> 'REFERRAL'), coalesce(sum(i.points), 0),"
          + " count(i.id) filter (where i.overdue), count(i.id) filter (where i.due_soon),"
          + " greatest(s.last_seen_at, (select max(e.at) from referral_event e where"
          + " e.username = s.username))"
          + " from staff s left join items i on i.holder = s.username"
          + " where s.agency = ?1 and s.active and s.caseworker"
          + " group by s.username, s.display_name, s.contracted_hours, s.last_seen_at"
          + " order by s.display_name";

  static final String NOBODY_HOLDS_REFERRAL =
      "r.assignee is null or st.active is not true or st.caseworker is not true";

  static final String NOBODY_LEADS_PATHWAY = "st.active is not true or st.caseworker is not true";

  @PersistenceContext EntityManager em;

  /** Each active caseworker of the agency with the totals of the work they hold. */
  public List<WorkerLoad> team(String agency, Instant now) {
    Object[] setting = setting(agency);
    BigDecimal fullTimeHours = (BigDecimal) setting[0];
    BigDecimal fullTimePoints = (BigDecimal) setting[1];
    return Sql.rows(em, TEAM, params(agency, now)).stream()
        .map(
            r -> {
              BigDecimal hours = (BigDecimal) r[2];
              return new WorkerLoad(
                  Sql.text(r[0]),
                  Sql.text(r[1]),
                  hours,
                  ((Number) r[3]).longValue(),
                  ((Number) r[4]).longValue(),
                  (BigDecimal) r[5],
                  fullTimePoints.multiply(hours).divide(fullTimeHours, 1, RoundingMode.HALF_UP),
                  ((Number) r[6]).longValue(),
                  ((Number) r[7]).longValue(),
                  Sql.instant(r[8]));
            })
        .toList();
  }

  /** The open work one worker holds. */
  public List<CaseItem> heldBy(String agency, String username, Instant now) {
    return items(
        weighed("r.assignee = ?6", "pw.lead_username = ?6"), append(params(agency, now), username));
  }

  /** Work nobody in the team holds: never taken on, handed back, or held by someone who left. */
  public List<CaseItem> unallocated(String agency, Instant now) {
    return items(weighed(NOBODY_HOLDS_REFERRAL, NOBODY_LEADS_PATHWAY), params(agency, now));
  }

  /**
   * What the team's totals depend on besides the work itself: who is in the team with what hours,
   * and the agency's weights. Kept totals are recomputed when it changes, so a new colleague or a
   * new weighting shows at once.
   */
  public String teamSignature(String agency) {
    return Sql.text(
        Sql.query(
                em,
                "select coalesce((select string_agg(username || ':' || contracted_hours, ',' order"
                    + " by username) from staff where agency = ?1 and active and caseworker), '')"
                    + " || '|' || coalesce((select string_agg(case_type || risk_tier || points, ','"
                    + " order by case_type, risk_tier) from workload_weight where agency = ?1), '')"
                    + " || '|' || coalesce((select full_time_hours || ':' || full_time_points from"
                    + " workload_setting where agency = ?1), '')",
                agency)
            .getSingleResult());
  }

  /** The full-time hours and points of an agency's workload measure. */
  public Object[] setting(String agency) {
    return Sql.rows(
            em,
            "select full_time_hours, full_time_points, updated_at, updated_by, version from"
                + " workload_setting where agency = ?1",
            agency)
        .get(0);
  }

  /**
   * How many items of work nobody holds (whether or not they all fit on the page), how many of them
   * are overdue and how many due soon.
   */
  public TeamFigures.Unallocated unallocatedCount(String agency, Instant now) {
    Object[] row =
        (Object[])
            Sql.query(
                    em,
                    "select count(*), count(*) filter (where n.overdue), count(*) filter (where"
                        + " n.due_soon) from ("
                        + weighed(NOBODY_HOLDS_REFERRAL, NOBODY_LEADS_PATHWAY)
                        + ") n",
                    params(agency, now))
                .getSingleResult();
    return new TeamFigures.Unallocated(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        ((Number) row[2]).longValue());
  }

  static String named(String sql) {
    return String.format(NAMED, sql, MAX_LISTED);
  }

  private List<CaseItem> items(String sql, Object[] params) {
    return Sql.rows(em, named(sql), params).stream().map(CaseloadRows::item).toList();
  }

  private static CaseItem item(Object[] r) {
    CaseType type = Sql.constant(CaseType.class, r[0]);
    String state = Sql.text(r[7]);
    return new CaseItem(
        type,
        Sql.id(r[1]),
        ((Number) r[2]).intValue(),
        Sql.id(r[3]),
        Sql.text(r[16]),
        type == CaseType.REFERRAL
            ? Sql.text(r[17])
            : PathwayKind.valueOf(Sql.text(r[5])).getLabel(),
        Sql.constant(RiskTier.class, r[6]),
        (BigDecimal) r[15],
        type == CaseType.REFERRAL ? ReferralStatus.valueOf(state).getLabel() : pathwayState(state),
        Sql.text(r[8]),
        Sql.text(r[9]),
        Boolean.TRUE.equals(r[10]),
        Sql.instant(r[11]),
        Boolean.TRUE.equals(r[12]),
        Boolean.TRUE.equals(r[13]),
        Sql.instant(r[14]));
  }

  private static String pathwayState(String status) {
    return Pathway.Status.valueOf(status).getLabel();
  }

  static String weighed(String referralHolder, String pathwayHolder) {
    return String.format(WEIGHED, String.format(ITEMS, referralHolder, pathwayHolder));
  }

  static Object[] params(String agency, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, WorkingHours.UK);
    return new Object[] {agency, now, now.plus(SOON), today, today.plusDays(STEPS_SOON_DAYS)};
  }

  private static Object[] append(Object[] params, Object more) {
    Object[] all = Arrays.copyOf(params, params.length + 1);
    all[params.length] = more;
    return all;
  }
}

package org.totalplace.operations.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.totalplace.platform.control.Sql;
import org.totalplace.referral.entity.ReferralStatus;

/**
 * The statements behind the operating figures. Each reads an index or a small table, so a reading
 * takes milliseconds at a million people; the exception, closed referrals, is read less often.
 */
public final class FigureQueries {

  /** One gauge reading: its metric name, its tags and its value. */
  public record Figure(String name, Map<String, String> tags, double value) {}

  private static final String OPEN =
      "'SENT', 'RECEIVED', 'INFORMATION_REQUESTED', 'ACCEPTED', 'IN_PROGRESS'";

  private final EntityManager em;

  public FigureQueries(EntityManager em) {
    this.em = em;
  }

  /** Referrals in each open state (from the open-work index) and overdue work per agency. */
  public List<Figure> open() {
    List<Figure> figures =
        new ArrayList<>(
            referrals(
                Sql.rows(
                    em,
                    "select status, count(*) from referral where status in ("
                        + OPEN
                        + ") group by status"),
                true));
    for (Object[] row :
        Sql.rows(
            em,
            "select a.code, coalesce(sum(c.n), 0) from agency a"
                + " left join work_count_now c on c.agency = a.code and c.username = ''"
                + " and c.kind = 'OVERDUE' group by a.code")) {
      figures.add(
          new Figure("totalplace.work.overdue", Map.of("agency", (String) row[0]), number(row[1])));
    }
    return figures;
  }

  /** Referrals in the states they end in (and drafts), which take a full count. */
  public List<Figure> closed() {
    return referrals(
        Sql.rows(
            em,
            "select status, count(*) from referral where status not in ("
                + OPEN
                + ") group by status"),
        false);
  }

  /** What is waiting: audit rows not yet sealed, emails, webhooks, process jobs, connections. */
  public List<Figure> backlogs() {
    List<Figure> figures = new ArrayList<>();
    Object[] audit =
        Sql.rows(
                em,
                "select count(*), coalesce(extract(epoch from now() - min(at)), 0)"
                    + " from audit_event where chain_seq is null")
            .get(0);
    figures.add(new Figure("totalplace.audit.unsealed", Map.of(), number(audit[0])));
    figures.add(
        new Figure("totalplace.audit.sealing.lag", Map.of("unit", "seconds"), number(audit[1])));
    figures.add(
        one(
            "totalplace.email.waiting",
            "select count(*) from outgoing_email where sent_at is null"));
    for (Object[] row :
        Sql.rows(
            em,
            "select s.status, count(d.id) from (values ('PENDING'), ('DEAD')) s(status)"
                + " left join webhook_delivery d on d.status = s.status group by s.status")) {
      figures.add(
          new Figure(
              "totalplace.webhooks",
              Map.of("state", ((String) row[0]).toLowerCase()),
              number(row[1])));
    }
    figures.add(
        one(
            "totalplace.webhooks.due",
            "select count(*) from webhook_delivery where status = 'PENDING' and next_attempt_at <= now()"));
    figures.add(
        one(
            "totalplace.jobs.due",
            "select (select count(*) from act_ru_timer_job where duedate_ <= now())"
                + " + (select count(*) from act_ru_job)"));
    figures.add(one("totalplace.jobs.dead", "select count(*) from act_ru_deadletter_job"));
    for (Object[] row :
        Sql.rows(
            em,
            "select s.state, count(a.pid) from (values ('active'), ('idle'), ('idle in transaction'))"
                + " s(state) left join pg_stat_activity a on a.state = s.state"
                + " and a.datname = current_database() and a.usename = current_user"
                + " group by s.state")) {
      figures.add(
          new Figure(
              "totalplace.database.connections",
              Map.of("state", ((String) row[0]).replace(' ', '_')),
              number(row[1])));
    }
    return figures;
  }

  private Figure one(String name, String sql) {
    return new Figure(name, Map.of(), number(Sql.query(em, sql).getSingleResult()));
  }

  /** Every state of the kind asked for, 0 where none is in it (a gauge keeps its last value). */
  private static List<Figure> referrals(List<Object[]> rows, boolean open) {
    Map<String, Double> counted = new java.util.HashMap<>();
    rows.forEach(row -> counted.put((String) row[0], number(row[1])));
    List<Figure> figures = new ArrayList<>();
    for (ReferralStatus status : ReferralStatus.values()) {
      if (status.isOpen() == open) {
        figures.add(
            new Figure(
                "totalplace.referrals",
                Map.of("status", status.name().toLowerCase()),
                counted.getOrDefault(status.name(), 0.0)));
      }
    }
    return figures;
  }

  private static double number(Object value) {
    return value == null ? 0 : ((Number) value).doubleValue();
  }
}

package org.totalplace.operations.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.totalplace.audit.control.ChainVerifier;
import org.totalplace.audit.entity.ChainCheck;

/**
 * What must hold in any Totalplace database, crash or not: each referral with its process and each
 * process with its referral, each open referral waiting at the step its state says, no timer or
 * webhook left behind, no job given up on, and the audit chain intact. Plain JDBC, so that {@code
 * ./totalplace check} and the crash tests run it on a database whose app is down.
 */
public final class ConsistencyCheck {

  /** One rule, how many rows break it, and what that means for an operator. */
  public record Finding(String rule, long broken, String meaning) {
    public boolean holds() {
      return broken == 0;
    }
  }

  /** A timer this late was lost, not merely delayed by a busy or restarting server. */
  static final String LATE = "interval '10 minutes'";

  private static final String[][] RULES = {
    {
      "every sent referral has its process",
      "select count(*) from totalplace.referral r where r.status <> 'DRAFT' and not exists"
          + " (select 1 from act_hi_procinst h where h.proc_inst_id_ = r.process_instance_id)",
      "a referral the process engine does not know: its clocks and steps will never move"
    },
    {
      "every referral process has its referral",
      "select count(*) from act_hi_procinst h where h.proc_def_id_ like 'referral:%' and not exists"
          + " (select 1 from totalplace.referral r where r.process_instance_id = h.proc_inst_id_)",
      "a process left by a change that did not commit"
    },
    {
      "every open referral waits at the step its state says",
      "select count(*) from totalplace.referral r where r.status in ('SENT', 'RECEIVED',"
          + " 'ACCEPTED') and not exists (select 1 from act_ru_task t where t.proc_inst_id_ ="
          + " r.process_instance_id and t.task_def_key_ = case r.status when 'SENT' then"
          + " 'acknowledge' when 'RECEIVED' then 'decide' else 'start' end)",
      "a referral whose state and process step disagree: a half-written step"
    },
    {
      "no timer left unfired",
      "select count(*) from act_ru_timer_job where duedate_ < now() - " + LATE,
      "a response clock or pathway date that did not fire within 10 minutes of its time"
    },
    {
      "no process job given up on",
      "select count(*) from act_ru_deadletter_job",
      "jobs that failed every retry; see the admin pages or Flowable's dead-letter table"
    },
    {
      "no webhook left undelivered",
      "select count(*) from totalplace.webhook_delivery where status = 'PENDING' and"
          + " next_attempt_at < now() - "
          + LATE,
      "a delivery due more than 10 minutes ago that nobody is trying"
    },
    {
      "no email left unsent",
      "select count(*) from totalplace.outgoing_email where sent_at is null and attempts = 0 and"
          + " created_at < now() - "
          + LATE,
      "an email waiting more than 10 minutes without a single try"
    },
  };

  private ConsistencyCheck() {}

  /** Every rule, in order, then the audit chain. Read-only. */
  public static List<Finding> run(Connection db) throws SQLException {
    List<Finding> findings = new ArrayList<>();
    try (Statement sql = db.createStatement()) {
      for (String[] rule : RULES) {
        try (ResultSet rs = sql.executeQuery(rule[1])) {
          rs.next();
          findings.add(new Finding(rule[0], rs.getLong(1), rule[2]));
        }
      }
    }
    ChainCheck chain = ChainVerifier.verify(db);
    findings.add(
        new Finding(
            "the audit chain verifies",
            chain.isIntact() ? 0 : 1,
            chain.isIntact()
                ? chain.getChecked() + " sealed entries checked"
                : String.valueOf(chain.getProblem())));
    return findings;
  }
}

package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A user action that fails part-way rolls back both the app's rows and the Flowable process state:
 * the decision's task is completed first, then the referral row update is made to fail.
 */
@ExtendWith(Platform.class)
class RollbackIT {

  @Test
  void aFailedAcceptLeavesTheReferralAndItsTaskAsTheyWere() throws SQLException {
    Api housing = Api.as("housing-system");
    Api drugAlcohol = Api.as("drug-alcohol-system");
    long person = ReferralApiIT.createPerson(housing, "Casey", "Holt" + ReferralApiIT.suffix());
    long referral = ReferralApiIT.refer(housing, person, "drug-alcohol", "URGENT");
    String process = processOf(referral);
    assertThat(openTasks(process)).isEqualTo("acknowledge");

    try (Connection db = Platform.database()) {
      db.createStatement()
          .execute(
              "create function totalplace.refuse_accept() returns trigger language plpgsql as $$"
                  + " begin raise exception 'injected failure'; end $$");
      db.createStatement()
          .execute(
              "create trigger refuse_accept before update on totalplace.referral for each row"
                  + " when (new.id = "
                  + referral
                  + ") execute function totalplace.refuse_accept()");
    }
    try {
      Api.Reply failed = drugAlcohol.post("/referrals/" + referral + "/accept", "");
      assertThat(failed.status()).isEqualTo(500);
      assertThat(failed.body()).doesNotContain("injected failure").doesNotContain("Exception");
      assertThat(openTasks(process))
          .as("the process has not moved on: not even the acknowledgement stuck")
          .isEqualTo("acknowledge");
      assertThat(statusOf(referral)).isEqualTo("SENT");
      assertThat(auditedAcceptances(referral)).isZero();
    } finally {
      try (Connection db = Platform.database()) {
        db.createStatement().execute("drop trigger refuse_accept on totalplace.referral");
        db.createStatement().execute("drop function totalplace.refuse_accept()");
      }
    }

    Api.Reply accepted = drugAlcohol.post("/referrals/" + referral + "/accept", "");
    assertThat(accepted.status()).isEqualTo(200);
    assertThat(openTasks(process)).isEqualTo("start");
    assertThat(statusOf(referral)).isEqualTo("ACCEPTED");
    assertThat(auditedAcceptances(referral)).isEqualTo(1);
  }

  static String processOf(long referral) throws SQLException {
    return single("select process_instance_id from totalplace.referral where id = " + referral);
  }

  static String statusOf(long referral) throws SQLException {
    return single("select status from totalplace.referral where id = " + referral);
  }

  /** The process's open user tasks, by their key in the model. */
  static String openTasks(String process) throws SQLException {
    return single(
        "select string_agg(task_def_key_, ',' order by task_def_key_) from act_ru_task"
            + " where proc_inst_id_ = '"
            + process
            + "'");
  }

  static long auditedAcceptances(long referral) throws SQLException {
    return Long.parseLong(
        single(
            "select count(*) from totalplace.audit_event where action = 'REFERRAL_ACCEPTED'"
                + " and subject_id = "
                + referral));
  }

  static String single(String sql) throws SQLException {
    try (Connection db = Platform.database();
        var rs = db.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}

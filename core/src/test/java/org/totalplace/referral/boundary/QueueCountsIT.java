package org.totalplace.referral.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.totalplace.flow.control.HandMadeReferrals;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.referral.entity.QueueCounts;

/** The navigation's queue counts on hand-made referrals whose answers are counted by hand. */
class QueueCountsIT {

  static final Instant NOW = Instant.parse("2026-02-10T12:00:00Z");

  static HandMadeReferrals db;
  static WorkQueues queues;

  @BeforeAll
  static void referrals() throws Exception {
    db = new HandMadeReferrals();
    db.write(
        () -> {
          // To housing: two of Hana's (one sent and past its acknowledgement), one nobody's
          // received, one nobody's in progress, one of Ian's, one closed (never counted).
          long late = to("hana", "SENT");
          db.set(late, "acknowledge_due_at", NOW.minus(Duration.ofHours(1)));
          to("hana", "IN_PROGRESS");
          long received = to(null, "RECEIVED");
          db.set(received, "decide_due_at", NOW.plus(Duration.ofHours(3)));
          to(null, "IN_PROGRESS");
          to("ian", "ACCEPTED");
          to("hana", "COMPLETED");
          // From housing by Hana: a draft and a question to answer are hers; Ian's draft is not.
          from("hana", "DRAFT");
          from("hana", "INFORMATION_REQUESTED");
          from("ian", "DRAFT");
        });
    queues = new WorkQueues();
    queues.em = db.em;
    queues.clock = Clock.fixed(NOW, ZoneOffset.UTC);
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  private static long to(String worker, String status) {
    long r = db.sent(db.person("To", "Housing"), "probation", "housing", "ROUTINE", status, NOW);
    db.set(r, "assignee", worker);
    return r;
  }

  private static void from(String sender, String status) {
    long r = db.sent(db.person("From", "Housing"), "housing", "health", "ROUTINE", status, NOW);
    db.set(r, "sent_by", sender);
  }

  @Test
  void eachQueueIsCountedOnce() {
    Caller hana = Caller.fromGroups("hana", "Hana Reid", "housing", Set.of(Roles.FRONTLINE_WORKER));
    QueueCounts counts = queues.counts(hana);
    assertThat(counts.getMine()).isEqualTo(4); // two held, a draft, a question
    assertThat(counts.getUnassigned()).isEqualTo(2);
    assertThat(counts.getAwaitingAcceptance()).isEqualTo(2); // her late one, nobody's received
    assertThat(counts.getOverdue()).isEqualTo(1);
  }
}

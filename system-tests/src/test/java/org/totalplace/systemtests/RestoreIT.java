package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.totalplace.launcher.Stack;

/**
 * Point-in-time restore of the test platform: a base backup, a referral, a moment, a second
 * referral; the platform is stopped and its database put back as it was at that moment. Runs after
 * the other system tests (it rewinds their platform), before the log check.
 */
@ExtendWith(Platform.class)
@Order(Integer.MAX_VALUE - 1)
class RestoreIT {

  @Test
  void restoringToAMomentBetweenTwoReferralsKeepsExactlyTheFirstAndTheRealm() throws Exception {
    Api housing = Api.as("housing-system");
    long person = ReferralApiIT.createPerson(housing, "Rhea", "Restore" + ReferralApiIT.suffix());
    Path backup = Platform.stack().backup();
    assertThat(Files.exists(backup.resolve("data/backup_label"))).isTrue();

    long first = ReferralApiIT.refer(housing, person, "drug-alcohol", "URGENT");
    Instant between = databaseNow();
    long second = ReferralApiIT.refer(housing, person, "drug-alcohol", "URGENT");
    assertThat(referralsOf(person)).contains(first, second);

    Path home = Platform.stack().home();
    int offset = Integer.getInteger("totalplace.portOffset", 10000);
    Platform.restart(() -> Stack.restore(home, offset, between));

    assertThat(referralsOf(person)).containsExactly(first);
    // Keycloak's realm is in the same server and came back with it: its clients still log in.
    Api again = Api.as("housing-system");
    assertThat(again.get("/referrals/" + first).status()).isEqualTo(200);
    assertThat(again.get("/referrals/" + second).status()).isEqualTo(404);
  }

  private static Instant databaseNow() throws Exception {
    try (Connection db = Platform.database();
        Statement sql = db.createStatement();
        ResultSet rs = sql.executeQuery("select clock_timestamp()")) {
      rs.next();
      return rs.getObject(1, java.time.OffsetDateTime.class).toInstant();
    }
  }

  private static java.util.List<Long> referralsOf(long person) throws Exception {
    java.util.List<Long> ids = new java.util.ArrayList<>();
    try (Connection db = Platform.database();
        Statement sql = db.createStatement();
        ResultSet rs =
            sql.executeQuery(
                "select id from totalplace.referral where person_id = "
                    + person
                    + " order by id")) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    return ids;
  }
}

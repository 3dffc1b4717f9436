package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Opening a person's record is one transaction: the record and its referrals, read and audited. */
@ExtendWith(Platform.class)
class RecordPageIT {

  @Test
  void theRecordItsReferralsAndTheirAuditAreOneTransaction() throws Exception {
    Api health = Api.as("health-system");
    String family = "Onetx" + ReferralApiIT.suffix();
    long person = ReferralApiIT.createPerson(health, "Rhea", family);
    long referral = ReferralApiIT.refer(health, person, "housing", "ROUTINE");
    long before = lastAuditId();

    HttpResponse<String> page =
        PageSession.login("housing.worker").get("/person.xhtml?id=" + person);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Rhea " + family)
        .contains("referral.xhtml?id=" + referral + "\"");
    try (Connection db = Platform.database();
        PreparedStatement audit =
            db.prepareStatement(
                "select count(distinct txid), string_agg(distinct action, ',' order by action)"
                    + " from audit_event where id > ? and username = 'housing.worker' and"
                    + " ((subject_type = 'person' and subject_id = ? and action = 'PERSON_VIEWED')"
                    + " or (subject_type = 'referral' and subject_id = ? and action ="
                    + " 'REFERRAL_LISTED'))")) {
      audit.setLong(1, before);
      audit.setLong(2, person);
      audit.setLong(3, referral);
      try (ResultSet rows = audit.executeQuery()) {
        rows.next();
        assertThat(rows.getString(2)).isEqualTo("PERSON_VIEWED,REFERRAL_LISTED");
        assertThat(rows.getLong(1)).as("transactions that read and audited the page").isEqualTo(1);
      }
    }
  }

  /**
   * A full record (entries, a change of address, a relationship, agencies involved, referrals to
   * and from the worker's agency), opened by a worker whose agency shares it: its page, the
   * navigation's counts included, runs at most ten statements, whatever the record holds.
   */
  @Test
  void openingARecordRunsAtMostTenStatements() throws Exception {
    Api health = Api.as("health-system");
    String family = "Tenstat" + ReferralApiIT.suffix();
    long person = ReferralApiIT.createPerson(health, "Rhea", family);
    long sister = ReferralApiIT.createPerson(health, "Sian", family);
    ReferralApiIT.refer(health, person, "housing", "ROUTINE");
    ReferralApiIT.refer(health, person, "voluntary", "URGENT");
    Api.as("housing-system").post("/persons/" + person + "/involvement", Map.of("leadWorker", "H"));
    for (String summary : List.of("Seen at clinic", "Missed appointment", "Phoned")) {
      Api.Reply entry =
          health.post(
              "/persons/" + person + "/entries",
              Map.of("kind", "NOTE", "sensitivity", "GENERAL", "summary", summary));
      assertThat(entry.status()).as(entry.toString()).isEqualTo(201);
    }
    Api.Reply related =
        health.post(
            "/persons/" + person + "/relationships",
            Map.of("kind", "SIBLING", "relatedId", sister));
    assertThat(related.status()).as(related.toString()).isEqualTo(204);
    Api.Reply moved =
        health.post(
            "/persons/" + person + "/circumstances",
            Map.of("addressLine", "Flat 2, 10 Mill Lane", "postcode", "ls6 1aa"),
            Map.of("If-Match", health.get("/persons/" + person).header("ETag")));
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

    PageSession worker = PageSession.login("housing.worker");
    String path = "/person.xhtml?id=" + person;
    assertThat(worker.get(path).body())
        .contains("Flat 2, 10 Mill Lane", "Missed appointment", "Sian " + family, "Referrals");
    try (StatementCount count = StatementCount.onQuietPlatform(5000)) {
      StatementCount.PerRequest opened =
          count.of(30, () -> assertThat(worker.get(path).statusCode()).isEqualTo(200));
      System.out.printf(
          "Opening a record ran %.1f statements:%n%s%n",
          opened.statements(), String.join("\n", opened.statementsRun()));
      assertThat(opened.statements())
          .as("statements per record opened:%n%s", String.join("\n", opened.statementsRun()))
          .isLessThanOrEqualTo(10.0);
    }
  }

  private static long lastAuditId() throws Exception {
    try (Connection db = Platform.database();
        ResultSet max = db.createStatement().executeQuery("select max(id) from audit_event")) {
      max.next();
      return max.getLong(1);
    }
  }
}

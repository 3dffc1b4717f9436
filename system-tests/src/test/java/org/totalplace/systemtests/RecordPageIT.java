package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

  private static long lastAuditId() throws Exception {
    try (Connection db = Platform.database();
        ResultSet max = db.createStatement().executeQuery("select max(id) from audit_event")) {
      max.next();
      return max.getLong(1);
    }
  }
}

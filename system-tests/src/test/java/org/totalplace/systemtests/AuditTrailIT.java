package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail is tamper-evident: whoever gets past the database's refusal (the table owner can
 * switch the trigger off) still cannot change an entry without the officer's check showing where.
 */
@ExtendWith(Platform.class)
class AuditTrailIT {

  @Test
  void aChangedEntryIsFoundByTheOfficersCheckAndTheTrailIsIntactOnceRestored() throws Exception {
    // Something to audit, so the chain is not empty.
    var created =
        Api.as("housing-system")
            .post(
                "/persons",
                Map.of(
                    "givenName", "Tam",
                    "familyName", "Audit" + ReferralApiIT.suffix(),
                    "dateOfBirth", "1970-01-01"));
    assertThat(created.status()).isEqualTo(201);

    PageSession dpo = PageSession.login("dpo");
    assertThat(check(dpo)).contains("Intact");
    sealedSoon();

    long seq;
    String detail;
    try (Connection db = Platform.database();
        Statement sql = db.createStatement()) {
      try (ResultSet last =
          sql.executeQuery(
              "select chain_seq, detail from audit_event where action = 'PERSON_CREATED'"
                  + " order by chain_seq desc limit 1")) {
        assertThat(last.next()).isTrue();
        seq = last.getLong(1);
        detail = last.getString(2);
      }
      tamper(sql, "update audit_event set detail = 'nothing to see' where chain_seq = " + seq);
      String broken = check(dpo);
      assertThat(broken).contains("Broken", "Entry " + seq + " has been changed");
      tamper(
          sql,
          "update audit_event set detail = "
              + (detail == null ? "null" : "'" + detail.replace("'", "''") + "'")
              + " where chain_seq = "
              + seq);
    }
    assertThat(check(dpo)).contains("Intact");
  }

  @Test
  void everyPersonASearchListsIsChainedWithTheBasisTheyWereShownOn() throws Exception {
    String family = "Listed" + ReferralApiIT.suffix();
    Api housing = Api.as("housing-system");
    List<String> ids = new java.util.ArrayList<>();
    for (String given : List.of("Ann", "Bea", "Cal")) {
      var created =
          housing.post(
              "/persons",
              Map.of("givenName", given, "familyName", family, "dateOfBirth", "1971-02-03"));
      assertThat(created.status()).isEqualTo(201);
      ids.add(created.json().get("id").asText());
    }

    var found = housing.get("/persons?name=" + family + "&dateOfBirth=1971-02-03");
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.json().findValuesAsText("id")).containsExactlyInAnyOrderElementsOf(ids);

    sealedSoon();
    List<Long> seqs = new java.util.ArrayList<>();
    try (Connection db = Platform.database();
        Statement sql = db.createStatement();
        ResultSet listed =
            sql.executeQuery(
                "select chain_seq, basis, username from audit_event where action ="
                    + " 'PERSON_LISTED' and subject_id in ("
                    + String.join(",", ids)
                    + ") order by chain_seq")) {
      while (listed.next()) {
        seqs.add(listed.getLong(1));
        assertThat(listed.getString(2)).isIn("record open", "known-to");
        assertThat(listed.getString(3)).isEqualTo("service-account-housing-system");
      }
    }
    // One entry each, one after another in the chain: written together, by one statement.
    assertThat(seqs).hasSize(3);
    assertThat(seqs.get(2) - seqs.get(0)).isEqualTo(2);
    assertThat(check(PageSession.login("dpo"))).contains("Intact");
  }

  /**
   * Waits, up to 30 seconds, until the platform's sealer has chained every entry written so far:
   * actions write their entries unsealed and the sealer chains them within a second or two.
   */
  static void sealedSoon() throws Exception {
    try (Connection db = Platform.database();
        Statement sql = db.createStatement()) {
      long upTo;
      try (ResultSet max = sql.executeQuery("select max(id) from audit_event")) {
        max.next();
        upTo = max.getLong(1);
      }
      long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
      while (true) {
        try (ResultSet waiting =
            sql.executeQuery(
                "select count(*) from audit_event where chain_seq is null and id <= " + upTo)) {
          waiting.next();
          if (waiting.getLong(1) == 0) {
            return;
          }
        }
        assertThat(System.nanoTime()).as("audit entries sealed within 30 s").isLessThan(deadline);
        Thread.sleep(100);
      }
    }
  }

  /** Owner-only: switching the append-only trigger off, as an insider with the password could. */
  private static void tamper(Statement sql, String update) throws Exception {
    sql.execute("alter table audit_event disable trigger audit_event_append_only");
    try {
      assertThat(sql.executeUpdate(update)).isEqualTo(1);
    } finally {
      sql.execute("alter table audit_event enable trigger audit_event_append_only");
    }
  }

  private static String check(PageSession dpo) {
    var page = dpo.get("/dpo/index.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    return dpo.submit(page, "audit", "verify").body();
  }
}

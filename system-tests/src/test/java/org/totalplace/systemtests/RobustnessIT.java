package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Thousands of malformed requests at every write and the searches: bad JSON, wrong types, huge and
 * deep bodies, unknown fields, injection strings, broken Unicode, bad ids, headers and media types.
 * None may answer 5xx or leak an internal name, each must be problem+json, and the data must be
 * exactly as before (every table but the audit trail, which records the refusals).
 */
@ExtendWith(Platform.class)
class RobustnessIT {

  static final List<String> INJECTIONS =
      List.of(
          "' or 1=1 --",
          "'; drop table totalplace.person; --",
          "\" onmouseover=\"alert(1)",
          "<script>alert(1)</script>",
          "${jndi:ldap://127.0.0.1/x}",
          "#{facesContext}",
          "../../../../etc/passwd",
          "%00",
          "\u0000",
          "\ud800",
          "\uffff",
          "😀".repeat(300),
          "a".repeat(10_000),
          "Robert'); DELETE FROM referral;--",
          "1e309",
          "-1",
          "null");

  static final List<String> WRITES =
      List.of(
          "POST /persons",
          "PUT /persons/%s",
          "POST /persons/%s/circumstances",
          "POST /persons/%s/entries",
          "POST /persons/%s/identifiers",
          "POST /persons/%s/relationships",
          "POST /persons/%s/consents",
          "POST /persons/%s/involvement",
          "POST /persons/%s/access-requests",
          "POST /persons/%s/break-glass",
          "POST /referrals",
          "POST /referrals/%s/accept",
          "POST /referrals/%s/decline",
          "POST /referrals/%s/complete",
          "POST /referrals/%s/withdraw",
          "POST /referrals/%s/reroute",
          "POST /referrals/%s/assign",
          "POST /referrals/%s/information-requests",
          "POST /consents/%s/withdraw");

  static final List<String> FIELDS =
      List.of(
          "givenName",
          "familyName",
          "dateOfBirth",
          "postcode",
          "personId",
          "serviceId",
          "urgency",
          "reason",
          "code",
          "outcome",
          "agencies",
          "basis",
          "consent",
          "purpose",
          "summary",
          "value",
          "scheme",
          "version");

  final Api housing = Api.as("housing-system");

  @Test
  void wrongTypesAndUnknownFieldsAreRefusedByNameAndChangeNothing() throws Exception {
    long person = ReferralApiIT.createPerson(housing, "Robin", "Stout" + ReferralApiIT.suffix());
    Map<String, String> before = snapshot();
    Map<String, String> json = Map.of("Content-Type", "application/json");

    Api.Reply unknown =
        housing.raw(
            "POST",
            "/persons",
            ("{\"givenName\":\"Una\",\"familyName\":\"Known\",\"dateOfBirth\":\"1990-01-01\","
                    + "\"postcode\":\"LS11 5QP\",\"isAdmin\":true}")
                .getBytes(StandardCharsets.UTF_8),
            json);
    Api.Reply number =
        housing.raw(
            "POST",
            "/persons/" + person + "/break-glass",
            "{\"reason\": 123}".getBytes(StandardCharsets.UTF_8),
            json);

    assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
    assertThat(Api.JSON.readTree(unknown.body()).at("/errors/0/field").asText())
        .isEqualTo("isAdmin");
    assertThat(number.status()).as(number.body()).isEqualTo(400);
    assertThat(Api.JSON.readTree(number.body()).at("/errors/0").toString())
        .contains("\"reason\"", "must be text");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void duplicateKeysWrongQueryTypesAndBrokenMediaTypesAreRefusedByName() throws Exception {
    long person = ReferralApiIT.createPerson(housing, "Robin", "Stave" + ReferralApiIT.suffix());
    Map<String, String> before = snapshot();
    byte[] twice =
        "{\"reason\": \"Rent arrears\", \"reason\": \"Something else\"}"
            .getBytes(StandardCharsets.UTF_8);
    byte[] fine = "{\"reason\": \"Checking the record\"}".getBytes(StandardCharsets.UTF_8);

    Api.Reply duplicate =
        housing.raw(
            "POST",
            "/persons/" + person + "/access-requests",
            twice,
            Map.of("Content-Type", "application/json"));
    Api.Reply limit = housing.get("/work?limit=abc");
    Api.Reply emptyParameter =
        housing.raw(
            "POST",
            "/persons/" + person + "/access-requests",
            fine,
            Map.of("Content-Type", "application/json;;"));
    Api.Reply latin1 =
        housing.raw(
            "POST",
            "/persons/" + person + "/access-requests",
            fine,
            Map.of("Content-Type", "application/json; charset=ISO-8859-1"));

    assertThat(duplicate.status()).as(duplicate.body()).isEqualTo(400);
    assertThat(duplicate.json().at("/errors/0/field").asText()).isEqualTo("reason");
    assertThat(limit.status()).as(limit.body()).isEqualTo(400);
    assertThat(limit.json().at("/errors/0/field").asText()).isEqualTo("limit");
    assertThat(limit.header("Content-Type")).startsWith("application/problem+json");
    assertThat(emptyParameter.status()).as(emptyParameter.body()).isEqualTo(415);
    assertThat(latin1.status()).as(latin1.body()).isEqualTo(415);
    assertThat(latin1.json().path("detail").asText()).contains("ISO-8859-1");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void malformedRequestsGetClearRefusalsAndChangeNothing() throws Exception {
    long person = ReferralApiIT.createPerson(housing, "Robin", "Sturdy" + ReferralApiIT.suffix());
    long referral = ReferralApiIT.refer(housing, person, "drug-alcohol", "ROUTINE");
    Map<String, String> before = snapshot();

    List<Object[]> requests = new ArrayList<>();
    for (String write : WRITES) {
      String method = write.split(" ")[0];
      String template = write.split(" ")[1];
      String path = String.format(template, template.startsWith("/referrals") ? referral : person);
      for (byte[] body : badBodies()) {
        requests.add(new Object[] {method, path, body, Map.of("Content-Type", "application/json")});
      }
      // A body that is fine JSON but not JSON at all to the server's ears.
      requests.add(
          new Object[] {method, path, "{}".getBytes(), Map.of("Content-Type", "text/plain")});
      requests.add(
          new Object[] {
            method,
            path,
            "{}".getBytes(),
            Map.of("Content-Type", "application/json", "If-Match", "garbage")
          });
      for (String id : List.of("0", "-1", "abc", "99999999999999999999", "1.5", "%27%20or%201=1")) {
        String badPath = template.contains("%s") ? template.replace("%s", id) : template + "/" + id;
        requests.add(
            new Object[] {
              method, badPath, "{}".getBytes(), Map.of("Content-Type", "application/json")
            });
      }
    }
    for (String text : INJECTIONS) {
      String q = URLEncoder.encode(text, StandardCharsets.UTF_8);
      for (String read :
          List.of(
              "/persons?q=" + q,
              "/persons?q=Smith&dateOfBirth=" + q,
              "/persons?q=Smith&postcode=" + q,
              "/services?postcode=" + q,
              "/services?need=" + q,
              "/work?cursor=" + q,
              "/work?changedSince=" + q,
              "/work?limit=" + q,
              "/referrals?box=" + q,
              "/persons/" + q,
              "/referrals/" + q)) {
        requests.add(new Object[] {"GET", read, null, Map.of()});
      }
    }

    Map<Integer, Integer> statuses = new TreeMap<>();
    for (Object[] r : requests) {
      String asked =
          r[0] + " " + r[1] + " with " + (r[2] == null ? 0 : ((byte[]) r[2]).length) + " bytes";
      boolean overLong = ((String) r[1]).length() > 8000;
      Api.Reply reply;
      try {
        @SuppressWarnings("unchecked")
        Map<String, String> headers = (Map<String, String>) r[3];
        reply = housing.raw((String) r[0], (String) r[1], (byte[]) r[2], headers);
      } catch (java.io.UncheckedIOException e) {
        // Only an address too long for any HTTP server may be cut off rather than answered.
        assertThat(overLong).as(asked + ": " + e.getMessage()).isTrue();
        statuses.merge(0, 1, Integer::sum);
        continue;
      }
      statuses.merge(reply.status(), 1, Integer::sum);
      if (reply.status() < 300 && !"GET".equals(r[0])) {
        System.out.println("Robustness: accepted " + asked + " -> " + reply.status());
      }
      String what = r[0] + " " + r[1] + " -> " + reply.status() + " " + abbreviate(reply.body());
      assertThat(reply.status()).as(what).isLessThan(500);
      String pathOnly = ((String) r[1]).split("\\?")[0];
      boolean refusedByHttpServer =
          (reply.status() == 400 || reply.status() == 414 || reply.status() == 431)
              && reply.body().isEmpty()
              && (pathOnly.contains("%2F") || pathOnly.contains("%00") || overLong);
      if (reply.status() >= 400 && !refusedByHttpServer) {
        // (An encoded slash or NUL in a path, or an address over 8 KB, is refused by Payara's
        // HTTP layer before the API sees it: a bare 4xx, no body, nothing read or changed.)
        assertThat(reply.header("Content-Type")).as(what).startsWith("application/problem+json");
        assertThat(reply.body())
            .as(what)
            .doesNotContain("Exception", "org.totalplace", "at org.", "at java.", "SQL", "psql");
      }
    }
    System.out.printf(
        "Robustness: %d malformed requests, statuses %s%n", requests.size(), statuses);
    assertThat(requests.size()).isGreaterThan(2000);
    assertThat(snapshot()).isEqualTo(before);
  }

  /** Bodies that must all be refused, whatever the write. */
  static List<byte[]> badBodies() {
    List<String> texts = new ArrayList<>();
    texts.addAll(
        List.of(
            "",
            "{",
            "[",
            "{\"a\":}",
            "nul",
            "{\"givenName\": \"x\",}",
            "\"just a string\"",
            "42",
            "[]",
            "{}{}"));
    for (String field : FIELDS) {
      for (String value :
          List.of("123", "[1,2]", "{\"x\":1}", "true", "\"\"", "1e309", "-99999999999999999999")) {
        texts.add("{\"" + field + "\": " + value + "}");
      }
    }
    for (String text : INJECTIONS) {
      // Injection strings in every field, with the required ones of most writes missing.
      Map<String, String> body = new LinkedHashMap<>();
      for (String field : FIELDS.subList(0, 6)) {
        body.put(field, text);
      }
      texts.add(json(body));
    }
    // A date that is not one (as text, "31/02/2020" is a fine reason or summary, so only here).
    texts.add("{\"dateOfBirth\": \"31/02/2020\"}");
    texts.add("{\"givenName\":\"Una\",\"familyName\":\"Known\",\"dateOfBirth\":\"31/02/2020\"}");
    // Every field right for a new person, plus one nobody asked for.
    texts.add(
        "{\"givenName\":\"Una\",\"familyName\":\"Known\",\"dateOfBirth\":\"1990-01-01\","
            + "\"postcode\":\"LS11 5QP\",\"isAdmin\":true}");
    texts.add("{\"givenName\": \"" + "x".repeat(2_000_000) + "\"}");
    texts.add("[".repeat(50_000) + "]".repeat(50_000));
    texts.add("{\"givenName\": \"\\ud800\\udc00\\ud800\", \"familyName\": \"\\u0000\"}");
    List<byte[]> bodies = new ArrayList<>();
    texts.forEach(t -> bodies.add(t.getBytes(StandardCharsets.UTF_8)));
    // Not UTF-8 at all.
    bodies.add(new byte[] {'{', '"', 'g', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
    bodies.add(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0});
    return bodies;
  }

  static String json(Map<String, String> body) {
    try {
      return Api.JSON.writeValueAsString(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }

  /** Every table's rows, digested, but the audit trail's and background workers' ones. */
  static Map<String, String> snapshot() throws Exception {
    Map<String, String> digests = new TreeMap<>();
    try (Connection db = Platform.database();
        Statement sql = db.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          sql.executeQuery(
              "select table_schema || '.' || table_name from information_schema.tables where"
                  + " table_schema = 'totalplace' and table_type = 'BASE TABLE' and table_name not"
                  + " in ('audit_event', 'audit_seal', 'flyway_schema_history', 'outgoing_email',"
                  + " 'work_count', 'work_count_change')"
                  // The engine's and the dispatchers' own bookkeeping moves by itself (the counts
                  // are folded every second: what they say is compared below, not how stored).
                  + " and table_name !~ '^(act_|flw_)' and table_name !~ '(webhook|outbox)'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      tables.add("totalplace.work_count_now");
      for (String table : tables) {
        try (ResultSet rs =
            sql.executeQuery(
                "select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by"
                    + " t::text)), '') from "
                    + table
                    + " t")) {
          rs.next();
          digests.put(table, rs.getString(1));
        }
      }
    }
    return digests;
  }
}

package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.totalplace.systemtests.ReferralApiIT.createPerson;
import static org.totalplace.systemtests.ReferralApiIT.ids;
import static org.totalplace.systemtests.ReferralApiIT.refer;
import static org.totalplace.systemtests.ReferralApiIT.serviceOf;
import static org.totalplace.systemtests.ReferralApiIT.suffix;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A referral's whole lifecycle through the API, the refusals that change nothing, the work queues,
 * and the response clock: timers fire in the running platform and team leads are told in the app
 * and by email.
 */
@ExtendWith(Platform.class)
class ReferralLifecycleApiIT {

  final Api housing = Api.as("housing-system");
  final Api drugAlcohol = Api.as("drug-alcohol-system");
  final Api police = Api.as("police-system");

  /**
   * Pressing Send is one step: no draft is made and then sent, so the history has one row, the
   * audit one event and the process never visits the sender's step.
   */
  @Test
  void aReferralSentWhenWrittenIsOneStepInItsHistoryAuditAndProcess() throws Exception {
    long person = createPerson(housing, "Orla", "Quick" + suffix());
    long id = refer(housing, person, "drug-alcohol", "ROUTINE");

    JsonNode history = housing.get("/referrals/" + id + "/history").json();
    assertThat(history.findValuesAsText("action")).containsExactly("SENT");
    assertThat(ReferralApiIT.audited("referral", id).stream().map(a -> a.split(" by ")[0]))
        .containsExactly("REFERRAL_SENT");
    try (Connection db = Platform.database()) {
      assertThat(userTasksOf(db, id)).containsExactly("acknowledge");
    }
    step(drugAlcohol, id, "acknowledge", Map.of(), "RECEIVED");
  }

  @Test
  void acceptingAReferralNobodyAcknowledgedIsOneStepWithOneTimer() throws Exception {
    long person = createPerson(housing, "Aled", "Prompt" + suffix());
    long id = refer(housing, person, "drug-alcohol", "ROUTINE");
    try (Connection db = Platform.database()) {
      assertThat(timersOf(db, id))
          .as("one timer for the three moments")
          .containsExactly("acknowledgeClock");
    }

    step(drugAlcohol, id, "accept", Map.of(), "ACCEPTED");

    JsonNode history = housing.get("/referrals/" + id + "/history").json();
    assertThat(history.findValuesAsText("action")).containsExactly("SENT", "ACCEPTED");
    assertThat(
            ReferralApiIT.audited("referral", id).stream()
                .map(a -> a.split(" by ")[0])
                .filter(action -> !action.equals("REFERRAL_VIEWED")))
        .as("the changes audited, apart from looking at it")
        .containsExactly("REFERRAL_SENT", "REFERRAL_ACCEPTED");
    try (Connection db = Platform.database()) {
      assertThat(userTasksOf(db, id))
          .as("no decide task made")
          .containsExactly("acknowledge", "start");
      assertThat(timersOf(db, id)).containsExactly("startInactivity");
      var received =
          db.prepareStatement(
              "select received_at is not null and received_at = accepted_at"
                  + " from totalplace.referral where id = ?");
      received.setLong(1, id);
      var row = received.executeQuery();
      row.next();
      assertThat(row.getBoolean(1)).as("accepting it says when it was received").isTrue();
    }
  }

  /** The user tasks the referral's process has been through, in order. */
  private static List<String> userTasksOf(Connection db, long referral) throws Exception {
    return processRows(
        db,
        "select a.act_id_ from totalplace.act_ru_actinst a join totalplace.referral r on"
            + " r.process_instance_id = a.proc_inst_id_ where r.id = ? and a.act_type_ = 'userTask'"
            + " order by a.start_time_, a.act_id_",
        referral);
  }

  private static List<String> timersOf(Connection db, long referral) throws Exception {
    return processRows(
        db,
        "select j.element_id_ from totalplace.act_ru_timer_job j join totalplace.referral r"
            + " on r.process_instance_id = j.process_instance_id_ where r.id = ?"
            + " order by j.element_id_",
        referral);
  }

  private static List<String> processRows(Connection db, String sql, long referral)
      throws Exception {
    try (var query = db.prepareStatement(sql)) {
      query.setLong(1, referral);
      var rows = query.executeQuery();
      List<String> found = new ArrayList<>();
      while (rows.next()) {
        found.add(rows.getString(1));
      }
      return found;
    }
  }

  @Test
  void everyStepFromDraftToCompletedIsDatedAttributedAndSeenByBothSides() {
    long person = createPerson(housing, "Ellis", "Marsh" + suffix());
    ReferralApiIT.consentTo(housing, person, "drug-alcohol");
    Api.Reply draft =
        housing.post(
            "/referrals?draft=true",
            Map.of(
                "personId",
                person,
                "serviceId",
                serviceOf(housing, "drug-alcohol"),
                "urgency",
                "URGENT",
                "reason",
                "Drinking again since losing his job"));
    assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
    long id = draft.json().get("id").asLong();
    assertThat(draft.json().get("fhirTaskStatus").asText()).isEqualTo("draft");
    assertThat(drugAlcohol.get("/referrals/" + id).status())
        .as("a draft is the sender's alone")
        .isEqualTo(404);

    step(housing, id, "send", Map.of(), "SENT");
    JsonNode sent = drugAlcohol.get("/referrals/" + id).json();
    assertThat(sent.path("dueAt").asText()).as("acknowledging runs against a clock").isNotBlank();
    step(drugAlcohol, id, "acknowledge", Map.of(), "RECEIVED");
    step(
        drugAlcohol,
        id,
        "information-requests",
        Map.of("question", "Is he registered with a GP?"),
        "INFORMATION_REQUESTED");
    assertThat(drugAlcohol.post("/referrals/" + id + "/accept", "").status())
        .as("no decision while waiting for the answer")
        .isEqualTo(409);
    step(housing, id, "information", Map.of("answer", "Yes, at Leeds Road"), "RECEIVED");
    step(drugAlcohol, id, "accept", Map.of(), "ACCEPTED");
    step(drugAlcohol, id, "start", Map.of(), "IN_PROGRESS");
    Api.Reply noOutcome = drugAlcohol.post("/referrals/" + id + "/complete", Map.of());
    assertThat(noOutcome.status()).isEqualTo(400);
    JsonNode done =
        step(
            drugAlcohol,
            id,
            "complete",
            Map.of("completed", true, "outcome", "Completed detox, in recovery group"),
            "COMPLETED");
    assertThat(done.get("fhirTaskStatus").asText()).isEqualTo("completed");

    JsonNode history = housing.get("/referrals/" + id + "/history").json();
    assertThat(history.findValuesAsText("action"))
        .containsSubsequence(
            "DRAFTED",
            "SENT",
            "ACKNOWLEDGED",
            "INFORMATION_REQUESTED",
            "INFORMATION_PROVIDED",
            "ACCEPTED",
            "STARTED",
            "COMPLETED");
    assertThat(history.findValuesAsText("note")).contains("Is he registered with a GP?");
    assertThat(drugAlcohol.get("/referrals/" + id + "/history").json().size())
        .isEqualTo(history.size());
    assertThat(police.get("/referrals/" + id + "/history").status()).isEqualTo(404);
    assertThat(
            housing.get("/persons/" + person).json().get("chronology").findValuesAsText("summary"))
        .contains(
            "Referred to Drug and alcohol treatment",
            "Sent information asked for on referral to Drug and alcohol treatment");
    assertThat(
            drugAlcohol
                .get("/persons/" + person)
                .json()
                .get("chronology")
                .findValuesAsText("summary"))
        .as("the receiver, now involved, has its own steps in the chronology")
        .contains(
            "Acknowledged referral to Drug and alcohol treatment",
            "Asked for more information on referral to Drug and alcohol treatment",
            "Accepted referral to Drug and alcohol treatment",
            "First contact made on referral to Drug and alcohol treatment",
            "Completed referral to Drug and alcohol treatment");
  }

  @Test
  void withoutASharingBasisForTheReceiverNothingIsSent() throws SQLException {
    long person = createPerson(housing, "Noel", "Brook" + suffix());
    Api.Reply refused =
        housing.post(
            "/referrals",
            Map.of(
                "personId",
                person,
                "serviceId",
                serviceOf(housing, "police"),
                "urgency",
                "ROUTINE",
                "reason",
                "Concern"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("serviceId");
    assertThat(refused.json().get("errors").findValuesAsText("message").get(0))
        .contains("no consent or other lawful basis");
    assertThat(count("select count(*) from totalplace.referral where person_id = " + person))
        .isZero();
    assertThat(
            count(
                "select count(*) from act_ru_execution where business_key_ is not null"
                    + " and business_key_ not in (select id::text from totalplace.referral)"
                    + " and proc_def_id_ like 'referral:%'"))
        .as("no process without its referral")
        .isZero();
  }

  @Test
  void aClosedServiceTakesNoReferralAndAWithdrawnOneTakesNoStep() throws SQLException {
    long person = createPerson(housing, "Ruth", "Pike" + suffix());
    long service = serviceOf(housing, "voluntary");
    ReferralApiIT.consentTo(housing, person, "voluntary");
    Api voluntary = Api.as("voluntary-system");
    execute("update totalplace.service set accepting_referrals = false where id = " + service);
    try {
      Api.Reply closed =
          housing.post(
              "/referrals",
              Map.of(
                  "personId", person, "serviceId", service, "urgency", "ROUTINE", "reason", "r"));
      assertThat(closed.status()).isEqualTo(400);
      assertThat(closed.json().get("errors").findValuesAsText("message").get(0))
          .contains("not taking new referrals");
    } finally {
      execute("update totalplace.service set accepting_referrals = true where id = " + service);
    }
    long id = refer(housing, person, "voluntary", "ROUTINE");
    assertThat(voluntary.post("/referrals/" + id + "/withdraw", Map.of("reason", "x")).status())
        .as("only the sender withdraws")
        .isEqualTo(403);
    step(housing, id, "withdraw", Map.of("reason", "She found help elsewhere"), "WITHDRAWN");

    Api.Reply acceptWithdrawn = voluntary.post("/referrals/" + id + "/accept", "");
    assertThat(acceptWithdrawn.status()).isEqualTo(409);
    assertThat(voluntary.get("/referrals/" + id).json().get("status").asText())
        .isEqualTo("WITHDRAWN");
    assertThat(
            count(
                "select count(*) from act_ru_task t join totalplace.referral r"
                    + " on r.process_instance_id = t.proc_inst_id_ where r.id = "
                    + id))
        .as("the process ended with the withdrawal")
        .isZero();
  }

  @Test
  void aDeclinedReferralIsReroutedWithItsHistoryLinked() {
    long person = createPerson(housing, "Ivy", "Crane" + suffix());
    long first = refer(housing, person, "drug-alcohol", "ROUTINE");
    step(
        drugAlcohol,
        first,
        "decline",
        Map.of("code", "WRONG_SERVICE", "reason", "Needs mental health support first"),
        "DECLINED");
    ReferralApiIT.consentTo(housing, person, "health");
    long mentalHealth = serviceNamed(housing, "Community mental health");

    Api.Reply rerouted =
        housing.post("/referrals/" + first + "/reroute", Map.of("serviceId", mentalHealth));
    assertThat(rerouted.status()).as(rerouted.toString()).isEqualTo(201);
    assertThat(rerouted.json().get("reroutedFrom").asLong()).isEqualTo(first);
    assertThat(rerouted.json().get("status").asText()).isEqualTo("SENT");
    assertThat(housing.get("/referrals/" + first + "/history").json().findValuesAsText("note"))
        .contains("to referral " + rerouted.json().get("id").asText());
    assertThat(
            housing.post("/referrals/" + first + "/reroute", Map.of("serviceId", first)).status())
        .isIn(400, 404);
  }

  @Test
  void theTeamClaimsAssignsAndHandsBackWork() throws SQLException {
    long person = createPerson(housing, "Owen", "Tate" + suffix());
    long id = refer(housing, person, "drug-alcohol", "ROUTINE");
    String worker = "service-account-drug-alcohol-system";

    assertThat(ids(drugAlcohol.get("/referrals?box=unassigned"))).contains(Long.toString(id));
    step(drugAlcohol, id, "claim", Map.of(), "SENT");
    assertThat(drugAlcohol.get("/referrals/" + id).json().get("assignee").asText())
        .isEqualTo(worker);
    assertThat(ids(drugAlcohol.get("/referrals?box=mine"))).contains(Long.toString(id));
    assertThat(ids(drugAlcohol.get("/referrals?box=unassigned"))).doesNotContain(Long.toString(id));
    assertThat(openTaskAssignee(id)).as("the process task follows").isEqualTo(worker);

    Api.Reply notALead =
        drugAlcohol.post("/referrals/" + id + "/assign", Map.of("assignee", "drug-alcohol.worker"));
    assertThat(notALead.status()).as("only team leads assign").isEqualTo(403);

    step(drugAlcohol, id, "hand-back", Map.of(), "SENT");
    assertThat(drugAlcohol.get("/referrals/" + id).json().path("assignee").isMissingNode())
        .isTrue();
    assertThat(openTaskAssignee(id)).isNull();
  }

  @Test
  void whenTheClockPassesTheReceivingThenTheSendingTeamLeadsAreToldInTheAppAndByEmail()
      throws Exception {
    execute(
        "insert into totalplace.staff (username, display_name, email, agency, team_lead)"
            + " values ('drug-alcohol.lead', 'Dev Patel', 'drug-alcohol.lead@demo.totalplace.test',"
            + " 'drug-alcohol', true), ('housing.lead', 'Tom Price',"
            + " 'housing.lead@demo.totalplace.test', 'housing', true) on conflict do nothing");
    long person = createPerson(housing, "Quinn", "Lowe" + suffix());
    long id = refer(housing, person, "drug-alcohol", "EMERGENCY");
    String subject = "Totalplace: referral " + id + " needs attention";

    // The step's one timer moves from moment to moment: bring each moment forward to now, as
    // time passing would, until all three have been said.
    waitUntil(
        () -> {
          timersDueNow(id);
          return count(
                  "select count(distinct action) from totalplace.referral_event where action in"
                      + " ('WARNED', 'OVERDUE', 'ESCALATED_TO_SENDER') and referral_id = "
                      + id)
              == 3;
        },
        "the reminder and both escalations");
    assertThat(
            rows(
                "select action from totalplace.referral_event where referral_id = "
                    + id
                    + " and action in ('WARNED', 'OVERDUE', 'ESCALATED_TO_SENDER') order by id"))
        .as("each said once, in order")
        .containsExactly("WARNED", "OVERDUE", "ESCALATED_TO_SENDER");
    assertThat(
            rows(
                "select agency from totalplace.notice where to_team_leads and referral_id = " + id))
        .containsExactlyInAnyOrder("drug-alcohol", "housing");
    JsonNode history = housing.get("/referrals/" + id + "/history").json();
    assertThat(history.findValuesAsText("action"))
        .contains("WARNED", "OVERDUE", "ESCALATED_TO_SENDER");

    waitUntil(
        () -> recipientsOf(subject).size() >= 2, "emails to both team leads through real SMTP");
    assertThat(recipientsOf(subject))
        .contains("drug-alcohol.lead@demo.totalplace.test", "housing.lead@demo.totalplace.test");
    MimeMessage email =
        Arrays.stream(Platform.mail().getReceivedMessages())
            .filter(m -> subjectOf(m).equals(subject))
            .findFirst()
            .orElseThrow();
    String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(email);
    assertThat(body)
        .as("no personal details in email")
        .doesNotContain("Quinn")
        .contains("/referral.xhtml?id=" + id);

    // Acknowledging late stops the clock: no further alarm for that step.
    step(drugAlcohol, id, "acknowledge", Map.of(), "RECEIVED");
    assertThat(
            count(
                "select count(*) from act_ru_timer_job where process_instance_id_ = (select"
                    + " process_instance_id from totalplace.referral where id = "
                    + id
                    + ") and duedate_ < now()"))
        .isZero();
  }

  static JsonNode step(Api api, long id, String step, Map<String, ?> body, String status) {
    String etag = api.get("/referrals/" + id).header("ETag");
    Api.Reply reply = api.post("/referrals/" + id + "/" + step, body, Map.of("If-Match", etag));
    assertThat(reply.status()).as(step + ": " + reply).isEqualTo(200);
    assertThat(reply.json().get("status").asText()).isEqualTo(status);
    return reply.json();
  }

  static long serviceNamed(Api api, String name) {
    for (JsonNode service : api.get("/services").json()) {
      if (service.get("name").asText().equals(name)) {
        return service.get("id").asLong();
      }
    }
    throw new AssertionError("no service " + name);
  }

  static String openTaskAssignee(long referral) throws SQLException {
    return single(
        "select assignee_ from act_ru_task t join totalplace.referral r"
            + " on r.process_instance_id = t.proc_inst_id_ where r.id = "
            + referral);
  }

  static List<String> recipientsOf(String subject) {
    return Arrays.stream(Platform.mail().getReceivedMessages())
        .filter(m -> subjectOf(m).equals(subject))
        .map(
            m -> {
              try {
                return m.getAllRecipients()[0].toString();
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Polls a condition the platform reaches on its own (a timer, the mail outbox). */
  static void waitUntil(SqlCondition condition, String what) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (!condition.holds()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Gave up waiting for " + what);
      }
      Thread.sleep(250); // the poll interval of this wait-for-condition, not a fixed wait
    }
  }

  interface SqlCondition {
    boolean holds() throws Exception;
  }

  static long count(String sql) throws SQLException {
    return Long.parseLong(single(sql));
  }

  static List<String> rows(String sql) throws SQLException {
    try (Connection db = Platform.database();
        var rs = db.createStatement().executeQuery(sql)) {
      var found = new java.util.ArrayList<String>();
      while (rs.next()) {
        found.add(rs.getString(1));
      }
      return found;
    }
  }

  static String single(String sql) throws SQLException {
    List<String> found = rows(sql);
    return found.isEmpty() ? null : found.get(0);
  }

  /** Brings the referral's timers that wait (not one being run) forward to a minute ago. */
  static void timersDueNow(long referral) throws SQLException {
    execute(
        "update act_ru_timer_job set duedate_ = now() - interval '1 minute' where"
            + " lock_owner_ is null and process_instance_id_ = (select process_instance_id"
            + " from totalplace.referral where id = "
            + referral
            + ")");
  }

  static void execute(String sql) throws SQLException {
    try (Connection db = Platform.database()) {
      db.createStatement().execute(sql);
    }
  }
}

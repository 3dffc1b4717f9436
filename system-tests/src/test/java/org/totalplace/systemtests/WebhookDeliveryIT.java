package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Events out as signed webhooks, received by a real HTTP server in this test: a referral sent
 * reaches the receiving agency's system signed and without names; a failed delivery is tried again;
 * a rolled-back change sends nothing; a dead delivery can be sent again, by its own agency only.
 */
@ExtendWith(Platform.class)
class WebhookDeliveryIT {

  static final Duration DELIVERY = Duration.ofSeconds(30);

  static WebhookReceiver receiver;
  final Api housing = Api.as("housing-system");
  final Api drugAlcohol = Api.as("drug-alcohol-system");
  final Api police = Api.as("police-system");
  final List<Runnable> cleanUp = new ArrayList<>();

  @BeforeAll
  static void listen() {
    receiver = new WebhookReceiver();
  }

  @AfterAll
  static void stopListening() {
    receiver.close();
  }

  /** Subscriptions go with their test, so later tests' events are not sent to a closed port. */
  @AfterEach
  void unsubscribe() {
    cleanUp.forEach(Runnable::run);
  }

  @Test
  void aSentReferralReachesTheReceivingAgencysSystemSignedAndWithoutNames() {
    receiver.answer("/received", () -> 204);
    JsonNode subscription = subscribe(drugAlcohol, "/received", List.of("referral.received"), null);
    String secret = subscription.get("secret").asText();
    assertThat(secret).startsWith("whsec_");
    JsonNode listed = drugAlcohol.get("/webhooks").json();
    assertThat(listed.findValuesAsText("id")).contains(subscription.get("id").asText());
    assertThat(listed.findValues("secret")).allMatch(JsonNode::isNull);

    String family = "Reeve" + ReferralApiIT.suffix();
    long person = ReferralApiIT.createPerson(housing, "Morgan", family);
    long referral = ReferralApiIT.refer(housing, person, "drug-alcohol", "URGENT");

    WebhookReceiver.Received got = receiver.next("/received", about(referral), DELIVERY);
    JsonNode body = json(got.body());
    assertThat(body.get("type").asText()).isEqualTo("referral.received");
    assertThat(got.header("webhook-id")).isEqualTo(body.get("id").asText());
    long timestamp = Long.parseLong(got.header("webhook-timestamp"));
    assertThat(timestamp).isBetween(now() - 60, now() + 5);
    assertThat(got.header("webhook-signature"))
        .isEqualTo(signature(secret, got.header("webhook-id"), timestamp, got.body()));
    assertThat(got.header("webhook-signature"))
        .isNotEqualTo(signature(secret, got.header("webhook-id"), timestamp, got.body() + " "));
    assertThat(body.get("data").get("referral").asText())
        .isEqualTo("/api/v1/referrals/" + referral);
    assertThat(body.get("data").get("toAgency").asText()).isEqualTo("drug-alcohol");
    assertThat(got.body()).doesNotContain("Morgan").doesNotContain(family).doesNotContain("LS11");
    assertThat(drugAlcohol.get("/referrals/" + referral).status())
        .as("the link works with the receiver's own token")
        .isEqualTo(200);
  }

  @Test
  void aFailedDeliveryIsTriedAgainAndTheHistoryShowsBothAttempts() {
    AtomicInteger calls = new AtomicInteger();
    receiver.answer("/flaky", () -> calls.incrementAndGet() == 1 ? 500 : 200);
    subscribe(housing, "/flaky", List.of("referral.accepted"), null);
    long person = ReferralApiIT.createPerson(housing, "Rowan", "Hale" + ReferralApiIT.suffix());
    long referral = ReferralApiIT.refer(housing, person, "drug-alcohol", "ROUTINE");

    assertThat(drugAlcohol.post("/referrals/" + referral + "/accept", "").status()).isEqualTo(200);

    WebhookReceiver.Received first = receiver.next("/flaky", about(referral), DELIVERY);
    WebhookReceiver.Received second = receiver.next("/flaky", about(referral), DELIVERY);
    assertThat(second.header("webhook-id"))
        .as("the same event, which the receiver can tell it has seen")
        .isEqualTo(first.header("webhook-id"));
    JsonNode delivery =
        eventually(() -> delivery(housing, referral, "referral.accepted", "DELIVERED"));
    JsonNode history = housing.get("/webhooks/deliveries/" + delivery.get("id").asText()).json();
    assertThat(history.get("attempts").asInt()).isEqualTo(2);
    assertThat(history.get("history").findValuesAsText("httpStatus")).containsExactly("500", "200");
    assertThat(
            Duration.between(
                Instant.parse(history.get("history").get(0).get("at").asText()),
                Instant.parse(history.get("history").get(1).get("at").asText())))
        .as("the first retry waits its five seconds")
        .isGreaterThanOrEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void aRolledBackAcceptSendsNothingAndTheAcceptThatCommitsSendsOnce() throws SQLException {
    receiver.answer("/accepted", () -> 204);
    subscribe(housing, "/accepted", List.of("referral.accepted"), null);
    long person = ReferralApiIT.createPerson(housing, "Casey", "Holt" + ReferralApiIT.suffix());
    long referral = ReferralApiIT.refer(housing, person, "drug-alcohol", "URGENT");

    // The accept fails after its event is written: on the chronology entry, which comes after
    // the referral's history (and so the outbox) in the same transaction.
    try (Connection db = Platform.database()) {
      db.createStatement()
          .execute(
              "create function totalplace.refuse_hook_accept() returns trigger language plpgsql"
                  + " as $$ begin raise exception 'injected failure'; end $$");
      db.createStatement()
          .execute(
              "create trigger refuse_hook_accept before insert on totalplace.entry for each row"
                  + " when (new.person_id = "
                  + person
                  + " and new.summary like 'Accepted%') execute function"
                  + " totalplace.refuse_hook_accept()");
    }
    try {
      assertThat(drugAlcohol.post("/referrals/" + referral + "/accept", "").status())
          .isEqualTo(500);
      assertThat(RollbackIT.statusOf(referral)).isEqualTo("SENT");
      assertThat(events(referral, "referral.accepted"))
          .as("the event rolled back with the accept")
          .isZero();
    } finally {
      try (Connection db = Platform.database()) {
        db.createStatement().execute("drop trigger refuse_hook_accept on totalplace.entry");
        db.createStatement().execute("drop function totalplace.refuse_hook_accept()");
      }
    }

    assertThat(drugAlcohol.post("/referrals/" + referral + "/accept", "").status()).isEqualTo(200);
    receiver.next("/accepted", about(referral), DELIVERY);
    eventually(() -> delivery(housing, referral, "referral.accepted", "DELIVERED"));
    assertThat(events(referral, "referral.accepted")).isEqualTo(1);
    assertThat(receiver.waiting("/accepted").stream().filter(about(referral)))
        .as("nothing more for this referral")
        .isEmpty();
  }

  @Test
  void aDeadDeliveryCanBeSentAgainByItsOwnAgencyOnlyAndThenArrives() throws SQLException {
    AtomicInteger answer = new AtomicInteger(503);
    receiver.answer("/down", answer::get);
    // Two attempts, so the delivery is dead within seconds rather than the full day and more.
    subscribe(housing, "/down", List.of("referral.withdrawn"), 2);
    long person = ReferralApiIT.createPerson(housing, "Jesse", "Ward" + ReferralApiIT.suffix());
    long referral = ReferralApiIT.refer(housing, person, "drug-alcohol", "ROUTINE");
    Api.Reply withdrawn =
        housing.post("/referrals/" + referral + "/withdraw", Map.of("reason", "Moved away"));
    assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);

    JsonNode dead = eventually(() -> delivery(housing, referral, "referral.withdrawn", "DEAD"));
    String id = dead.get("id").asText();
    assertThat(dead.get("attempts").asInt()).isEqualTo(2);
    assertThat(dead.get("lastStatus").asInt()).isEqualTo(503);
    assertThat(housing.get("/webhooks/deliveries?status=dead").json().findValuesAsText("id"))
        .contains(id);

    assertThat(police.get("/webhooks/deliveries/" + id).status()).isEqualTo(404);
    assertThat(police.post("/webhooks/deliveries/" + id + "/replay", "").status()).isEqualTo(404);
    assertThat(police.get("/webhooks/deliveries?status=dead").json().findValuesAsText("id"))
        .doesNotContain(id);
    assertThat(police.get("/webhooks").json().findValuesAsText("url"))
        .doesNotContain(receiver.url("/down"));

    answer.set(204);
    Api.Reply replayed = housing.post("/webhooks/deliveries/" + id + "/replay", "");
    assertThat(replayed.status()).as(replayed.toString()).isEqualTo(202);
    assertThat(replayed.json().get("status").asText()).isEqualTo("PENDING");
    eventually(() -> delivery(housing, referral, "referral.withdrawn", "DELIVERED"));
    JsonNode history = housing.get("/webhooks/deliveries/" + id).json();
    assertThat(history.get("history").findValuesAsText("httpStatus"))
        .containsExactly("503", "503", "204");
    assertThat(history.get("replays").asInt()).isEqualTo(1);
    assertThat(housing.post("/webhooks/deliveries/" + id + "/replay", "").status())
        .as("only a dead delivery can be sent again")
        .isEqualTo(409);
    assertThat(ReferralApiIT.audited("webhook-delivery", Long.parseLong(id)))
        .containsExactly("WEBHOOK_REPLAYED by service-account-housing-system");
  }

  @Test
  void theAgencyAdminSeesTheUndeliveredMessageAndSendsItAgainFromThePage() throws SQLException {
    AtomicInteger answer = new AtomicInteger(500);
    receiver.answer("/page", answer::get);
    subscribe(housing, "/page", List.of("referral.received"), 1);
    long person = ReferralApiIT.createPerson(housing, "Alex", "Dunmore" + ReferralApiIT.suffix());
    long referral = ReferralApiIT.refer(housing, person, "drug-alcohol", "ROUTINE");
    String id =
        eventually(() -> delivery(housing, referral, "referral.received", "DEAD"))
            .get("id")
            .asText();

    assertThat(PageSession.login("housing.worker").get("/admin/webhooks.xhtml").statusCode())
        .isEqualTo(403);
    assertThat(PageSession.login("dpo").get("/admin/webhooks.xhtml").statusCode()).isEqualTo(403);
    PageSession admin = PageSession.login("housing.admin");
    HttpResponse<String> page = admin.get("/admin/webhooks.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Referral " + referral, receiver.url("/page"), "The receiver answered 500");
    Matcher button =
        Pattern.compile(
                "<input[^>]*name=\"(dead:rows:\\d+:sendAgain)\"[^>]*aria-label=\"Send again:"
                    + " delivery "
                    + id
                    + ",")
            .matcher(page.body());
    assertThat(button.find()).as("a Send again button for delivery " + id).isTrue();

    answer.set(204);
    HttpResponse<String> sent =
        admin.submit(page, "dead", button.group(1).substring("dead:".length()));
    assertThat(sent.body()).contains("Delivery " + id + " (referral.received) will be sent again");
    eventually(() -> delivery(housing, referral, "referral.received", "DELIVERED"));
    assertThat(ReferralApiIT.audited("webhook-delivery", Long.parseLong(id)))
        .containsExactly("WEBHOOK_REPLAYED by housing.admin");
  }

  @Test
  void aChangeOfCircumstancesReachesTheOtherInvolvedAgencyWithoutItsDetails() {
    receiver.answer("/changes", () -> 204);
    subscribe(drugAlcohol, "/changes", List.of("person.circumstances-changed"), null);
    long person = ReferralApiIT.createPerson(housing, "Sky", "Fenn" + ReferralApiIT.suffix());
    long referral = ReferralApiIT.refer(housing, person, "drug-alcohol", "ROUTINE");
    assertThat(drugAlcohol.post("/referrals/" + referral + "/accept", "").status()).isEqualTo(200);

    Api.Reply changed =
        housing.post(
            "/persons/" + person + "/circumstances",
            Map.of("phone", "0113 496 0999"),
            Map.of("If-Match", housing.get("/persons/" + person).header("ETag")));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

    WebhookReceiver.Received got =
        receiver.next(
            "/changes",
            r -> json(r.body()).get("data").path("personId").asLong() == person,
            DELIVERY);
    assertThat(json(got.body()).get("data").get("person").asText())
        .isEqualTo("/api/v1/persons/" + person);
    assertThat(got.body()).doesNotContain("0113").doesNotContain("Fenn");
  }

  @Test
  void aSubscriptionNeedsAnHttpsAddressAndKnownEventsAndSaysWhichFieldIsWrong() {
    Api.Reply refused =
        housing.post(
            "/webhooks",
            Map.of("url", "http://example.org/hook", "events", List.of("referral.lost")));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.json().get("errors").findValuesAsText("field"))
        .containsExactly("url", "events");
    assertThat(police.delete("/webhooks/999999999").status()).isEqualTo(404);
  }

  @Test
  void privateLinkLocalAddressesAndThePlatformsAdminPortsAreRefusedAsReceivers() {
    int admin = Platform.stack().ports().admin().number();
    List<String> refusedAddresses =
        List.of(
            "https://10.0.0.5/hook",
            "https://192.168.1.20/hook",
            "https://169.254.169.254/latest/meta-data",
            "https://[fe80::1]/hook",
            "https://[fd12::1]/hook",
            // Loopback is allowed on this test stack (the development flag), its admin port never.
            "http://127.0.0.1:" + admin + "/management/domain",
            "https://localhost:" + admin + "/");
    int before = housing.get("/webhooks").json().size();
    for (String address : refusedAddresses) {
      Api.Reply refused =
          housing.post("/webhooks", Map.of("url", address, "events", List.of("referral.received")));

      assertThat(refused.status()).as(address + " " + refused.body()).isEqualTo(400);
      assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("url");
    }
    assertThat(housing.get("/webhooks").json().size()).isEqualTo(before);
  }

  private JsonNode subscribe(Api api, String path, List<String> events, Integer maxAttempts) {
    Map<String, Object> request = new java.util.HashMap<>();
    request.put("url", receiver.url(path));
    request.put("events", events);
    if (maxAttempts != null) {
      request.put("maxAttempts", maxAttempts);
    }
    Api.Reply made = api.post("/webhooks", request);
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    String id = made.json().get("id").asText();
    cleanUp.add(
        () -> {
          assertThat(police.delete("/webhooks/" + id).status())
              .as("another agency cannot remove it")
              .isEqualTo(404);
          assertThat(api.delete("/webhooks/" + id).status()).isEqualTo(204);
        });
    return made.json();
  }

  /** The caller's delivery of that event about the referral, once it has the status; or null. */
  private static JsonNode delivery(Api api, long referral, String type, String status) {
    for (JsonNode d : api.get("/webhooks/deliveries?status=" + status.toLowerCase()).json()) {
      if (d.path("referralId").asLong() == referral && d.get("eventType").asText().equals(type)) {
        return d;
      }
    }
    return null;
  }

  /** Waits for something that happens after a commit, in another thread of the server. */
  private static <T> T eventually(Supplier<T> found) {
    long deadline = System.nanoTime() + DELIVERY.toNanos();
    while (System.nanoTime() < deadline) {
      T value = found.get();
      if (value != null) {
        return value;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("Not so within " + DELIVERY);
  }

  private static Predicate<WebhookReceiver.Received> about(long referral) {
    return r -> json(r.body()).get("data").path("referralId").asLong() == referral;
  }

  private static long events(long referral, String type) throws SQLException {
    return Long.parseLong(
        RollbackIT.single(
            "select count(*) from totalplace.event_outbox where referral_id = "
                + referral
                + " and type = '"
                + type
                + "'"));
  }

  /** What the receiver computes: Standard Webhooks, keyed with the bytes the secret encodes. */
  private static String signature(String secret, String id, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(
              Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
      return "v1,"
          + Base64.getEncoder()
              .encodeToString(
                  mac.doFinal(
                      (id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode json(String body) {
    try {
      return Api.JSON.readTree(body);
    } catch (java.io.IOException e) {
      throw new AssertionError("Not JSON: " + body, e);
    }
  }

  private static long now() {
    return Instant.now().getEpochSecond();
  }
}

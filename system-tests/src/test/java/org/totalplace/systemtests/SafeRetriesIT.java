package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Writes a system can retry safely: Idempotency-Key, and ETags with If-Match. */
@ExtendWith(Platform.class)
class SafeRetriesIT {

  final Api housing = Api.as("housing-system");
  final Api drugAlcohol = Api.as("drug-alcohol-system");

  static Map<String, String> person(String family) {
    return Map.of(
        "givenName",
        "Remi",
        "familyName",
        family,
        "dateOfBirth",
        "1988-08-08",
        "postcode",
        "LS11 5QP");
  }

  @Test
  void theSameKeyAndBodyGetTheFirstAnswerAndMakeOneRecord() throws Exception {
    String family = "Retry" + ReferralApiIT.suffix();
    Map<String, String> key = Map.of(IdempotencyKey.HEADER, UUID.randomUUID().toString());

    Api.Reply first = housing.post("/persons", person(family), key);
    Api.Reply again = housing.post("/persons", person(family), key);

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.header("Location")).isEqualTo(first.header("Location"));
    assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(first.header("Idempotent-Replayed")).isNull();
    assertThat(ReferralApiIT.peopleNamed(family)).isEqualTo(1);
  }

  @Test
  void theSameKeyWithAnotherBodyIs422AndChangesNothing() throws Exception {
    String family = "Retry" + ReferralApiIT.suffix();
    Map<String, String> key = Map.of(IdempotencyKey.HEADER, UUID.randomUUID().toString());
    assertThat(housing.post("/persons", person(family), key).status()).isEqualTo(201);

    Api.Reply other = housing.post("/persons", person(family + "x"), key);

    assertThat(other.status()).isEqualTo(422);
    assertThat(other.json().get("type").asText()).endsWith("/idempotency-key-reused");
    assertThat(ReferralApiIT.peopleNamed(family + "x")).isZero();
    // Keys are each system's own: another system's same key is a new request.
    assertThat(drugAlcohol.post("/persons", person(family + "y"), key).status()).isEqualTo(201);
  }

  @Test
  void aFailedWriteLeavesItsKeyFreeForTheCorrectedRetry() throws Exception {
    String family = "Retry" + ReferralApiIT.suffix();
    Map<String, String> key = Map.of(IdempotencyKey.HEADER, UUID.randomUUID().toString());
    Map<String, String> broken = new java.util.HashMap<>(person(family));
    broken.put("postcode", "nowhere");
    assertThat(housing.post("/persons", broken, key).status()).isEqualTo(400);
    // The same key, the same (still wrong) body: worked out again, not replayed.
    assertThat(housing.post("/persons", broken, key).status()).isEqualTo(400);
    assertThat(ReferralApiIT.peopleNamed(family)).isZero();
  }

  @Test
  void concurrentRetriesOfOneKeyMakeOneRecord() throws Exception {
    String family = "Retry" + ReferralApiIT.suffix();
    Map<String, String> key = Map.of(IdempotencyKey.HEADER, UUID.randomUUID().toString());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Api.Reply>> replies = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        replies.add(pool.submit(() -> housing.post("/persons", person(family), key)));
      }
      List<String> bodies = new ArrayList<>();
      for (Future<Api.Reply> reply : replies) {
        assertThat(reply.get().status()).isEqualTo(201);
        bodies.add(reply.get().body());
      }
      assertThat(bodies).containsOnly(bodies.get(0));
    } finally {
      pool.shutdown();
    }
    assertThat(ReferralApiIT.peopleNamed(family)).isEqualTo(1);
  }

  @Test
  void aBadKeyIsRefusedPlainly() throws Exception {
    String family = "Retry" + ReferralApiIT.suffix();
    Api.Reply reply =
        housing.post("/persons", person(family), Map.of(IdempotencyKey.HEADER, "x".repeat(300)));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("errors").findValuesAsText("field"))
        .containsExactly(IdempotencyKey.HEADER);
    assertThat(ReferralApiIT.peopleNamed(family)).isZero();
  }

  @Test
  void aStaleChangeIs412AndChangesNothing() {
    long person = ReferralApiIT.createPerson(housing, "Tay", "Etag" + ReferralApiIT.suffix());
    long referral = ReferralApiIT.refer(housing, person, "drug-alcohol", "ROUTINE");
    Api.Reply read = drugAlcohol.get("/referrals/" + referral);
    String etag = read.header("ETag");
    assertThat(
            drugAlcohol
                .post("/referrals/" + referral + "/acknowledge", "", Map.of("If-Match", etag))
                .status())
        .isEqualTo(200);

    Api.Reply stale =
        drugAlcohol.post("/referrals/" + referral + "/accept", "", Map.of("If-Match", etag));

    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.json().get("type").asText()).endsWith("/stale");
    assertThat(drugAlcohol.get("/referrals/" + referral).json().get("status").asText())
        .isEqualTo("RECEIVED");
  }

  /** The header's name, as integrators write it. */
  static final class IdempotencyKey {
    static final String HEADER = "Idempotency-Key";

    private IdempotencyKey() {}
  }
}

package org.totalplace.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * A mix of the work agency systems do over the API, at a number of active systems' sessions, each
 * pausing as a person at a one-stop shop would: search for a person with a typo in the name; in two
 * of five visits, refer them to drug and alcohol services, read the referral back, and (in the
 * receiving agency's system) accept it. Gatling starts this class itself, so what it needs comes in
 * as system properties set by {@link LoadBenchmark}.
 */
public class ApiLoad extends Simulation {

  static final String SEARCH = "Search a person, one typo";
  static final String CREATE = "Create referral";
  static final String READ = "Read referral";
  static final String ACCEPT = "Accept referral";

  private static final Tokens TOKENS = new Tokens(System.getProperty("load.keycloak"));
  private static final int USERS = Integer.getInteger("load.users", 20);
  private static final int SECONDS = Integer.getInteger("load.seconds", 60);
  private static final long SERVICE = Long.getLong("load.service", 0);
  private static final List<Long> PEOPLE =
      Arrays.stream(System.getProperty("load.people", "").split(","))
          .filter(s -> !s.isBlank())
          .map(Long::valueOf)
          .toList();

  /** Who each visit is about, and the name as typed with one letter dropped. */
  private static Iterator<Map<String, Object>> visits() {
    SplittableRandom random = new SplittableRandom(42);
    return Stream.generate(
            () -> {
              int i = random.nextInt(PEOPLE.size());
              String family = LoadPeople.familyName(i);
              int drop = 1 + random.nextInt(family.length() - 1);
              Map<String, Object> visit =
                  Map.of(
                      "person",
                      PEOPLE.get(i),
                      "query",
                      "Bench+" + family.substring(0, drop) + family.substring(drop + 1),
                      "housing",
                      TOKENS.of("housing-system"),
                      "drugAlcohol",
                      TOKENS.of("drug-alcohol-system"));
              return visit;
            })
        .iterator();
  }

  private static final ChainBuilder REFER =
      exec(http(CREATE)
              .post("/referrals")
              .header("Authorization", "Bearer #{housing}")
              .body(
                  StringBody(
                      "{\"personId\": #{person}, \"serviceId\": "
                          + SERVICE
                          + ", \"urgency\": \"URGENT\", \"reason\": \"Load benchmark\"}"))
              .check(status().is(201), jsonPath("$.id").saveAs("referral")))
          .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
          .exec(
              http(READ)
                  .get("/referrals/#{referral}")
                  .header("Authorization", "Bearer #{drugAlcohol}")
                  .check(status().is(200)))
          .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
          .exec(
              http(ACCEPT)
                  .post("/referrals/#{referral}/accept")
                  .header("Authorization", "Bearer #{drugAlcohol}")
                  .body(StringBody("{}"))
                  .check(status().is(200)));

  private static final ScenarioBuilder MIXED =
      scenario("Agency systems at work")
          .feed(visits())
          .exec(
              http(SEARCH)
                  .get("/persons?q=#{query}&dateOfBirth=1980-01-01")
                  .header("Authorization", "Bearer #{housing}")
                  .check(status().is(200)))
          .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
          .exec(randomSwitch().on(percent(40.0).then(REFER)));

  private final HttpProtocolBuilder api =
      http.baseUrl(System.getProperty("load.api"))
          .acceptHeader("application/json")
          .contentTypeHeader("application/json");

  {
    setUp(MIXED.injectClosed(constantConcurrentUsers(USERS).during(Duration.ofSeconds(SECONDS))))
        .protocols(api)
        .maxDuration(Duration.ofSeconds(SECONDS + 60L));
  }
}

package org.totalplace.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The place at work, as three kinds of active session with think time: housing workers in the pages
 * (find a person with a typo in the name, open the record, now and then mark a pathway step in
 * place), agency systems over the API (search, and in two of five visits refer to drug and alcohol
 * services, read the referral back and accept it as the receiving system), and team leads watching
 * the caseloads dashboard. People's sessions were logged in through Keycloak beforehand (see {@link
 * PageSessions}); Gatling starts this class itself, so what it needs comes in as system properties
 * and files written by {@link LoadBenchmark}.
 */
public class PlaceLoad extends Simulation {

  static final String FIND_PAGE = "Page: find a person";
  static final String SEARCH_PAGE = "Page: search, one typo, with date of birth";
  static final String RECORD = "Page: open a person's record";
  static final String PATHWAY_PAGE = "Page: open a pathway plan";
  static final String PATHWAY_STEP = "Page: mark a pathway step in place";
  static final String CASELOADS = "Page: team caseloads (lead)";
  static final String SEARCH_API = "API: search, one typo";
  static final String CREATE = "API: create referral";
  static final String READ = "API: read referral";
  static final String ACCEPT = "API: accept referral";

  private static final String STEP_BUTTON = "name=\"(plan:steps:\\d+:inPlace)\"";
  private static final String VIEW_STATE = "input[name='jakarta.faces.ViewState']";
  // PrimeFaces' script copies its nonce into every form it posts; the app refuses a post without.
  private static final String NONCE = "script[nonce]";
  private static final Tokens TOKENS = new Tokens(System.getProperty("load.keycloak"));
  private static final int SECONDS = Integer.getInteger("load.seconds", 60);
  private static final long SERVICE = Long.getLong("load.service", 0);
  private static final String WEB = System.getProperty("load.web", "");
  private static final String API = System.getProperty("load.api", "");
  private static final String HOST = WEB.isEmpty() ? "127.0.0.1" : URI.create(WEB).getHost();

  private static FeederBuilder<String> file(String property) {
    return csv(System.getProperty(property)).circular();
  }

  /** The logged-in session a visit uses (its app cookie), as a browser tab would. */
  private static ChainBuilder session() {
    return exec(addCookie(Cookie("JSESSIONID", "#{cookie}").withDomain(HOST).withPath("/")));
  }

  private static final ChainBuilder FIND_AND_OPEN =
      exec(http(FIND_PAGE)
              .get("/index.xhtml")
              .check(
                  status().is(200),
                  css(VIEW_STATE, "value").saveAs("viewState"),
                  css(NONCE, "nonce").saveAs("nonce")))
          .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
          .exec(
              http(SEARCH_PAGE)
                  .post("/index.xhtml")
                  .formParam("search", "search")
                  .formParam("search:text", "#{typed}")
                  .formParam("search:dateOfBirth", "#{born}")
                  .formParam("search:postcode", "")
                  .formParam("search:find", "Search")
                  .formParam("jakarta.faces.ViewState", "#{viewState}")
                  .formParam("primefaces.nonce", "#{nonce}")
                  .check(status().is(200), substring("found")))
          .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
          .exec(
              http(RECORD)
                  .get("/person.xhtml?id=#{person}")
                  .check(status().is(200), substring("Address history")));

  /** Marks the first step the worker may mark; a plan with none left is only looked at. */
  private static final ChainBuilder PATHWAY =
      exec(http(PATHWAY_PAGE)
              .get("/pathway.xhtml?id=#{pathway}")
              .check(
                  status().is(200),
                  css(VIEW_STATE, "value").saveAs("viewState"),
                  css(NONCE, "nonce").saveAs("nonce"),
                  regex(STEP_BUTTON).optional().saveAs("button"),
                  regex(STEP_BUTTON).count().saveAs("buttons")))
          .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
          .exec(
              doIf(s -> s.contains("button"))
                  .then(
                      exec(http(PATHWAY_STEP)
                              .post("/pathway.xhtml?id=#{pathway}")
                              .formParam("plan", "plan")
                              .formParam("plan:note", "Load benchmark")
                              .formParam("#{button}", "Mark in place")
                              .formParam("jakarta.faces.ViewState", "#{viewState}")
                              .formParam("primefaces.nonce", "#{nonce}")
                              // The step is done when the plan comes back with one button fewer.
                              .check(
                                  status().is(200),
                                  regex(STEP_BUTTON).count().lt(x -> x.getInt("buttons"))))
                          .exec(s -> s.remove("button"))));

  private static final ScenarioBuilder WORKERS =
      scenario("Housing workers in the pages")
          .feed(file("load.workerSessions"))
          .feed(file("load.visits"))
          .feed(file("load.pathways"))
          .exec(session())
          .exec(FIND_AND_OPEN)
          .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
          .exec(randomSwitch().on(percent(15.0).then(PATHWAY)));

  private static final ChainBuilder REFER =
      exec(http(CREATE)
              .post(API + "/referrals")
              .header("Authorization", "Bearer #{housing}")
              .header("Content-Type", "application/json")
              .body(
                  StringBody(
                      "{\"personId\": #{person}, \"serviceId\": "
                          + SERVICE
                          + ", \"urgency\": \"URGENT\", \"reason\": \"Load benchmark\"}"))
              .check(status().is(201), jsonPath("$.id").saveAs("referral")))
          .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
          .exec(
              http(READ)
                  .get(API + "/referrals/#{referral}")
                  .header("Authorization", "Bearer #{drugAlcohol}")
                  .check(status().is(200)))
          .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
          .exec(
              http(ACCEPT)
                  .post(API + "/referrals/#{referral}/accept")
                  .header("Authorization", "Bearer #{drugAlcohol}")
                  .header("Content-Type", "application/json")
                  .body(StringBody("{}"))
                  .check(status().is(200)));

  private static final ScenarioBuilder SYSTEMS =
      scenario("Agency systems over the API")
          .feed(file("load.visits"))
          .exec(
              s ->
                  s.set("housing", TOKENS.of("housing-system"))
                      .set("drugAlcohol", TOKENS.of("drug-alcohol-system")))
          .exec(
              http(SEARCH_API)
                  .get(API + "/persons")
                  .queryParam("q", "#{typed}")
                  .queryParam("dateOfBirth", "#{bornIso}")
                  .header("Authorization", "Bearer #{housing}")
                  .check(status().is(200)))
          .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
          .exec(randomSwitch().on(percent(40.0).then(REFER)));

  private static final ScenarioBuilder LEADS =
      scenario("Team leads on the dashboard")
          .feed(file("load.leadSessions"))
          .exec(session())
          .exec(
              http(CASELOADS)
                  .get("/lead/caseloads.xhtml")
                  .check(status().is(200), substring("Team caseloads")))
          .pause(Duration.ofSeconds(10), Duration.ofSeconds(20));

  private final HttpProtocolBuilder protocol =
      http.baseUrl(WEB).acceptHeader("text/html,application/json");

  {
    List<PopulationBuilder> populations = new ArrayList<>();
    Duration during = Duration.ofSeconds(SECONDS);
    add(populations, WORKERS, Integer.getInteger("load.workers", 0), during);
    add(populations, SYSTEMS, Integer.getInteger("load.systems", 0), during);
    add(populations, LEADS, Integer.getInteger("load.leads", 0), during);
    setUp(populations).protocols(protocol).maxDuration(during.plusSeconds(60));
  }

  private static void add(
      List<PopulationBuilder> populations, ScenarioBuilder scenario, int users, Duration during) {
    if (users > 0) {
      populations.add(scenario.injectClosed(constantConcurrentUsers(users).during(during)));
    }
  }
}

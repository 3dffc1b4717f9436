package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.totalplace.generator.place.DemoPlace;
import org.totalplace.launcher.Stack;

/**
 * The platform as {@code ./totalplace up} brings it up: demo data on, so the generated place is
 * loaded before the app deploys and the named stories are told on top of it. A stack of its own
 * (ports offset by 20000), beside the one the other system tests share.
 */
class DemoPlatformIT {

  static Stack stack;

  @BeforeAll
  static void up() {
    stack =
        Stack.configure()
            .home(Path.of(System.getProperty("totalplace.home", "target/stack") + "-demo"))
            .dist(Path.of(System.getProperty("totalplace.dist", "../launcher/target/dist")))
            .portOffset(20000)
            .demoData(true)
            .freshData(true)
            .start();
  }

  @AfterAll
  static void down() throws Exception {
    try {
      LogsCarryNoPersonalDataIT.rememberNames(stack);
    } finally {
      stack.close();
    }
  }

  @Test
  void theGeneratedPeopleAreThereToSearchWithATypo() throws Exception {
    List<String> person =
        row("select id, given_name, family_name, date_of_birth from person where id = 1234");
    String typo = person.get(1) + " " + person.get(2).substring(0, person.get(2).length() - 1);
    List<Long> found = ids("q=" + Api.enc(typo) + "&dateOfBirth=" + person.get(3));
    assertThat(found).contains(Long.parseLong(person.get(0)));
  }

  @Test
  void theNamedStoriesAreToldOnTopOfTheGeneratedPlace() throws Exception {
    long stories = number("select count(*) from person") - DemoPlace.PEOPLE;
    assertThat(stories).isBetween(20L, 100L);
    assertThat(ids("q=" + Api.enc("Jordon Myles") + "&dateOfBirth=1988-04-12")).hasSize(2);
    // The stories' open referrals run in the engine; the generated ones are all finished.
    assertThat(
            number(
                "select count(*) from referral where process_instance_id is not null and status"
                    + " in ('SENT', 'RECEIVED', 'ACCEPTED', 'IN_PROGRESS')"))
        .isPositive();
    assertThat(
            number(
                "select count(*) from referral where process_instance_id is null and status"
                    + " in ('SENT', 'RECEIVED', 'INFORMATION_REQUESTED', 'ACCEPTED',"
                    + " 'IN_PROGRESS')"))
        .isZero();
    assertThat(number("select count(*) from pathway where process_instance_id is not null"))
        .isEqualTo(3);
  }

  @Test
  void theGeneratedHistoryFeedsWhatTeamLeadsSee() throws Exception {
    assertThat(
            number(
                "select count(*) from referral where closed_at < now() - interval '1 year'"
                    + " and to_agency = 'housing'"))
        .isGreaterThan(200);
    assertThat(number("select count(*) from staff where agency = 'housing' and caseworker"))
        .isGreaterThanOrEqualTo(DemoPlace.WORKERS + 3);
  }

  @Test
  void theAuditCommandFindsTheDemoTrailIntactOnceSealed() throws Exception {
    java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
    int exit =
        org.totalplace.launcher.Launcher.verifyAudit(
            stack.jdbcUrl(),
            stack.dbUser(),
            stack.dbPassword(),
            new java.io.PrintStream(said, true, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(exit).as(said.toString(java.nio.charset.StandardCharsets.UTF_8)).isZero();
    assertThat(said.toString(java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("Intact: ")
        .contains("sealed entries checked");
    // The generated history and the stories are all sealed: more entries than people.
    assertThat(number("select count(*) from audit_event where chain_seq is not null"))
        .isGreaterThan(DemoPlace.PEOPLE);
  }

  /**
   * Each persona's main pages, on the demo place as {@code up} shows it (generated history under
   * the named stories), read plainly, show focus and pass axe-core. One list of problems per
   * persona, so a run names them all.
   */
  @Test
  void aFrontlineWorkersPagesReadPlainlyAndPassAxe() throws Exception {
    String liam = liam();
    String pathway = number("select id from pathway where person_id = " + liam) + "";
    String referral =
        number(
                "select max(id) from referral where person_id = "
                    + liam
                    + " and to_agency = 'housing'")
            + "";
    check(
        "probation.worker",
        "/index.xhtml",
        "/work.xhtml",
        "/inbox.xhtml",
        "/sent.xhtml",
        "/person.xhtml?id=" + liam,
        "/pathway.xhtml?id=" + pathway,
        "/referral.xhtml?id=" + referral,
        "/refer.xhtml?person=" + liam,
        "/change.xhtml?id=" + liam,
        "/consent.xhtml?id=" + liam,
        "/edit-person.xhtml?id=" + liam,
        "/new-person.xhtml",
        "/start-pathway.xhtml?person=" + liam,
        "/journey.xhtml?id=" + liam);
  }

  @Test
  void aTeamLeadsPagesReadPlainlyAndPassAxe() throws Exception {
    String referral =
        number(
                "select max(id) from referral where person_id = "
                    + liam()
                    + " and to_agency = 'housing'")
            + "";
    check(
        "housing.lead",
        "/lead/caseloads.xhtml",
        "/lead/worker.xhtml?worker=housing.worker",
        "/lead/workload.xhtml",
        "/lead/flow.xhtml",
        "/referral.xhtml?id=" + referral,
        "/work.xhtml",
        "/inbox.xhtml");
  }

  @Test
  void aWorkerOutsideTheRecordAndTheOfficersAndAnalystsPagesReadPlainlyAndPassAxe()
      throws Exception {
    String liam = liam();
    check("voluntary.worker", "/person.xhtml?id=" + liam);
    check("dpo", "/dpo/index.xhtml", "/dpo/seen.xhtml?id=" + liam, "/records/merge.xhtml");
    check(
        "housing.admin",
        "/admin/agreements.xhtml",
        "/admin/pathways.xhtml",
        "/admin/services.xhtml",
        "/admin/targets.xhtml",
        "/admin/webhooks.xhtml");
    check(
        "place.analyst",
        "/counting/place.xhtml",
        "/counting/cohorts.xhtml?code=PATHWAY:PRISON_RELEASE&compare=PLACE",
        "/counting/table.xhtml?theme=HOUSING",
        "/counting/mapping.xhtml",
        "/counting/collection.xhtml",
        "/counting/costs.xhtml",
        "/counting/costs.xhtml?q=HO4.1&code=HO4.1",
        "/counting/deflators.xhtml");
  }

  @Test
  void anAnalystAndATeamLeadFollowThePlaceMapToACohortAndToLiamsJourney() throws Exception {
    // The place is counted within a minute of the start; the pages read the newest count.
    ReferralLifecycleApiIT.waitUntil(
        () -> number("select count(*) from counting_snapshot") > 0, "the first count");
    try (Browser analyst = new Browser(stack.webUrl())) {
      analyst.logIn("place.analyst");
      analyst.waitForText(By.tagName("h1"), "Place map");
      assertThat(analyst.text(By.id("age")))
          .contains("Counted", "mapping version 1", "2019/20 prices");
      assertThat(analyst.text(By.id("heat"))).contains("HOUSING", "CRIME", "£");
      // The demo's story: missed release steps fall on housing and on probation.
      assertThat(analyst.text(By.id("missed"))).contains("Housing", "Probation");
      assertThat(analyst.driver.findElements(By.cssSelector(".treemap rect"))).isNotEmpty();
      assertThat(analyst.text(By.id("flows"))).contains("Probation");
      analyst.screenshot("counting-place-map");

      analyst.click(By.partialLinkText("HOUSING, Housing"));
      analyst.waitForText(By.tagName("h1"), "Spend: HOUSING, Housing");
      assertThat(analyst.text(By.id("rows"))).contains("Housing", "£");
      // The file behind the table, fetched in the analyst's own session.
      String csv =
          (String)
              ((org.openqa.selenium.JavascriptExecutor) analyst.driver)
                  .executeAsyncScript(
                      "fetch(arguments[0]).then(r => r.text()).then(arguments[1])",
                      "download?table=place&format=csv&theme=HOUSING&agency=housing");
      assertThat(csv).startsWith("Financial year,Theme,Borne by,Cost (GBP),People,Events");

      analyst.open("/counting/cohorts.xhtml");
      new Select(analyst.waitFor(By.id("code"))).selectByValue("PATHWAY:PRISON_RELEASE");
      new Select(analyst.waitFor(By.id("compare"))).selectByValue("PLACE");
      analyst.click(By.id("show"));
      analyst.waitForText(By.id("cohort-1"), "Everyone the platform knows");
      assertThat(analyst.text(By.id("cohort-0")))
          .contains("People on a release from prison pathway");
      assertThat(analyst.text(By.id("comparison")))
          .contains("Every step in place", "A step not in place");
      assertThat(analyst.text(By.id("difference")))
          .contains("more in public cost over the next year");
      assertThat(analyst.text(By.id("association"))).contains("not proof");
      // An analyst is given no names.
      assertThat(analyst.driver.findElements(By.id("members"))).isEmpty();
      analyst.screenshot("counting-cohorts");

      analyst.click(By.id("to-collection"));
      analyst.waitForText(By.tagName("h1"), "Collected twice");
      assertThat(analyst.text(By.id("facts"))).contains("Date of birth", "Address");
      assertThat(analyst.text(By.id("agencies"))).contains("Housing", "%");
      analyst.type(By.id("minutes-form:minutes"), "none");
      analyst.click(By.id("minutes-form:save"));
      analyst.waitForText(By.id("minutes-form"), "Give the minutes as a number, such as 5");
      analyst.type(By.id("minutes-form:minutes"), "7.5");
      analyst.click(By.id("minutes-form:save"));
      analyst.waitForText(By.id("minutes-shown"), "7.5 minutes");
      analyst.screenshot("counting-collection");
    }
    String liam = liam();
    try (Browser lead = new Browser(stack.webUrl())) {
      lead.logIn("probation.lead");
      lead.click(By.id("nav-counting"));
      lead.waitForText(By.tagName("h1"), "Place map");
      lead.open("/counting/cohorts.xhtml?code=PATHWAY:PRISON_RELEASE");
      lead.waitForText(By.id("members"), "Liam O'Connor");
      lead.click(By.linkText("Liam O'Connor"));
      lead.waitForText(By.tagName("h1"), "Liam O'Connor: journey and its cost");
      assertThat(lead.text(By.id("events")))
          .contains("Sentenced", "bed and breakfast", "HO3.0", "CR3.2");
      assertThat(lead.text(By.id("total"))).startsWith("£");
      assertThat(lead.driver.findElements(By.cssSelector(".timeline rect.stay"))).isNotEmpty();
      lead.screenshot("counting-journey");
    }
    try (Browser outsider = new Browser(stack.webUrl())) {
      outsider.logIn("voluntary.worker");
      outsider.open("/journey.xhtml?id=" + liam);
      outsider.waitForText(By.id("closed"), "may not see this person's record");
      assertThat(outsider.driver.findElements(By.id("events"))).isEmpty();
    }
  }

  private static String liam() throws SQLException {
    return row("select id from person where given_name = 'Liam' and family_name = 'O''Connor'")
        .get(0);
  }

  private static void check(String user, String... paths) throws Exception {
    try (Browser browser = new Browser(stack.webUrl())) {
      browser.logIn(user);
      PageCheck pages = new PageCheck(browser);
      for (String path : paths) {
        pages.page(path);
      }
      assertThat(pages.problems()).as(user).isEmpty();
    }
  }

  private static List<Long> ids(String query) {
    String token =
        Api.send(
                HttpRequest.newBuilder(
                        URI.create(
                            stack.keycloakUrl()
                                + "/realms/totalplace/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "grant_type=client_credentials&client_id=housing-system"
                                + "&client_secret=demo-housing-system-secret"))
                    .build())
            .json()
            .get("access_token")
            .asText();
    Api.Reply reply =
        Api.send(
            HttpRequest.newBuilder(URI.create(stack.apiUrl() + "/persons?" + query))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .build());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    List<Long> ids = new ArrayList<>();
    for (JsonNode card : reply.json()) {
      ids.add(card.get("id").asLong());
    }
    return ids;
  }

  private static long number(String sql) throws SQLException {
    return Long.parseLong(row(sql).get(0));
  }

  private static List<String> row(String sql) throws SQLException {
    try (Connection db =
            DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
        Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      assertThat(rows.next()).as(sql).isTrue();
      List<String> values = new ArrayList<>();
      for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
        values.add(rows.getString(i));
      }
      return values;
    }
  }
}

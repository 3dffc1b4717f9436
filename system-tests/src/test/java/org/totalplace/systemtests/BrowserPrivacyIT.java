package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * What a browser may keep, frame or run: pages and API answers say no-store and carry the security
 * headers; Back after signing out does not show the record; a 401 from the API is problem+json with
 * WWW-Authenticate; a failure on our side is not shown as a permissions page.
 */
@ExtendWith(Platform.class)
class BrowserPrivacyIT {

  Browser browser;
  String testName;

  @BeforeEach
  void openBrowser(TestInfo test) throws Exception {
    browser = new Browser();
    testName = test.getTestMethod().orElseThrow().getName();
  }

  @AfterEach
  void closeBrowser() {
    browser.screenshot(testName);
    browser.close();
  }

  @Test
  void pagesAndApiAnswersCarryTheSecurityHeadersAndNoVersionBanner() {
    HttpResponse<String> page = PageSession.login("housing.worker").get("/index.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(page.headers().allValues("Content-Security-Policy"))
        .anySatisfy(csp -> assertThat(csp).contains("frame-ancestors 'none'"))
        .anySatisfy(csp -> assertThat(csp).containsPattern("script-src 'self' 'nonce-[^']+'"));
    assertThat(page.headers().firstValue("X-Powered-By")).isEmpty();
    assertThat(page.headers().firstValue("Server").orElse("")).doesNotContainIgnoringCase("payara");

    Api.Reply work = Api.as("housing-system").get("/work");
    assertThat(work.status()).isEqualTo(200);
    assertThat(work.header("Cache-Control")).isEqualTo("no-store");
    assertThat(work.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(work.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    assertThat(work.header("X-Powered-By")).isNull();
    assertThat(String.valueOf(work.header("Server"))).doesNotContainIgnoringCase("payara");
  }

  @Test
  void everyApi401IsProblemJsonNamingTheBearerScheme() {
    for (Api.Reply reply :
        List.of(
            Api.anonymous().get("/work"),
            Api.withToken("not-a-token").get("/work"),
            Api.withToken(forgedToken()).get("/work"))) {
      assertThat(reply.status()).isEqualTo(401);
      assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
      assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
      assertThat(reply.body()).contains("\"status\":401", "correlationId").doesNotContain("<html");
      assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
    }
  }

  private static String forgedToken() {
    String[] parts = Api.token("housing-system", "demo-housing-system-secret").split("\\.");
    return parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
  }

  @Test
  void backAfterSigningOutFetchesThePageAgainInsteadOfShowingTheRecord() {
    String family = "Backpage" + ReferralApiIT.suffix();
    long id = ReferralApiIT.createPerson(Api.as("housing-system"), "Ivy", family);
    browser.logIn("housing.worker");
    browser.open("/person.xhtml?id=" + id);
    browser.waitForText(By.id("person-name"), "Ivy " + family);
    browser.signOut();

    browser.driver.navigate().back();

    browser.waitFor(By.cssSelector("#kc-login, #sign-in"));
    assertThat(browser.driver.getPageSource()).doesNotContain(family);
    // Signing out ended the Keycloak session too: the record's address asks for a login.
    browser.open("/person.xhtml?id=" + id);
    browser.waitFor(By.id("kc-login"));
    assertThat(browser.driver.getPageSource()).doesNotContain(family);
  }

  /**
   * One person, many tabs: pages asked for at the same time in one session are all answered, never
   * refused (the container's own role check lost the roles under load and answered 403).
   */
  @Test
  void aPersonWithManyTabsOpenIsNeverRefusedAPage() throws Exception {
    PageSession session = PageSession.login("housing.worker");
    long person =
        ReferralApiIT.createPerson(
            Api.as("housing-system"), "Tabitha", "Tabs" + ReferralApiIT.suffix());
    List<String> pages = List.of("/index.xhtml", "/work.xhtml", "/person.xhtml?id=" + person);
    var tabs = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 240; i++) {
        String page = pages.get(i % pages.size());
        answers.add(tabs.submit(() -> session.get(page).statusCode()));
      }
      java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
      for (var answer : answers) {
        statuses.merge(answer.get(), 1, Integer::sum);
      }
      assertThat(statuses).containsOnlyKeys(200);
    } finally {
      tabs.shutdown();
    }
    assertThat(session.get("/admin/services.xhtml").statusCode())
        .as("the roles are still checked: a worker is no admin")
        .isEqualTo(403);
  }

  @Test
  void aFailureOnOurSideSaysSoWithTheIdOfItsLogLineAndAPermissionProblemIsA403() throws Exception {
    PageSession session = PageSession.login("housing.worker");
    // A postback whose view the server never made: the page cannot be restored.
    HttpResponse<String> failed =
        session.post(
            "/index.xhtml",
            "search=search&search%3Afind=x&search%3Atext=x&jakarta.faces.ViewState=-1%3A-1");
    assertThat(failed.statusCode()).isEqualTo(500);
    assertThat(failed.body())
        .contains("something went wrong on our side")
        .doesNotContain("You cannot see this page");
    String correlationId =
        failed.body().replaceAll("(?s).*id=\"correlation-id\">([0-9a-f-]{36})<.*", "$1");
    assertThat(correlationId).matches("[0-9a-f-]{36}");
    assertThat(serverLog()).contains("Page failed " + correlationId);

    HttpResponse<String> forbidden = session.get("/lead/caseloads.xhtml");
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(forbidden.body()).contains("You cannot see this page");
    // Every 403 is logged with who, where and why, under the reference the page gives.
    assertThat(serverLog())
        .contains(
            "Page refused "
                + reference(forbidden)
                + " at /lead/caseloads.xhtml for housing.worker: Your job role does not give you"
                + " this page");

    // A page's own refusal says its reason, on the page and in the log.
    long hidden =
        ReferralApiIT.createPerson(
            Api.as("police-system"), "Ona", "Refused" + ReferralApiIT.suffix());
    HttpResponse<String> record = session.get("/edit-person.xhtml?id=" + hidden);
    assertThat(record.statusCode()).isEqualTo(403);
    assertThat(record.body()).contains("Your agency may not see this record");
    assertThat(serverLog())
        .contains(
            "Page refused "
                + reference(record)
                + " at /edit-person.xhtml for housing.worker: Your agency may not see this record");
  }

  private static String reference(HttpResponse<String> page) {
    String id = page.body().replaceAll("(?s).*id=\"correlation-id\">([0-9a-f-]{36})<.*", "$1");
    assertThat(id).matches("[0-9a-f-]{36}");
    return id;
  }

  private static String serverLog() throws Exception {
    try (Stream<Path> files = Files.walk(Platform.stack().home())) {
      Path log = files.filter(p -> p.endsWith("logs/server.log")).findFirst().orElseThrow();
      return Files.readString(log);
    }
  }
}

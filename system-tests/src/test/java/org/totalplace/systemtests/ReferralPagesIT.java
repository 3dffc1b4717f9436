package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The referral slice clicked through in headless Chromium, logging in through Keycloak. */
@ExtendWith(Platform.class)
class ReferralPagesIT {

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
  void aPageWithoutLoginGoesToTheKeycloakLoginPage() {
    Api.Reply reply =
        Api.send(
            HttpRequest.newBuilder(URI.create(Platform.stack().webUrl() + "/inbox.xhtml"))
                .GET()
                .build());
    assertThat(reply.status()).isBetween(302, 303);
    assertThat(reply.header("Location"))
        .startsWith(
            Platform.stack().keycloakUrl() + "/realms/totalplace/protocol/openid-connect/auth");
  }

  @Test
  void housingRefersDrugAndAlcoholAcceptsAndPoliceCannotSeeIt() throws Exception {
    String family = "Quill" + ReferralApiIT.suffix();

    // A housing worker creates the person, fixing what the form says is wrong.
    browser.logIn("housing.worker");
    assertThat(browser.text(By.id("who"))).contains("Hana Reid", "Housing");
    browser.type(By.id("search:text"), family);
    browser.click(By.id("search:find"));
    browser.waitForText(By.id("results"), "found");
    browser.click(By.id("create-person"));
    browser.type(By.id("person:familyName"), family);
    browser.type(By.id("person:dateOfBirth"), "31/02/1990");
    browser.click(By.id("person:create"));
    browser.waitForText(By.tagName("main"), "Enter the person's first name");
    assertThat(browser.text(By.tagName("main")))
        .contains("Enter a real date: there is no 31 February");
    browser.type(By.id("person:givenName"), "Robin");
    // A date of birth no other test uses: the same first name and date would rightly be offered
    // as a possible duplicate of another test's Robin.
    browser.type(By.id("person:dateOfBirth"), "14/06/1983");
    browser.click(By.id("person:create"));
    browser.waitForText(By.id("person-name"), "Robin " + family);

    // Without the person's consent to the drug and alcohol service, nothing can be sent.
    new Select(browser.waitFor(By.id("refer:serviceId")))
        .selectByVisibleText("Drug and alcohol service: Drug and alcohol treatment");
    browser.click(By.cssSelector("input[name='refer:urgency'][value='URGENT']"));
    browser.type(By.id("refer:reason"), "Asked for help with alcohol");
    browser.click(By.id("refer:send"));
    browser.waitForText(By.tagName("main"), "no consent or other lawful basis");
    browser.click(By.id("record-consent"));
    browser.click(By.cssSelector("input[name='consent:agencies'][value='drug-alcohol']"));
    browser.type(By.id("consent:purpose"), "Treatment for alcohol");
    browser.click(By.id("consent:save"));
    browser.waitForText(By.id("consents:bases"), "Treatment for alcohol");

    // ... and refers them, after being told what is missing.
    browser.click(By.id("refer:send"));
    browser.waitForText(By.tagName("main"), "Choose the service to refer to");
    assertThat(browser.text(By.tagName("main")))
        .contains("Choose how urgent this is", "Say why you are referring this person");
    new Select(browser.waitFor(By.id("refer:serviceId")))
        .selectByVisibleText("Drug and alcohol service: Drug and alcohol treatment");
    browser.click(By.cssSelector("input[name='refer:urgency'][value='URGENT']"));
    browser.type(By.id("refer:reason"), "Asked for help with alcohol");
    browser.click(By.id("refer:send"));
    browser.waitForText(By.id("status"), "Sent, waiting to be acknowledged");
    long referral = idIn(browser.driver.getCurrentUrl());
    browser.signOut();

    // Signing out ended the Keycloak session too: the next visit asks for a login again.
    browser.open("/index.xhtml");
    browser.waitFor(By.id("kc-login"));

    // A police worker neither sees it in their work nor can open it.
    browser.logIn("police.worker");
    browser.click(By.id("nav-work"));
    browser.waitForText(By.tagName("h1"), "My work");
    assertThat(browser.text(By.tagName("main"))).doesNotContain(family);
    browser.open("/referral.xhtml?id=" + referral);
    browser.waitForText(By.tagName("h1"), "Page not found");
    assertThat(browser.driver.getPageSource()).doesNotContain(family);
    browser.open("/index.xhtml");
    browser.signOut();

    // The drug and alcohol worker finds it in their work, acknowledges and accepts it.
    browser.logIn("drug-alcohol.worker");
    assertThat(Integer.parseInt(browser.text(By.cssSelector("#nav-work .count")))).isPositive();
    browser.click(By.id("nav-work"));
    browser.click(By.partialLinkText("Robin " + family));
    browser.waitForText(By.id("reason"), "Asked for help with alcohol");
    browser.click(By.id("decline:decline"));
    browser.waitForText(By.tagName("main"), "Choose the main reason for declining");
    browser.click(By.id("steps:acknowledge"));
    browser.waitForText(By.id("status"), "Acknowledged, waiting for a decision");
    assertThat(browser.text(By.id("assignee"))).contains("Dana Kerr");
    browser.click(By.id("steps:accept"));
    browser.waitForText(By.id("messages"), "You accepted the referral for Robin " + family);
    browser.waitForText(By.id("status"), "Accepted, first contact to make");
    assertThat(browser.text(By.id("history"))).contains("Acknowledged", "Accepted");
    // Where it is, in words a worker reads: the step it is at marked, no engineering drawing.
    assertThat(browser.text(By.cssSelector("#steps-list [aria-current='step']")))
        .contains("Accepted", "(now)");
    assertThat(browser.text(By.cssSelector("#steps-list .steps__step--done"))).contains("Sent");
    assertThat(browser.driver.findElements(By.id("diagram"))).isEmpty();
    browser.click(By.id("nav-work"));
    assertThat(browser.text(By.id("awaitingList"))).doesNotContain(family);
    browser.signOut();

    // The sender sees the new status and when it changed.
    browser.logIn("housing.worker");
    browser.click(By.id("nav-sent"));
    browser.waitForText(By.id("sent"), "Robin " + family);
    browser.click(By.linkText("Robin " + family));
    browser.waitForText(By.id("status"), "Accepted");
    assertThat(browser.text(By.id("history"))).contains("Dana Kerr, Drug and alcohol service");
    assertThat(browser.driver.findElements(By.id("steps:accept"))).isEmpty();

    // Each login recorded who it was, so escalation emails reach the right people.
    assertThat(
            ReferralLifecycleApiIT.rows(
                "select username || ' ' || agency || ' ' || email from totalplace.staff where"
                    + " username in ('housing.worker', 'police.worker', 'drug-alcohol.worker')"))
        .containsExactlyInAnyOrder(
            "housing.worker housing housing.worker@demo.totalplace.test",
            "police.worker police police.worker@demo.totalplace.test",
            "drug-alcohol.worker drug-alcohol drug-alcohol.worker@demo.totalplace.test");
  }

  @Test
  void rolesWithoutCaseworkAreDeniedThePagesAfterLoggingIn() {
    browser.open("/inbox.xhtml");
    browser.type(By.id("username"), "dpo");
    browser.type(By.id("password"), "demo-password");
    browser.click(By.id("kc-login"));

    // The officer lands on their own desk; casework pages are refused.
    browser.waitForText(By.tagName("h1"), "Data protection");
    browser.open("/inbox.xhtml");
    browser.waitForText(By.tagName("h1"), "You cannot see this page");
    browser.open("/work.xhtml");
    browser.waitForText(By.tagName("h1"), "You cannot see this page");
    browser.open("/person.xhtml?id=1");
    browser.waitForText(By.tagName("h1"), "You cannot see this page");
    browser.open("/referral.xhtml?id=1");
    browser.waitForText(By.tagName("h1"), "You cannot see this page");
  }

  static long idIn(String url) {
    Matcher m = Pattern.compile("[?&]id=(\\d+)").matcher(url);
    assertThat(m.find()).as("id in " + url).isTrue();
    return Long.parseLong(m.group(1));
  }

  @Test
  void referringSaysWhatWouldStopItWhereThePersonClickedAndOffersNextSteps() throws Exception {
    Api health = Api.as("health-system");
    long person = ReferralApiIT.createPerson(health, "Mae", "Route" + ReferralApiIT.suffix());
    long service = ReferralApiIT.serviceOf(health, "drug-alcohol");
    String name = health.get("/services/" + service).json().get("name").asText();
    String rare = "Falconry " + ReferralApiIT.suffix();
    ReferralLifecycleApiIT.execute(
        "insert into taxonomy_term (taxonomy, code, name) values ('test', '"
            + rare.toLowerCase().replace(' ', '-')
            + "', '"
            + rare
            + "')");
    By choose = By.cssSelector("input[aria-label^='Refer to " + name + ",']");
    var js = (org.openqa.selenium.JavascriptExecutor) browser.driver;

    // No consent for drug and alcohol yet: said when the service is chosen, before any writing,
    // with the way to record it, and the form opens under the service that was clicked.
    browser.logIn("health.worker");
    browser.open("/refer.xhtml?person=" + person);
    browser.click(choose);
    browser.waitForText(By.id("no-basis"), "has no consent or other lawful basis");
    assertThat(browser.driver.findElement(By.id("record-basis")).getAttribute("href"))
        .endsWith("/consent.xhtml?id=" + person);
    assertThat(
            (Boolean)
                js.executeScript(
                    "var form = document.getElementById('referral');"
                        + " var card = form.previousElementSibling.querySelector('section:last-of-type');"
                        + " return card.textContent.indexOf(arguments[0]) >= 0"
                        + " && (document.getElementById('no-basis').compareDocumentPosition("
                        + "document.getElementById('send:reason')) & 4) > 0;",
                    name))
        .as("the form follows the chosen service, the warning comes before the reason")
        .isTrue();

    // With consent and an open referral already there, choosing the service says so.
    long open = ReferralApiIT.refer(health, person, "drug-alcohol", "ROUTINE");
    browser.open("/refer.xhtml?person=" + person);
    browser.click(choose);
    browser.waitForText(By.id("already-open"), "referral " + open);
    assertThat(browser.driver.findElements(By.id("no-basis"))).isEmpty();

    // A postcode that is not one leaves nothing of the last search on screen.
    browser.type(By.id("find:postcode"), "not a postcode!");
    browser.click(By.id("find:search"));
    browser.waitForText(By.id("results"), "Correct the search above");
    assertThat(browser.driver.findElements(By.id("referral"))).isEmpty();
    assertThat(browser.driver.findElements(By.cssSelector("#pick section"))).isEmpty();

    // Nothing found: the next steps are offered, and taking one finds services again.
    browser.type(By.id("find:postcode"), "LS11 5QP");
    new Select(browser.waitFor(By.id("find:need"))).selectByVisibleText(rare);
    browser.click(By.id("find:search"));
    browser.waitForText(By.id("results"), "0 services found");
    browser.click(By.id("widen:anyNeed"));
    browser.waitFor(choose);
    assertThat(browser.text(By.id("results"))).doesNotContain("0 services");
  }
}

package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The shared record clicked through in headless Chromium: creating with a duplicate check,
 * contributions and alerts, an edit that meets someone else's, tell-us-once, break-glass and its
 * review, who has seen the record, the audit check, and merging and unmerging.
 */
@ExtendWith(Platform.class)
class PersonRecordPagesIT {

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
  void oneRecordWorkedOnByHealthHousingAndVoluntaryWithTheOfficerWatching() {
    String family = "Penrose" + ReferralApiIT.suffix();

    // Health creates the record, correcting a mistyped NHS number.
    browser.logIn("health.worker");
    browser.click(By.id("create-person"));
    browser.type(By.id("person:givenName"), "Ava");
    browser.type(By.id("person:familyName"), family);
    browser.type(By.id("person:dateOfBirth"), "14/02/1991");
    browser.type(By.id("person:nhsNumber"), "943 476 5918");
    browser.click(By.id("person:create"));
    browser.waitForText(By.tagName("main"), "This NHS number is not valid");
    browser.type(By.id("person:nhsNumber"), "943 476 5919");
    browser.click(By.id("person:create"));
    browser.waitForText(By.id("person-name"), "Ava " + family);
    long id = ReferralPagesIT.idIn(browser.driver.getCurrentUrl());
    assertThat(browser.text(By.id("basis"))).contains("Your agency is working with this person");
    assertThat(browser.text(By.id("identifiers"))).contains("9434765919");

    // An alert shows at the top for everyone who may see it.
    new Select(browser.waitFor(By.id("entry:kind"))).selectByVisibleText("Alert");
    new Select(browser.waitFor(By.id("entry:sensitivity"))).selectByVisibleText("General");
    browser.type(By.id("entry:summary"), "Dog at the address: visit in pairs");
    browser.click(By.id("entry:add"));
    browser.waitForText(By.id("chronology"), "Dog at the address");
    assertThat(browser.text(By.tagName("main"))).contains("Alert from Health: Dog at the address");
    new Select(browser.waitFor(By.id("entry:kind"))).selectByVisibleText("Note");
    new Select(browser.waitFor(By.id("entry:sensitivity"))).selectByVisibleText("Mental health");
    browser.type(By.id("entry:summary"), "Anxiety, under the community team");
    browser.click(By.id("entry:add"));
    browser.waitForText(By.id("chronology"), "Anxiety");

    // She agrees to housing seeing her record.
    browser.click(By.id("record-consent"));
    browser.click(By.cssSelector("input[name='consent:agencies'][value='housing']"));
    browser.type(By.id("consent:purpose"), "Finding somewhere to live");
    browser.click(By.id("consent:save"));
    browser.waitForText(By.id("consents:bases"), "Finding somewhere to live");

    // A second record for the same person is made only on purpose.
    browser.open("/new-person.xhtml");
    browser.type(By.id("person:givenName"), "Ava");
    browser.type(By.id("person:familyName"), family);
    browser.type(By.id("person:dateOfBirth"), "14/02/1991");
    browser.click(By.id("person:create"));
    browser.waitForText(By.id("person:duplicates"), "Is this one of these people?");
    assertThat(browser.text(By.id("person:duplicates"))).contains("Ava " + family);
    browser.click(By.id("person:createAnyway"));
    browser.waitForText(By.id("person-name"), "Ava " + family);
    long duplicate = ReferralPagesIT.idIn(browser.driver.getCurrentUrl());
    browser.signOut();

    // Housing sees the record on her consent, with the alert but not the mental-health note,
    // and records that it is working with her.
    browser.logIn("housing.worker");
    browser.open("/person.xhtml?id=" + id);
    browser.waitForText(By.id("basis"), "Consent given for Finding somewhere to live");
    assertThat(browser.text(By.tagName("main")))
        .contains("Dog at the address")
        .doesNotContain("Anxiety");
    browser.click(By.cssSelector("#record details:nth-of-type(1) summary"));
    browser.type(By.id("involve:leadWorker"), "Hana Reid");
    browser.click(By.id("involve:save"));
    browser.waitForText(By.id("involvements"), "Hana Reid");

    // Housing edits while health changes the same record: housing is shown what changed.
    browser.click(By.id("edit-details"));
    browser.type(By.id("details:language"), "Polish");
    var api = Api.as("health-system");
    var record = api.get("/persons/" + id);
    var put =
        api.put(
            "/persons/" + id,
            Map.of(
                "givenName", "Ava",
                "familyName", family,
                "preferredName", "Avi",
                "dateOfBirth", "1991-02-14",
                "sex", "NOT_KNOWN"),
            Map.of("If-Match", record.header("ETag")));
    assertThat(put.status()).as(put.toString()).isEqualTo(200);
    browser.click(By.id("details:save"));
    browser.waitForText(By.id("their-changes"), "Preferred name");
    assertThat(browser.text(By.id("their-changes"))).contains("Avi");
    browser.click(By.id("details:save"));
    browser.waitForText(By.id("details"), "Polish");
    assertThat(browser.text(By.id("details"))).contains("Avi");
    browser.signOut();

    // Health records a move once; housing is told in its inbox.
    browser.logIn("health.worker");
    browser.open("/change.xhtml?id=" + id);
    browser.type(By.id("change:addressLine"), "Flat 2, 14 Harehills Lane, Leeds");
    browser.type(By.id("change:postcode"), "ls8 4hs");
    browser.click(By.id("change:save"));
    browser.waitForText(By.id("postcode"), "LS8 4HS");
    browser.signOut();
    browser.logIn("housing.worker");
    browser.click(By.id("nav-inbox"));
    browser.waitForText(By.id("notices:unread"), "Ava " + family);
    assertThat(browser.text(By.id("notices:unread"))).contains("Flat 2, 14 Harehills Lane");
    browser.signOut();

    // Voluntary sees only who she is, breaks the glass, and sees what it may share for a while.
    browser.logIn("voluntary.worker");
    browser.open("/person.xhtml?id=" + id);
    browser.waitForText(By.id("known-to"), "Health");
    assertThat(browser.text(By.tagName("main"))).doesNotContain("Dog at the address");
    browser.click(By.cssSelector("#known-to details summary"));
    browser.type(By.id("glass:reason"), "Found collapsed at our drop-in, paramedics asking");
    browser.click(By.id("glass:break"));
    browser.waitForText(By.id("glass-banner"), "Found collapsed");
    // Broken glass opens what an agreement shares with voluntary (general), never the rest.
    assertThat(browser.text(By.id("chronology")))
        .contains("Dog at the address")
        .doesNotContain("Anxiety");
    browser.signOut();

    // The officer reviews the break-glass, checks who has seen the record, and the trail.
    browser.logIn("dpo");
    browser.waitForText(By.tagName("h1"), "Data protection");
    assertThat(browser.text(By.id("reviews:waiting")))
        .contains("Found collapsed", "Vera Quinn (voluntary.worker)");
    browser.click(By.cssSelector("#reviews\\:waiting tr:last-child input[value='Justified']"));
    browser.waitForText(By.id("reviewed"), "Justified");
    browser.type(By.id("seen:personId"), String.valueOf(id));
    browser.click(By.id("seen:show"));
    browser.waitForText(By.id("trail:events"), "Break glass");
    assertThat(browser.text(By.id("trail:events")))
        .contains("Vera Quinn (voluntary.worker)", "Person viewed");
    browser.open("/dpo/index.xhtml");
    browser.click(By.id("audit:verify"));
    browser.waitForText(By.id("audit:result"), "Intact");

    // ... and merges the duplicate, then undoes it.
    browser.click(By.id("nav-merge"));
    browser.type(By.id("merge:keptId"), String.valueOf(id));
    browser.type(By.id("merge:mergedId"), String.valueOf(id));
    browser.click(By.id("merge:compare"));
    browser.waitForText(By.tagName("main"), "A record cannot be merged into itself");
    browser.type(By.id("merge:mergedId"), String.valueOf(duplicate));
    browser.click(By.id("merge:compare"));
    browser.type(By.id("merge:reason"), "Same NHS patient, created twice on one day");
    browser.click(By.id("merge:confirm"));
    browser.waitForText(By.id("messages"), "merged into " + id);
    browser.click(By.cssSelector("#merges\\:recent tr:first-child input[value='Undo']"));
    browser.waitForText(By.id("messages"), "Merge undone");
  }

  @Test
  void aNoteIsWrittenOnceWhateverTheBrowserDoesAfterwards() throws Exception {
    long id =
        ReferralApiIT.createPerson(
            Api.as("health-system"), "Orla", "Once" + ReferralApiIT.suffix());
    String note = "Phoned about the repairs " + ReferralApiIT.suffix();

    // After the note is added the page is a plain address again: refresh and Back post nothing.
    browser.logIn("health.worker");
    browser.open("/person.xhtml?id=" + id);
    new Select(browser.waitFor(By.id("entry:kind"))).selectByVisibleText("Note");
    new Select(browser.waitFor(By.id("entry:sensitivity"))).selectByVisibleText("General");
    browser.type(By.id("entry:summary"), note);
    browser.click(By.id("entry:add"));
    browser.waitForText(By.id("chronology"), note);
    assertThat(browser.driver.getCurrentUrl()).endsWith("/person.xhtml?id=" + id);
    assertThat(browser.text(By.tagName("main"))).contains("Entry added to the chronology");
    browser.driver.navigate().refresh();
    browser.waitForText(By.id("chronology"), note);
    assertThat(browser.text(By.tagName("main"))).doesNotContain("Entry added to the chronology");
    browser.driver.navigate().back();
    browser.driver.navigate().forward();
    browser.waitForText(By.id("chronology"), note);
    assertThat(entriesSaying(id, note)).isEqualTo(1);

    // The same rendered form sent twice (a double click, a "resend" on refresh): one write.
    String twice = "Dropped off the form " + ReferralApiIT.suffix();
    PageSession worker = PageSession.login("health.worker");
    var page = worker.get("/person.xhtml?id=" + id);
    String[] fields = {
      "entry:kind=NOTE", "entry:sensitivity=GENERAL", "entry:summary=" + twice, "entry:detail="
    };
    var first = worker.submit(page, "entry", "add", fields);
    var second = worker.submit(page, "entry", "add", fields);

    assertThat(first.body()).contains("Entry added to the chronology");
    assertThat(second.body()).contains("That form was already sent, so nothing was done again");
    assertThat(second.uri().toString()).endsWith("/person.xhtml?id=" + id);
    assertThat(entriesSaying(id, twice)).isEqualTo(1);
  }

  @Test
  void aProblemInAClosedDisclosureIsSummarisedAtTheTopWithTheDisclosureOpened() throws Exception {
    long id =
        ReferralApiIT.createPerson(
            Api.as("health-system"), "Wren", "Summary" + ReferralApiIT.suffix());

    browser.logIn("voluntary.worker");
    browser.open("/person.xhtml?id=" + id);
    browser.waitForText(By.id("known-to"), "Health");
    browser.click(By.cssSelector("#known-to details summary"));
    browser.type(By.id("glass:reason"), "urgent");
    browser.click(By.id("glass:break"));

    browser.waitForText(By.id("error-summary"), "There is a problem");
    var js = (org.openqa.selenium.JavascriptExecutor) browser.driver;
    browser.wait.until(
        d -> "error-summary".equals(js.executeScript("return document.activeElement.id")));
    var link = browser.driver.findElement(By.cssSelector("#error-summary a"));
    assertThat(link.getText()).contains("10 to 1000 characters");
    assertThat(link.getAttribute("href")).endsWith("#glass:reason");
    assertThat(browser.driver.findElement(By.id("glass:reason")).isDisplayed())
        .as("the disclosure holding the problem is open")
        .isTrue();
    link.click();
    assertThat(js.executeScript("return document.activeElement.id")).isEqualTo("glass:reason");
    browser.screenshot(testName);
  }

  @Test
  void anAccessRequestIsRefusedOrGrantedFromTheNoticeAndTheAskerSeesWhich() throws Exception {
    String family = "Asker" + ReferralApiIT.suffix();
    long id = ReferralApiIT.createPerson(Api.as("health-system"), "Una", family);
    PageSession voluntary = PageSession.login("voluntary.worker");

    // Voluntary asks; it sees the request waiting and cannot send a second one meanwhile.
    var asked =
        voluntary.submit(
            voluntary.get("/person.xhtml?id=" + id),
            "access",
            "ask",
            "access:reason=She joined our tenancy support group");
    assertThat(text(asked.body())).contains("Waiting for an answer from the agencies");
    assertThat(asked.body()).doesNotContain("id=\"access:ask\"");

    // A health worker sees the request but a team lead answers it.
    PageSession worker = PageSession.login("health.worker");
    String workerInbox = rowAbout(worker.get("/inbox.xhtml").body(), family);
    assertThat(workerInbox).contains("A team lead of your agency grants or refuses this");
    assertThat(workerInbox).doesNotContain("Grant access");

    PageSession lead = PageSession.login("health.lead");
    var inbox = lead.get("/inbox.xhtml");
    int row = rowIndex(inbox.body(), family);
    var noReason = lead.submit(inbox, "notices", "unread:" + row + ":refuse");
    assertThat(text(noReason.body())).contains("Say why access is refused");
    inbox = lead.get("/inbox.xhtml");
    row = rowIndex(inbox.body(), family);
    var refused =
        lead.submit(
            inbox,
            "notices",
            "unread:" + row + ":refuse",
            "notices:unread:" + row + ":why=Ask her GP surgery first");
    assertThat(text(refused.body())).contains("Access refused");
    assertThat(text(voluntary.get("/person.xhtml?id=" + id).body()))
        .contains("Refused on", "Hugh Mensah", "Ask her GP surgery first")
        .doesNotContain("Waiting for an answer");

    // Asked again, and granted: the record opens to voluntary, as far as agreements share.
    voluntary.submit(
        voluntary.get("/person.xhtml?id=" + id),
        "access",
        "ask",
        "access:reason=She has asked us to help with her benefits");
    inbox = lead.get("/inbox.xhtml");
    var granted =
        lead.submit(inbox, "notices", "unread:" + rowIndex(inbox.body(), family) + ":grant");
    assertThat(text(granted.body())).contains("Access granted");
    String opened = text(voluntary.get("/person.xhtml?id=" + id).body());
    assertThat(opened)
        .contains("Access asked by Vera Quinn")
        .doesNotContain("Known-to view only", "Ask for access");
    assertThat(text(voluntary.get("/inbox.xhtml").body()))
        .contains(
            "Health granted your request for access", "Health refused your request for access");
    assertThat(ReferralApiIT.audited("person", id))
        .contains(
            "ACCESS_REQUESTED by voluntary.worker",
            "ACCESS_REFUSED by health.lead",
            "ACCESS_GRANTED by health.lead",
            "BASIS_RECORDED by health.lead");
  }

  /** The page's text without its markup, as a person reads it. */
  private static String text(String html) {
    return html.replaceAll("(?s)<script.*?</script>", " ")
        .replaceAll("<[^>]+>", " ")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
        .replaceAll("\\s+", " ");
  }

  /** The markup of the inbox row about a person (PrimeFaces numbers rows with data-ri). */
  private static String rowAbout(String inbox, String family) {
    for (String row : inbox.split("data-ri=\"")) {
      if (row.contains(family)) {
        return row;
      }
    }
    throw new AssertionError("No notice about " + family);
  }

  private static int rowIndex(String inbox, String family) {
    return Integer.parseInt(rowAbout(inbox, family).replaceAll("(?s)^(\\d+).*", "$1"));
  }

  private static int entriesSaying(long person, String summary) throws Exception {
    try (var db = Platform.database();
        var sql =
            db.prepareStatement("select count(*) from entry where person_id = ? and summary = ?")) {
      sql.setLong(1, person);
      sql.setString(2, summary);
      try (var rows = sql.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }
}

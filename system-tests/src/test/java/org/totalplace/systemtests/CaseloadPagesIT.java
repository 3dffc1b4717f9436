package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.totalplace.systemtests.ReferralLifecycleApiIT.count;
import static org.totalplace.systemtests.ReferralLifecycleApiIT.execute;
import static org.totalplace.systemtests.ReferralLifecycleApiIT.rows;
import static org.totalplace.systemtests.ReferralLifecycleApiIT.single;
import static org.totalplace.systemtests.ReferralLifecycleApiIT.step;
import static org.totalplace.systemtests.ReferralLifecycleApiIT.waitUntil;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A team lead's caseload dashboard, a worker's list, moving work one item or all at once, the flow
 * figures and the exports, in headless Chromium against the real platform; and who may see them.
 */
@ExtendWith(Platform.class)
class CaseloadPagesIT {

  /** The account a system acts under when it takes a referral on. */
  static final String SYSTEM = "service-account-housing-system";

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

  /** Three referrals to housing about people of one family name: two acknowledged by a system. */
  private static List<Long> referralsToHousing(String family) {
    Api probation = Api.as("probation-system");
    Api housing = Api.as("housing-system");
    List<Long> ids = new ArrayList<>();
    for (String given : List.of("Ann", "Bob", "Cy")) {
      long person = ReferralApiIT.createPerson(probation, given, family);
      ids.add(ReferralApiIT.refer(probation, person, "housing", "URGENT"));
    }
    step(housing, ids.get(0), "acknowledge", Map.of(), "RECEIVED");
    step(housing, ids.get(1), "acknowledge", Map.of(), "RECEIVED");
    return ids;
  }

  private static List<String> assignees(List<Long> ids) throws Exception {
    return rows(
        "select coalesce(assignee, 'nobody') from totalplace.referral where id in ("
            + String.join(",", ids.stream().map(String::valueOf).toList())
            + ") order by id");
  }

  private void tick(String family) {
    for (var box :
        browser.driver.findElements(By.cssSelector("input[aria-label$='" + family + "']"))) {
      if (!box.isSelected()) {
        box.click();
      }
    }
  }

  @Test
  void aTeamLeadGivesOutUnallocatedWorkThenMovesAnAbsentWorkersWholeCaseload() throws Exception {
    String family = "Lead" + ReferralApiIT.suffix();
    List<Long> ids = referralsToHousing(family);
    // The workers are known to the platform once they have signed in.
    PageSession.login("housing.worker");
    PageSession.login("housing.worker2");

    browser.logIn("housing.lead");
    browser.click(By.id("nav-team"));
    browser.waitForText(By.tagName("h1"), "Team caseloads");
    assertThat(browser.text(By.id("teamTable"))).contains("Hana Reid", "Omar Haddad");
    assertThat(browser.text(By.id("teamTable"))).doesNotContain("Priya Shah");
    // Work acknowledged by a system account or by nobody is work nobody holds.
    assertThat(browser.text(By.id("move:items"))).contains("Ann " + family, "Bob " + family);
    assertThat(browser.text(By.id("move:items"))).contains("Cy " + family);

    // Nothing ticked, nobody chosen, no reason: three plain messages, and nothing moves.
    browser.click(By.id("move:submit"));
    browser.waitForText(By.tagName("main"), "Choose at least one case or referral to move");
    assertThat(browser.text(By.tagName("main")))
        .contains("Choose who the work goes to", "Say why the work is moving");
    assertThat(assignees(ids)).containsExactly(SYSTEM, SYSTEM, "nobody");

    // Tick the three, give them to Hana with a reason.
    tick(family);
    new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("move-assignee")))
        .selectByVisibleText("Hana Reid");
    browser.type(By.id("move:reason"), "Sharing out the new work");
    browser.click(By.id("move:submit"));
    browser.waitForText(By.tagName("main"), "3 items moved to Hana Reid, who has been told");
    assertThat(assignees(ids)).containsOnly("housing.worker");
    for (long id : ids) {
      assertThat(rows("select action from totalplace.referral_event where referral_id = " + id))
          .contains("ASSIGNED");
      assertThat(
              rows(
                  "select action from totalplace.audit_event where subject_id = "
                      + id
                      + " and subject_type = 'referral'"))
          .contains("REFERRAL_ASSIGNED");
    }
    assertThat(
            count(
                "select count(*) from totalplace.entry e join totalplace.person p on p.id ="
                    + " e.person_id where p.family_name = '"
                    + family
                    + "' and e.summary like '%moved to Hana Reid by Tom Price'"))
        .isEqualTo(3);
    assertThat(
            count(
                "select count(*) from totalplace.notice where to_username = 'housing.worker' and"
                    + " message like '%moved to you by Tom Price: Sharing out the new work'"
                    + " and referral_id in ("
                    + ids.get(0)
                    + ","
                    + ids.get(1)
                    + ","
                    + ids.get(2)
                    + ")"))
        .isEqualTo(3);
    waitUntil(
        () ->
            ReferralLifecycleApiIT.recipientsOf("Totalplace: 3 referrals needs attention")
                .contains("housing.worker@demo.totalplace.test"),
        "one email to Hana for the batch");

    // Hana is off sick: open her list, select all, move it all to Omar.
    browser.open("/lead/caseloads.xhtml");
    browser.click(By.linkText("Hana Reid"));
    browser.waitForText(By.tagName("h1"), "Caseload of Hana Reid");
    assertThat(browser.text(By.id("move:items"))).contains("Ann " + family);
    // "Select all" posts the page: wait for the new page, not the old one's list of workers.
    var oldPage = browser.waitFor(By.id("move-assignee"));
    browser.click(By.id("move:all"));
    browser.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(oldPage));
    new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("move-assignee")))
        .selectByVisibleText("Omar Haddad");
    browser.type(By.id("move:reason"), "Off sick this week");
    browser.click(By.id("move:submit"));
    browser.waitForText(By.tagName("main"), "moved to Omar Haddad");
    assertThat(assignees(ids)).containsOnly("housing.worker2");
    assertThat(browser.text(By.tagName("main"))).contains("Hana Reid holds no open work");
    assertThat(
            count(
                "select count(*) from totalplace.audit_event where action ="
                    + " 'CASELOAD_REASSIGNED' and detail like '%to housing.worker2: Off sick this"
                    + " week'"))
        .isEqualTo(1);
  }

  @Test
  void aMoveToSomeoneWhoLeftOrIsOutsideTheTeamIsRefusedAndChangesNothing() throws Exception {
    String family = "Stay" + ReferralApiIT.suffix();
    List<Long> ids = referralsToHousing(family);
    PageSession.login("housing.worker3");
    browser.logIn("housing.lead");
    browser.open("/lead/caseloads.xhtml");
    tick(family);
    new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("move-assignee")))
        .selectByVisibleText("Grace Lin");
    browser.type(By.id("move:reason"), "Grace has room");
    // Grace leaves after the page was opened.
    execute("update totalplace.staff set active = false where username = 'housing.worker3'");
    try {
      browser.click(By.id("move:submit"));
      browser.waitForText(By.tagName("main"), "Choose someone who works in Housing and is active");
      assertThat(assignees(ids)).containsExactly(SYSTEM, SYSTEM, "nobody");
    } finally {
      execute("update totalplace.staff set active = true where username = 'housing.worker3'");
    }
    // A name from another agency, sent as if picked: refused the same way.
    browser.open("/lead/caseloads.xhtml");
    tick(family);
    ((org.openqa.selenium.JavascriptExecutor) browser.driver)
        .executeScript(
            "var o = document.createElement('option'); o.value = 'probation.worker';"
                + " o.text = 'Priya'; document.getElementById('move-assignee').add(o);"
                + " o.selected = true;");
    browser.type(By.id("move:reason"), "Wrong team");
    browser.click(By.id("move:submit"));
    browser.waitForText(By.tagName("main"), "Choose someone who works in Housing and is active");
    assertThat(assignees(ids)).containsExactly(SYSTEM, SYSTEM, "nobody");
  }

  @Test
  void teamFilesAreForTeamLeadsOnlyAndEachIsAudited() throws Exception {
    PageSession worker = PageSession.login("housing.worker");
    PageSession lead = PageSession.login("housing.lead");
    HttpResponse<String> csv = lead.get("/download/table?list=team&format=csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).contains("Worker,Contracted hours,Open referrals").contains("Hana Reid");
    assertThat(csv.body()).doesNotContain("Priya Shah");
    HttpResponse<byte[]> xlsx = lead.download("/download/table?list=unallocated&format=xlsx");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(sheetOf(xlsx.body())).contains("Person", "Held by");
    assertThat(
            count(
                "select count(*) from totalplace.audit_event where username = 'housing.lead' and"
                    + " action = 'EXPORTED' and detail like 'Unallocated work (housing) as xlsx%'"))
        .isGreaterThanOrEqualTo(1);

    assertThat(worker.get("/download/table?list=team&format=csv").statusCode()).isEqualTo(403);
    assertThat(worker.get("/lead/caseloads.xhtml").statusCode()).isEqualTo(403);
    assertThat(worker.get("/lead/flow.xhtml").statusCode()).isEqualTo(403);
    PageSession otherLead = PageSession.login("probation.lead");
    assertThat(otherLead.get("/lead/worker.xhtml?worker=housing.worker").statusCode())
        .isEqualTo(404);
    assertThat(
            otherLead
                .get("/download/table?list=worker&worker=housing.worker&format=csv")
                .statusCode())
        .isEqualTo(404);
    assertThat(lead.get("/download/table?list=team&format=pdf").statusCode()).isEqualTo(400);
    PageSession admin = PageSession.login("housing.admin");
    assertThat(admin.get("/lead/caseloads.xhtml").statusCode()).isEqualTo(403);
  }

  @Test
  void theFlowPageShowsHandoffsAndRefusesAPeriodThatEndsBeforeItStarts() throws Exception {
    String family = "Flow" + ReferralApiIT.suffix();
    List<Long> ids = referralsToHousing(family);
    Api housing = Api.as("housing-system");
    step(housing, ids.get(0), "accept", Map.of(), "ACCEPTED");
    browser.logIn("probation.lead");
    browser.click(By.id("nav-flow"));
    browser.waitForText(By.tagName("h1"), "Flow between agencies");
    assertThat(browser.text(By.id("pairTable"))).contains("Probation", "Housing");
    assertThat(browser.text(By.id("heatMap"))).contains("Probation");
    browser.waitFor(By.cssSelector("#trendChart canvas"));

    LocalDate today = LocalDate.now();
    browser.type(By.id("from"), "");
    browser.open("/lead/flow.xhtml?from=" + today + "&to=" + today.minusDays(3) + "&view=agency");
    browser.waitForText(By.tagName("main"), "The period must end on or after the day it starts");
    assertThat(browser.driver.findElements(By.id("pairTable"))).isEmpty();

    // The data-protection officer (of housing) sees the whole place, with small numbers between
    // other agencies hidden: one referral from the police to the voluntary sector is one such.
    Api police = Api.as("police-system");
    ReferralApiIT.refer(
        police, ReferralApiIT.createPerson(police, "Dee", family), "voluntary", "ROUTINE");
    PageSession officer = PageSession.login("dpo");
    HttpResponse<String> place = officer.get("/lead/flow.xhtml?view=place");
    assertThat(place.statusCode()).isEqualTo(200);
    assertThat(place.body()).contains("Flow between agencies");
    HttpResponse<String> pairs =
        officer.get(
            "/download/table?list=pairs&format=csv&view=place&from="
                + today.minusDays(1)
                + "&to="
                + today);
    assertThat(pairs.statusCode()).isEqualTo(200);
    assertThat(pairs.body()).contains("Police,Voluntary sector,,fewer than 5");
    for (String line : pairs.body().split("\r\n")) {
      String[] cells = line.split(",");
      // The officer works for housing: housing's own handoffs are shown in full.
      boolean ownAgency = "Housing".equals(cells[0]) || "Housing".equals(cells[1]);
      if (!ownAgency && cells.length > 3 && cells[3].matches("\\d+")) {
        assertThat(Integer.parseInt(cells[3])).as(line).isGreaterThanOrEqualTo(5);
      }
    }
  }

  @Test
  void anAgencyAdminSetsHowWorkIsWeighedAndTeamLeadsReadIt() throws Exception {
    browser.logIn("housing.admin");
    browser.click(By.id("nav-workload"));
    browser.waitForText(By.tagName("h1"), "How work is weighed");
    By highReferral = By.cssSelector("input[aria-label='Referral received, high risk, points']");
    browser.type(highReferral, "200");
    browser.type(By.id("measure:fullTimePoints"), "0");
    browser.click(By.id("measure:save"));
    browser.waitForText(By.tagName("main"), "high risk: give points from 0 to 100");
    assertThat(browser.text(By.tagName("main")))
        .contains("Full-time points: give a number above 0 and up to 1000");
    assertThat(
            single(
                "select points from totalplace.workload_weight where agency = 'housing'"
                    + " and case_type = 'REFERRAL' and risk_tier = 'HIGH'"))
        .isEqualTo("3.0");

    browser.type(highReferral, "4");
    browser.type(By.id("measure:fullTimePoints"), "40");
    browser.click(By.id("measure:save"));
    browser.waitForText(By.tagName("main"), "The workload measure is saved");
    try {
      assertThat(
              single(
                  "select points from totalplace.workload_weight where agency = 'housing'"
                      + " and case_type = 'REFERRAL' and risk_tier = 'HIGH'"))
          .isEqualTo("4.0");
      assertThat(
              count(
                  "select count(*) from totalplace.audit_event where username = 'housing.admin'"
                      + " and action = 'WORKLOAD_MEASURE_CHANGED' and detail like"
                      + " '%REFERRAL/HIGH=4%'"))
          .isEqualTo(1);
      // Team leads read the measure; they cannot change it.
      PageSession lead = PageSession.login("housing.lead");
      HttpResponse<String> page = lead.get("/lead/workload.xhtml");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("Referral received").doesNotContain("Save the measure");
      assertThat(PageSession.login("housing.worker").get("/lead/workload.xhtml").statusCode())
          .isEqualTo(403);
    } finally {
      execute(
          "update totalplace.workload_weight set points = 3 where agency = 'housing' and"
              + " case_type = 'REFERRAL' and risk_tier = 'HIGH'");
    }
  }

  /** The text of a workbook's parts, read through the zip's central directory. */
  private static String sheetOf(byte[] workbook) throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
    try {
      java.nio.file.Files.write(file, workbook);
      try (ZipFile zip = new ZipFile(file.toFile())) {
        StringBuilder text = new StringBuilder();
        for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
          if (entry.getName().startsWith("xl/")) {
            text.append(
                new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
          }
        }
        return text.toString();
      }
    } finally {
      java.nio.file.Files.delete(file);
    }
  }

  @Test
  void everyColumnOfTheTeamTableSortsAndTheWorkerColumnSortsByName() throws Exception {
    PageSession.login("housing.worker");
    PageSession.login("housing.worker2");
    browser.logIn("housing.lead");
    browser.open("/lead/caseloads.xhtml");
    browser.waitForText(By.tagName("h1"), "Team caseloads");
    By headers = By.cssSelector("#teamTable th.ui-sortable-column");
    int columns = browser.driver.findElements(headers).size();
    assertThat(columns).isEqualTo(7);
    for (int i = 0; i < columns; i++) {
      By header = By.cssSelector("#teamTable th.ui-sortable-column:nth-of-type(" + (i + 1) + ")");
      String name = browser.text(header);
      browser.click(header);
      browser.wait.until(d -> "ascending".equals(d.findElement(header).getAttribute("aria-sort")));
      assertThat(browser.text(By.tagName("main")))
          .as("after sorting by " + name)
          .contains("Hana Reid", "Omar Haddad")
          .doesNotContain("went wrong");
      if (i == 0) {
        List<String> names =
            browser
                .driver
                .findElements(By.cssSelector("#teamTable tbody tr td:first-child"))
                .stream()
                .map(cell -> cell.getText().strip())
                .toList();
        assertThat(names).isSorted();
      }
    }
  }

  @Test
  void overdueAndDueSoonAgreeOnEveryTileRowCountAndApiBox() throws Exception {
    Api health = Api.as("health-system");
    Api housing = Api.as("housing-system");
    String family = "Tally" + ReferralApiIT.suffix();
    long late = ReferralApiIT.refer(health, personCalled("Una", family), "housing", "ROUTINE");
    long soon = ReferralApiIT.refer(health, personCalled("Ned", family), "housing", "ROUTINE");
    long quiet = ReferralApiIT.refer(health, personCalled("Ira", family), "housing", "ROUTINE");
    assertThat(housing.post("/referrals/" + quiet + "/accept", "").status()).isLessThan(300);
    // Nobody holds the late one; Hana holds the quiet one, untouched for longer than its target.
    execute(
        "update referral set acknowledge_due_at = now() - interval '1 hour' where id = " + late);
    execute(
        "update referral set acknowledge_due_at = now() + interval '2 hours' where id = " + soon);
    execute(
        "update referral set assignee = 'housing.worker', assignee_name = 'Hana Reid',"
            + " last_activity_at = now() - interval '60 days' where id = "
            + quiet);

    List<Long> overdueBox =
        housing.get("/referrals?box=overdue").json().findValues("id").stream()
            .map(n -> n.asLong())
            .toList();
    assertThat(overdueBox).contains(late, quiet).doesNotContain(soon);

    // The worker's navigation count, the My work tile and its list: the same number as the API.
    browser.logIn("housing.worker");
    browser.open("/work.xhtml");
    browser.waitForText(By.tagName("h1"), "My work");
    assertThat(number(By.id("count-overdue"))).isEqualTo(overdueBox.size());
    assertThat(browser.text(By.id("nav-work"))).contains(overdueBox.size() + " overdue");
    assertThat(browser.driver.findElements(By.cssSelector("#overdueList tbody tr")))
        .hasSize(overdueBox.size());
    browser.signOut();

    // The team lead's tiles count exactly the rows the page flags, held or not.
    browser.logIn("housing.lead");
    browser.open("/lead/caseloads.xhtml");
    browser.waitForText(By.tagName("h1"), "Team caseloads");
    long flaggedInTeam = columnSum("Overdue");
    long soonInTeam = columnSum("Due soon");
    var unallocated = By.cssSelector("#itemTable tbody tr");
    long flaggedUnallocated =
        browser.driver.findElements(unallocated).stream()
            .filter(row -> row.getText().contains("Overdue"))
            .count();
    long soonUnallocated =
        browser.driver.findElements(unallocated).stream()
            .filter(row -> row.getText().contains("Due soon"))
            .count();
    assertThat(number(By.id("count-overdue"))).isEqualTo(flaggedInTeam + flaggedUnallocated);
    assertThat(number(By.id("count-soon"))).isEqualTo(soonInTeam + soonUnallocated);
    assertThat(browser.text(By.id("itemTable")))
        .contains("Una " + family, "Ned " + family)
        .doesNotContain("Ira " + family);
    browser.click(By.linkText("Hana Reid"));
    browser.waitForText(By.tagName("h1"), "Caseload of Hana Reid");
    var ira =
        browser.driver.findElements(By.cssSelector("#itemTable tbody tr")).stream()
            .filter(row -> row.getText().contains("Ira " + family))
            .findFirst()
            .orElseThrow();
    assertThat(ira.getText()).contains("Overdue");
  }

  private static long personCalled(String given, String family) {
    return ReferralApiIT.createPerson(Api.as("health-system"), given, family);
  }

  private long number(By tile) {
    return Long.parseLong(browser.text(tile).strip());
  }

  /** The total of one column of the team table, found by its heading. */
  private long columnSum(String heading) {
    List<String> headings =
        browser.driver.findElements(By.cssSelector("#teamTable thead th")).stream()
            .map(th -> th.getText().strip())
            .toList();
    int column = headings.indexOf(heading) + 1;
    assertThat(column).as(headings.toString()).isPositive();
    return browser
        .driver
        .findElements(By.cssSelector("#teamTable tbody tr td:nth-child(" + column + ")"))
        .stream()
        .map(td -> td.getText().strip())
        .filter(text -> text.matches("\\d+"))
        .mapToLong(Long::parseLong)
        .sum();
  }
}

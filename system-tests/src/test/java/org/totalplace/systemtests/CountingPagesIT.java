package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.totalplace.systemtests.ReferralLifecycleApiIT.count;
import static org.totalplace.systemtests.ReferralLifecycleApiIT.single;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The unit cost catalogue and the deflators in headless Chromium: an analyst imports, finds and
 * corrects costs shown in one price year; who else may read or change them.
 */
@ExtendWith(Platform.class)
class CountingPagesIT {

  static final String HEADER =
      "code,category,detail,description,unit,cost_gbp,agency,agency_detail,price_year\n";

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
  void anAnalystImportsFindsAndCorrectsACostShownAtOneYearsPrices() throws Exception {
    String code = "TP" + ReferralApiIT.suffix();
    String tooNew = code + ".1";
    Path file = Files.createTempFile("costs", ".csv");
    Files.writeString(
        file,
        HEADER
            + code
            + ",HOUSING,,Night in our own hostel,Per night,100.00,Local Authority,,2010/11\n"
            + tooNew
            + ",HOUSING,,Priced too far ahead,Per night,1,Local Authority,,2031/32\n");

    browser.logIn("place.analyst");
    // An analyst's first page is the place map: they are given no page with people's names.
    browser.waitForText(By.tagName("h1"), "Place map");
    browser.click(By.id("to-costs"));
    browser.waitForText(By.tagName("h1"), "Unit costs");
    assertThat(browser.text(By.id("attribution")))
        .contains("GMCA Research Team", "Unit Cost Database v1.4", "Creative Commons");
    assertThat(browser.text(By.id("shown-in"))).isEqualTo("2019/20");
    assertThat(browser.driver.findElements(By.id("nav-work"))).isEmpty();
    long published = count("select count(*) from totalplace.unit_cost where code not like 'TP%'");
    assertThat(published).isEqualTo(674);

    browser.waitFor(By.id("import:file")).sendKeys(file.toString());
    browser.type(By.id("import:source"), "Our own hostel's accounts");
    browser.click(By.id("import:load"));
    browser.waitForText(By.id("imported"), "1 added, 0 changed, 0 unchanged, 1 refused");
    assertThat(browser.text(By.id("refused")))
        .contains(
            "Line 3 ("
                + tooNew
                + "): there is no GDP deflator for 2031/32: add it on the deflators page first");
    assertThat(count("select count(*) from totalplace.unit_cost where code = '" + tooNew + "'"))
        .isZero();

    browser.type(By.id("q"), code);
    browser.click(By.id("find"));
    browser.waitForText(By.id("found"), "1 unit cost found");
    // 100 x 107.613 / 93.285 = 115.359...
    assertThat(browser.text(By.id("costs"))).contains("£100.00 (2010/11)", "£115.36");

    browser.click(By.partialLinkText("Change"));
    browser.type(By.id("change:value"), "lots");
    browser.click(By.id("change:save"));
    browser.waitForText(By.id("change"), "Give the cost in pounds and pence, such as 334.95");
    assertThat(single("select value from totalplace.unit_cost where code = '" + code + "'"))
        .isEqualTo("100.00");

    browser.type(By.id("change:value"), "120.5");
    browser.type(By.id("change:priceYear"), "2013/14");
    browser.click(By.id("change:save"));
    browser.waitForText(By.id("messages"), "The cost of " + code + " is saved");
    // 120.50 x 107.613 / 98.375 = 131.816...
    assertThat(browser.text(By.id("costs"))).contains("£120.50 (2013/14)", "£131.82");
    assertThat(
            single(
                "select value || ' ' || price_year from totalplace.unit_cost where code = '"
                    + code
                    + "'"))
        .isEqualTo("120.50 2013");
    assertThat(
            count(
                "select count(*) from totalplace.audit_event where action = 'UNIT_COST_CHANGED'"
                    + " and detail like '"
                    + code
                    + " changed from £100.00 per night at 2010/11 prices to £120.50%'"))
        .isEqualTo(1);

    // Two tabs on the same cost: the second save is told, and does not overwrite the first.
    String changePage = "/counting/costs.xhtml?q=" + code + "&code=" + code;
    browser.open(changePage);
    String first = browser.driver.getWindowHandle();
    browser.waitFor(By.id("change:value"));
    browser.driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
    browser.open(changePage);
    browser.type(By.id("change:value"), "130");
    browser.click(By.id("change:save"));
    browser.waitForText(By.id("messages"), "The cost of " + code + " is saved");
    browser.driver.switchTo().window(first);
    browser.type(By.id("change:value"), "140");
    browser.click(By.id("change:save"));
    browser.waitForText(
        By.id("messages"),
        "Someone else has changed " + code + " since you opened the page. Reload and try again.");
    assertThat(single("select value from totalplace.unit_cost where code = '" + code + "'"))
        .isEqualTo("130.00");
  }

  @Test
  void aDeflatorThatIsNotAnIndexIsRefusedAndNothingIsAdded() throws Exception {
    long years = count("select count(*) from totalplace.gdp_deflator");
    browser.logIn("place.analyst");
    browser.click(By.id("to-deflators"));
    browser.waitForText(By.tagName("h1"), "Deflators and price year");
    assertThat(browser.text(By.id("basis")))
        .contains("HM Treasury, GDP deflators at market prices", "30 Sept 2016");
    assertThat(
            browser
                .waitFor(By.cssSelector("input[aria-label='Index for 2010/11']"))
                .getAttribute("value"))
        .isEqualTo("93.285");

    browser.type(By.id("add:year"), "2020/22");
    browser.type(By.id("add:index"), "-1");
    browser.click(By.id("add:add"));
    browser.waitForText(By.id("add"), "Give a financial year, such as 2024/25");
    assertThat(browser.text(By.id("add"))).contains("Give the deflator as a positive index");
    assertThat(count("select count(*) from totalplace.gdp_deflator")).isEqualTo(years);
  }

  @Test
  void workersAreRefusedTheCostPagesAndTeamLeadsReadThemWithoutChanging() throws Exception {
    for (String worker : new String[] {"housing.worker", "police.worker"}) {
      for (String page :
          new String[] {
            "/counting/costs.xhtml",
            "/counting/deflators.xhtml",
            "/counting/place.xhtml",
            "/counting/cohorts.xhtml",
            "/counting/mapping.xhtml",
            "/counting/table.xhtml",
            "/counting/download?table=place&format=csv"
          }) {
        assertThat(PageSession.login(worker).get(page).statusCode())
            .as(worker + " " + page)
            .isEqualTo(403);
      }
    }
    browser.logIn("housing.lead");
    browser.click(By.id("nav-counting"));
    browser.waitForText(By.tagName("h1"), "Place map");
    browser.click(By.id("to-costs"));
    browser.waitForText(By.tagName("h1"), "Unit costs");
    browser.open("/counting/costs.xhtml?q=HO4.1");
    browser.waitForText(By.id("found"), "found");
    assertThat(browser.text(By.id("costs"))).contains("HO4.1", "£334.95 (2010/11)");
    assertThat(browser.driver.findElements(By.partialLinkText("Change"))).isEmpty();
    assertThat(browser.driver.findElements(By.id("import:file"))).isEmpty();
  }

  @Test
  void anAnalystChangesWhatCountsAsACostInVersionsAndIsToldOfAChangeMadeMeanwhile()
      throws Exception {
    long before = count("select coalesce(max(number), 0) from totalplace.cost_mapping_version");
    long rules = count("select count(*) from totalplace.cost_rule where to_version is null");
    browser.logIn("place.analyst");
    browser.click(By.id("to-mapping"));
    browser.waitForText(By.tagName("h1"), "What counts as a cost");
    assertThat(browser.text(By.id("version"))).contains("Mapping version " + before);
    assertThat(browser.text(By.id("rules")))
        .contains("A referral accepted by Housing options and homelessness counts HO3.0.2");

    // A chronology entry with no agency, phrase or known unit cost: each field says what is wrong.
    new Select(browser.waitFor(By.id("rule:source"))).selectByValue("ENTRY");
    browser.type(By.id("rule:unitCost"), "NO.SUCH");
    browser.click(By.id("rule:save"));
    browser.waitForText(By.id("rule"), "Give the code of a unit cost in the catalogue");
    assertThat(browser.text(By.id("rule")))
        .contains(
            "Choose the agency that records the entry", "Give the phrase the entry's summary has");
    assertThat(count("select coalesce(max(number), 0) from totalplace.cost_mapping_version"))
        .isEqualTo(before);

    // Two tabs: the first saves version n+1; the second, opened at n, is told and saves nothing.
    String first = browser.driver.getWindowHandle();
    browser.driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
    browser.open("/counting/mapping.xhtml");
    fillDrugDeath(browser, "overdose");
    browser.click(By.id("rule:save"));
    browser.waitForText(By.id("messages"), "Saved as mapping version " + (before + 1));
    browser.driver.switchTo().window(first);
    fillDrugDeath(browser, "naloxone");
    browser.click(By.id("rule:save"));
    browser.waitForText(By.id("messages"), "Someone else has changed the cost mapping");
    assertThat(count("select count(*) from totalplace.cost_rule where to_version is null"))
        .isEqualTo(rules + 1);
    assertThat(count("select count(*) from totalplace.cost_rule where phrase = 'naloxone'"))
        .isZero();

    // Removing it makes another version; the history keeps both, the rules in force lose it.
    browser.open("/counting/mapping.xhtml");
    browser.click(By.cssSelector("input[aria-label^='Remove rule'][aria-label*='overdose']"));
    browser.waitForText(By.id("messages"), "Saved as mapping version " + (before + 2));
    assertThat(browser.text(By.id("history"))).contains("Removed: A chronology entry by Health");
    assertThat(browser.text(By.id("rules"))).doesNotContain("overdose");
    assertThat(count("select count(*) from totalplace.cost_rule where to_version is null"))
        .isEqualTo(rules);
  }

  private static void fillDrugDeath(Browser browser, String phrase) {
    new Select(browser.waitFor(By.id("rule:source"))).selectByValue("ENTRY");
    new Select(browser.waitFor(By.id("rule:recordedBy"))).selectByValue("health");
    browser.type(By.id("rule:phrase"), phrase);
    browser.type(By.id("rule:unitCost"), "HE4.0");
    new Select(browser.waitFor(By.id("rule:basis"))).selectByValue("EACH");
    new Select(browser.waitFor(By.id("rule:borneBy"))).selectByValue("health");
  }
}

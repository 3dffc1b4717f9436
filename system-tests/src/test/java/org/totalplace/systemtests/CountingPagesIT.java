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
    // An analyst's first page is the catalogue: they are given no page with people's names.
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
      for (String page : new String[] {"/counting/costs.xhtml", "/counting/deflators.xhtml"}) {
        assertThat(PageSession.login(worker).get(page).statusCode())
            .as(worker + " " + page)
            .isEqualTo(403);
      }
    }
    browser.logIn("housing.lead");
    browser.click(By.id("nav-costs"));
    browser.waitForText(By.tagName("h1"), "Unit costs");
    browser.open("/counting/costs.xhtml?q=HO4.1");
    browser.waitForText(By.id("found"), "found");
    assertThat(browser.text(By.id("costs"))).contains("HO4.1", "£334.95 (2010/11)");
    assertThat(browser.driver.findElements(By.partialLinkText("Change"))).isEmpty();
    assertThat(browser.driver.findElements(By.id("import:file"))).isEmpty();
  }
}

package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.totalplace.systemtests.ReferralLifecycleApiIT.count;
import static org.totalplace.systemtests.ReferralLifecycleApiIT.execute;
import static org.totalplace.systemtests.ReferralLifecycleApiIT.waitUntil;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Pathways run end to end in the browser: a lead starts one, the model's timer opens the plan,
 * agencies see their steps in their work, referrals and marks put steps in place, and on the key
 * day what is not in place is flagged. Timers are brought forward in the database, not waited for.
 */
@ExtendWith(Platform.class)
class PathwayPagesIT {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

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
  void aReleaseFromPrisonIsPlannedByFiveAgenciesUnderOneLead() throws Exception {
    String family = "Garrow" + ReferralApiIT.suffix();
    long person = ReferralApiIT.createPerson(Api.as("probation-system"), "Tyler", family);
    ReferralApiIT.consentTo(Api.as("probation-system"), person, "housing");

    // The probation worker starts the pathway: release in three weeks, so planning starts now.
    browser.logIn("probation.worker");
    browser.open("/person.xhtml?id=" + person);
    browser.click(By.id("start-pathway"));
    browser.click(By.id("start:begin"));
    browser.waitForText(By.tagName("main"), "Choose the pathway");
    browser.click(By.cssSelector("input[name='start:kind'][value='PRISON_RELEASE']"));
    browser.type(By.id("start:keyDate"), LocalDate.now().minusDays(1).format(DAY));
    browser.click(By.id("start:begin"));
    browser.waitForText(By.tagName("main"), "Give the release date: today or later");
    browser.type(By.id("start:keyDate"), LocalDate.now().plusWeeks(3).format(DAY));
    browser.click(By.id("start:begin"));
    browser.waitForText(By.id("messages"), "pathway has started");
    long pathway = ReferralPagesIT.idIn(browser.driver.getCurrentUrl());
    assertThat(browser.text(By.id("lead"))).contains("Priya Shah", "Probation");
    assertThat(browser.text(By.id("pathway-title"))).contains("for Tyler " + family);
    assertThat(browser.text(By.id("plan:steps")))
        .contains(
            "Secure accommodation for release day",
            "Benefits claim ready for day one",
            "Register with a GP",
            "Continue drug and alcohol treatment",
            "Book the first probation appointment");

    // The model's planning timer fires on its own (its date has passed) and opens every step.
    waitUntil(
        () ->
            count(
                    "select count(*) from totalplace.pathway_step where status = 'OPEN'"
                        + " and pathway_id = "
                        + pathway)
                == 5,
        "planning to start");
    assertThat(
            count(
                "select count(*) from totalplace.notice where kind = 'PATHWAY' and pathway_id = "
                    + pathway))
        .as("each agency with a step, and the lead, is told")
        .isGreaterThanOrEqualTo(6);

    // The lead refers for the accommodation step and books their own appointment.
    browser.open("/pathway.xhtml?id=" + pathway);
    new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("refer:stepKey")))
        .selectByVisibleText("Secure accommodation for release day (Housing)");
    new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("refer:serviceId")))
        .selectByVisibleText("Housing: Housing options and homelessness");
    browser.type(By.id("refer:reason"), "Needs somewhere to live from release day");
    browser.click(By.id("refer:send"));
    browser.waitForText(By.id("messages"), "Referral sent to Housing options and homelessness");
    markInPlace("Book the first probation appointment");
    browser.signOut();

    // Housing sees the step and the referral in its work, and completes the referral.
    browser.logIn("housing.worker");
    browser.click(By.id("nav-work"));
    assertThat(browser.text(By.id("stepList"))).contains("Secure accommodation for release day");
    browser.click(By.partialLinkText("Tyler " + family));
    browser.click(By.id("steps:accept"));
    browser.waitForText(By.id("status"), "Accepted");
    browser.click(By.id("steps:start"));
    browser.waitForText(By.id("status"), "In progress");
    browser.type(By.id("complete:outcome"), "Supported housing place from release day");
    browser.click(By.id("complete:close"));
    browser.waitForText(By.id("status"), "Completed");
    browser.open("/pathway.xhtml?id=" + pathway);
    assertThat(rowOf("Secure accommodation for release day"))
        .as("completing the step's referral put the step in place")
        .contains("In place");
    browser.signOut();

    // On release day whatever is still missing is flagged to the lead and the agencies' leads.
    execute(
        "update act_ru_timer_job set duedate_ = now() - interval '1 minute'"
            + " where process_instance_id_ = (select process_instance_id from totalplace.pathway"
            + " where id = "
            + pathway
            + ")");
    waitUntil(
        () ->
            count(
                    "select count(*) from totalplace.pathway_step where flagged_at is not null"
                        + " and pathway_id = "
                        + pathway)
                == 3,
        "the three missing steps to be flagged");
    browser.logIn("probation.worker");
    browser.open("/pathway.xhtml?id=" + pathway);
    assertThat(rowOf("Register with a GP")).contains("Not in place on the day");
    assertThat(rowOf("Book the first probation appointment")).doesNotContain("Not in place");

    // The lead records the rest as it falls into place; the plan is then complete.
    markInPlace("Benefits claim ready for day one");
    markInPlace("Register with a GP");
    markInPlace("Continue drug and alcohol treatment");
    browser.waitForText(By.id("pathway-status"), "Everything in place");
    assertThat(browser.driver.findElements(By.id("diagram")))
        .as("the BPMN drawing is for admins; workers read the plan")
        .isEmpty();
    browser.signOut();

    // An agency with no step in it does not know the plan exists.
    browser.logIn("police.worker");
    browser.open("/pathway.xhtml?id=" + pathway);
    browser.waitForText(By.tagName("h1"), "Page not found");
  }

  @Test
  void aHospitalDischargeChecksInAfterTheDayAndAdminsSeeEveryModel() throws Exception {
    String family = "Ashdown" + ReferralApiIT.suffix();
    long person = ReferralApiIT.createPerson(Api.as("health-system"), "Edna", family);

    browser.logIn("health.worker");
    browser.open("/start-pathway.xhtml?person=" + person);
    browser.click(By.cssSelector("input[name='start:kind'][value='HOSPITAL_DISCHARGE']"));
    browser.type(By.id("start:keyDate"), LocalDate.now().plusDays(5).format(DAY));
    browser.click(By.id("start:begin"));
    browser.waitForText(By.id("messages"), "pathway has started");
    long pathway = ReferralPagesIT.idIn(browser.driver.getCurrentUrl());
    waitUntil(
        () ->
            count(
                    "select count(*) from totalplace.pathway where status = 'ACTIVE' and id = "
                        + pathway)
                == 1,
        "planning to start");
    browser.open("/pathway.xhtml?id=" + pathway);
    markInPlace("Home adaptations in place");
    markInPlace("Care package arranged");
    markInPlace("GP and community health follow-up");
    // The check-in opens only after the day: no button that could only be refused, but when.
    assertThat(buttonsIn("Check in after discharge")).isZero();
    assertThat(rowOf("Check in after discharge")).contains("Opens after");
    assertThat(browser.text(By.id("pathway-status"))).doesNotContain("Everything in place");

    // Two days after discharge, the check-in opens; once done, everything is in place.
    execute(
        "update act_ru_timer_job set duedate_ = now() - interval '1 minute'"
            + " where process_instance_id_ = (select process_instance_id from totalplace.pathway"
            + " where id = "
            + pathway
            + ")");
    waitUntil(
        () ->
            count(
                    "select count(*) from act_ru_task t join totalplace.pathway p"
                        + " on p.process_instance_id = t.proc_inst_id_ where t.task_def_key_ ="
                        + " 'checkIn' and p.id = "
                        + pathway)
                == 1,
        "the check-in to open");
    browser.open("/pathway.xhtml?id=" + pathway);
    markInPlace("Check in after discharge");
    browser.waitForText(By.id("pathway-status"), "Everything in place");
    browser.signOut();

    browser.logIn("housing.admin");
    browser.open("/admin/pathways.xhtml");
    browser.waitForText(By.tagName("h1"), "Pathway models");
    assertThat(browser.driver.findElements(By.cssSelector("img.diagram"))).hasSize(4);
    browser.waitForImages(By.cssSelector("img.diagram"));
  }

  private void markInPlace(String title) {
    clickInPlace(title);
    browser.waitForText(By.id("messages"), "\"" + title + "\" is in place");
  }

  private void clickInPlace(String title) {
    browser.driver.findElements(By.cssSelector("#plan\\:steps tbody tr")).stream()
        .filter(row -> row.getText().contains(title))
        .findFirst()
        .orElseThrow()
        .findElement(By.cssSelector("input[type=submit]"))
        .click();
  }

  private int buttonsIn(String title) {
    return browser.driver.findElements(By.cssSelector("#plan\\:steps tbody tr")).stream()
        .filter(row -> row.getText().contains(title))
        .findFirst()
        .orElseThrow()
        .findElements(By.cssSelector("input[type=submit]"))
        .size();
  }

  private String rowOf(String title) {
    return browser.driver.findElements(By.cssSelector("#plan\\:steps tbody tr")).stream()
        .map(row -> row.getText())
        .filter(text -> text.contains(title))
        .findFirst()
        .orElseThrow();
  }
}

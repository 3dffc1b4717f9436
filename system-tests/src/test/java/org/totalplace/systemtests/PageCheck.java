package org.totalplace.systemtests;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * What every page must be for the people who read it (review item 12): no machine words (ISO
 * timestamps, "a -> b", "(none)", logins for names, codes such as IN_PROGRESS, "1 weeks"), focus
 * visible on every control the keyboard reaches, and no axe-core violation of WCAG 2.2 A and AA.
 * Answers the problems found, each naming the page, so one run lists them all.
 */
final class PageCheck {

  private static final List<String> WCAG =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private static final String AGENCIES =
      "housing|jobcentre|probation|health|childrens-services|drug-alcohol|police|voluntary";

  /** Each pattern of machine words, with what it is. */
  private static final List<Pattern> MACHINE_WORDS =
      List.of(
          Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}[^\\s]*)?"),
          Pattern.compile("->|\\(none\\)"),
          Pattern.compile("\\b(" + AGENCIES + ")\\.(worker|lead|admin|w\\d{3})\\b"),
          Pattern.compile("\\b[A-Z]{2,}_[A-Z_]{2,}\\b"),
          Pattern.compile(
              "\\b(frontline-worker|team-lead|agency-admin|data-protection-officer)\\b"),
          Pattern.compile("\\b1 (weeks|days|hours|minutes|referrals|people|steps|records)\\b"),
          Pattern.compile("\\bnobody\\b.{0,4}(->|→)"));

  /** The data-protection officer's trail names the login beside the name, on purpose. */
  private static final Pattern LOGIN_AFTER_NAME =
      Pattern.compile("\\((" + AGENCIES + ")\\.[a-z0-9]+\\)");

  private final Browser browser;
  private final List<String> problems = new ArrayList<>();

  PageCheck(Browser browser) {
    this.browser = browser;
  }

  /** Opens a page as the logged-in person and checks it. */
  PageCheck page(String path) {
    browser.open(path);
    browser.waitFor(By.tagName("h1"));
    String title = browser.driver.getTitle();
    browser.screenshot("page-check" + path.replaceAll("[^A-Za-z0-9]+", "-"));
    words(path, title);
    axe(path);
    focus(path);
    return this;
  }

  List<String> problems() {
    return problems;
  }

  private void words(String path, String title) {
    String text =
        LOGIN_AFTER_NAME
            .matcher(title + "\n" + browser.driver.findElement(By.tagName("body")).getText())
            .replaceAll("");
    for (Pattern machine : MACHINE_WORDS) {
      Matcher m = machine.matcher(text);
      if (m.find()) {
        int from = Math.max(0, m.start() - 40);
        int to = Math.min(text.length(), m.end() + 40);
        problems.add(
            path + ": machine words \"" + m.group() + "\" in \"" + text.substring(from, to) + "\"");
      }
    }
  }

  private void axe(String path) {
    Results results = new AxeBuilder().withTags(WCAG).analyze(browser.driver);
    for (Rule rule : results.getViolations()) {
      List<String> where =
          rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList();
      problems.add(path + ": axe " + rule.getId() + " (" + rule.getHelp() + ") at " + where);
    }
  }

  /**
   * Tabs through the page from the top: each element that takes focus must show it, by an outline
   * or a box shadow of its own or, for PrimeFaces' widgets whose real input is hidden, on the box
   * the widget marks as focused.
   */
  private void focus(String path) {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver;
    js.executeScript("document.activeElement && document.activeElement.blur(); window.focus();");
    List<Object> seen = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      // As a keyboard does, to whatever has focus (sending keys to a file input would pick a file).
      new Actions(browser.driver).sendKeys(Keys.TAB).perform();
      Object element = js.executeScript("return document.activeElement;");
      if (element == null || seen.contains(element)) {
        return;
      }
      seen.add(element);
      Object hidden =
          js.executeScript(
              "const el = document.activeElement;"
                  + "if (el === document.body) return null;"
                  + "const widget = el.closest('.ui-chkbox, .ui-radiobutton, .ui-selectonemenu,"
                  + " .ui-selectcheckboxmenu');"
                  + "const box = !widget ? el : widget.matches('.ui-state-focus') ? widget"
                  + " : widget.querySelector('.ui-state-focus') || widget;"
                  + "const s = getComputedStyle(box);"
                  + "const outlined = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;"
                  + "const shadowed = s.boxShadow && s.boxShadow !== 'none';"
                  + "const filled = el.tagName === 'A' && s.backgroundColor === 'rgb(255, 221, 0)';"
                  + "return outlined || shadowed || filled ? null"
                  + " : el.tagName + (el.id ? '#' + el.id : '') + ' \"'"
                  + " + (el.innerText || el.value || el.getAttribute('aria-label') || '')"
                  + ".trim().slice(0, 30) + '\"';");
      if (hidden != null) {
        problems.add(path + ": focus not visible on " + hidden);
      }
    }
  }
}

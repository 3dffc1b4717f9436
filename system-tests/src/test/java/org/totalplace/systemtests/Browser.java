package org.totalplace.systemtests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium, driven the way a person uses the pages. */
final class Browser implements AutoCloseable {

  final WebDriver driver;
  final WebDriverWait wait;
  private final String base;

  Browser() throws Exception {
    this(null);
  }

  /** A browser on the pages at {@code base} (the shared test stack's when null). */
  Browser(String base) throws Exception {
    this.base = base;
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
        "--user-data-dir=" + Files.createTempDirectory("chromium"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver")).toFile())
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  void open(String path) {
    driver.get((base == null ? Platform.stack().webUrl() : base) + path);
  }

  /** Logs in on the real Keycloak login page, having been sent there by the app. */
  void logIn(String username) {
    open("/index.xhtml");
    waitFor(By.id("kc-login"));
    type(By.id("username"), username);
    type(By.id("password"), "demo-password");
    driver.findElement(By.id("kc-login")).click();
    waitFor(By.id("who"));
  }

  void signOut() {
    click(By.id("signout:signOut"));
    waitFor(By.id("sign-in"));
  }

  void type(By field, String text) {
    WebElement element = waitFor(field);
    element.clear();
    element.sendKeys(text);
  }

  void click(By button) {
    wait.until(ExpectedConditions.elementToBeClickable(button)).click();
  }

  WebElement waitFor(By element) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(element));
  }

  String text(By element) {
    return waitFor(element).getText();
  }

  void waitForText(By element, String text) {
    wait.until(
        driver -> {
          try {
            return ExpectedConditions.textToBePresentInElementLocated(element, text).apply(driver);
          } catch (org.openqa.selenium.WebDriverException e) {
            // Chromium's name for a stale element when a postback replaces the page mid-read.
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
              return false;
            }
            throw e;
          }
        });
  }

  /** Waits until every image matched has loaded and has a size: a failed image never does. */
  void waitForImages(By images) {
    wait.until(
        driver ->
            !driver.findElements(images).isEmpty()
                && driver.findElements(images).stream()
                    .allMatch(
                        img ->
                            Boolean.TRUE.equals(
                                ((org.openqa.selenium.JavascriptExecutor) driver)
                                    .executeScript(
                                        "return arguments[0].complete"
                                            + " && arguments[0].naturalWidth > 0",
                                        img))));
  }

  /** Keeps a picture of the page for whoever reads a failed run. */
  void screenshot(String name) {
    try {
      Path target = Path.of("target", "screenshots", name + ".png");
      Files.createDirectories(target.getParent());
      Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (Exception e) {
      // A missing screenshot must not hide the test's own result.
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}

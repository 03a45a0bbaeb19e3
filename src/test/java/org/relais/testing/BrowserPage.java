package org.relais.testing;

import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every page object shares: scripts run in the page and waiting until a script says yes.
 *
 * <p>Subclasses take and return plain Java types only: the test classes that use them may also be
 * loaded inside the server (Arquillian), where Selenium is absent.
 */
abstract class BrowserPage {
  static final Duration PATIENCE = Duration.ofSeconds(20);

  final WebDriver driver;

  BrowserPage(WebDriver driver) {
    this.driver = driver;
  }

  /** Waits until the script returns something else than null or false; returns it. */
  public Object awaitScript(String javascript, String what) {
    return awaitScript(javascript, what, PATIENCE);
  }

  public Object awaitScript(String javascript, String what, Duration patience) {
    return new WebDriverWait(driver, patience)
        .withMessage(() -> "waiting for " + what + " on " + whereAndHow())
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              Object result = script(javascript);
              return Boolean.FALSE.equals(result) ? null : result;
            });
  }

  public Object script(String javascript, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
  }

  public String title() {
    return driver.getTitle();
  }

  /** The axe violations on the page as it is now, or an empty string. */
  public String accessibilityViolations() {
    return AccessibilityAudit.violations(driver);
  }

  /** For failure messages: where the page is and what it shows. */
  abstract String whereAndHow();
}

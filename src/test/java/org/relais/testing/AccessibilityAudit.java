package org.relais.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** An axe-core audit of the page the browser shows (all axe rules: WCAG 2.x A/AA and more). */
public final class AccessibilityAudit {
  private static final int AUDIT_TIMEOUT_SECONDS = 120;

  private AccessibilityAudit() {}

  /** The violations found, one paragraph each, or an empty string. */
  public static String violations(WebDriver driver) {
    // axe sets its own script timeout (30 s by default, over the driver's): on a starved host
    // the staff page's audit took longer twice in a row (2026-11-23 23:20). A bound, not a speed.
    Results results =
        new com.deque.html.axecore.selenium.AxeBuilder()
            .setTimeout(AUDIT_TIMEOUT_SECONDS)
            .analyze(driver);
    if (results.isErrored()) {
      return "axe failed to run: " + results.getErrorMessage();
    }
    return results.getViolations().stream()
        .map(AccessibilityAudit::describe)
        .collect(Collectors.joining("\n"));
  }

  private static String describe(Rule rule) {
    return rule.getId()
        + " ("
        + rule.getImpact()
        + "): "
        + rule.getHelp()
        + rule.getNodes().stream()
            .map(node -> "\n    " + node.getTarget() + ": " + node.getFailureSummary())
            .collect(Collectors.joining());
  }
}

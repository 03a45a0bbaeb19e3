package org.relais.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** An axe-core audit of the page the browser shows (all axe rules: WCAG 2.x A/AA and more). */
public final class AccessibilityAudit {
  private AccessibilityAudit() {}

  /** The violations found, one paragraph each, or an empty string. */
  public static String violations(WebDriver driver) {
    Results results = new com.deque.html.axecore.selenium.AxeBuilder().analyze(driver);
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

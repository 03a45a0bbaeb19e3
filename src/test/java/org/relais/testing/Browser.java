package org.relais.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium driven through ChromeDriver. Without Chromium the browser tests are
 * skipped with a loud message, unless {@code -Dbrowser.required=true} (CI), where that fails.
 */
public final class Browser implements AutoCloseable {
  private static final List<String> CHROMIUM =
      List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
  private static final List<String> DRIVER =
      List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

  private final WebDriver driver;
  private final Path profile;

  private Browser(WebDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts Chromium, or skips (or fails, when required) the calling test. */
  public static Browser launch() throws IOException {
    Optional<String> chromium = firstExisting("CHROME_BIN", CHROMIUM);
    Optional<String> driverBinary = firstExisting("CHROMEDRIVER", DRIVER);
    if (chromium.isEmpty() || driverBinary.isEmpty()) {
      String message =
          "NO CHROMIUM/CHROMEDRIVER FOUND: browser tests are NOT run."
              + " Install them (apt-get install chromium chromium-driver) or set CHROME_BIN and"
              + " CHROMEDRIVER.";
      if (Boolean.getBoolean("browser.required")) {
        Assertions.fail(message + " (-Dbrowser.required=true)");
      }
      System.err.println("\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
      System.err.println("!!! " + message);
      System.err.println("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n");
      Assumptions.abort(message);
    }
    Path profile = Files.createTempDirectory("relais-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.get());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(driverBinary.get()))
            .usingAnyFreePort()
            .build();
    WebDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return new Browser(driver, profile);
  }

  public WebDriver driver() {
    return driver;
  }

  private static Optional<String> firstExisting(String variable, List<String> candidates) {
    String fromEnvironment = System.getenv(variable);
    if (fromEnvironment != null && new File(fromEnvironment).canExecute()) {
      return Optional.of(fromEnvironment);
    }
    return candidates.stream().filter(path -> new File(path).canExecute()).findFirst();
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }
}

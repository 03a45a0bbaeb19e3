package org.relais.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A day center's website on another origin than Relais, with the widget's one script tag, and the
 * widget as a visitor of that site uses it. Plain Java types only in its signatures (see {@link
 * KioskPage}).
 */
public final class WidgetHostSite implements AutoCloseable {
  private final HttpServer server;
  private WebDriver driver;

  public WidgetHostSite(String widgetUrl) throws IOException {
    String page =
        "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Centre</title>"
            + "<script>window.globalsBefore = Object.keys(window);</script></head>"
            + "<body><main><h1>Le site du centre</h1></main>"
            + "<script src=\""
            + widgetUrl
            + "\" defer></script></body></html>";
    byte[] body = page.getBytes(StandardCharsets.UTF_8);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  /**
   * Opens the site under {@code host} (pick another name of the loopback than Relais', so that the
   * origins differ) and waits for the widget; returns the globals it added.
   */
  @SuppressWarnings("unchecked")
  public List<String> openIn(Browser browser, String host) {
    driver = browser.driver();
    driver.get("http://" + host + ":" + server.getAddress().getPort() + "/");
    return (List<String>)
        new KioskPage(driver)
            .awaitScript(
                "return window.RelaisWidget"
                    + " && Object.keys(window)"
                    + ".filter(k => k !== 'globalsBefore' && !globalsBefore.includes(k))",
                "the widget");
  }

  public String launcherText() {
    return launcher().getText();
  }

  public String launcherExpanded() {
    return launcher().getAttribute("aria-expanded");
  }

  /** Presses the floating button; returns the iframe's address. */
  public String open() {
    launcher().click();
    return frame().getAttribute("src");
  }

  /** From now on the driver works inside the widget's iframe: the kiosk page. */
  public KioskPage enterFrame() {
    driver.switchTo().frame(frame());
    return new KioskPage(driver);
  }

  public void leaveFrame() {
    driver.switchTo().defaultContent();
  }

  /** Presses the widget's close button. */
  public void closeWidget() {
    widget().findElement(By.cssSelector(".close")).click();
  }

  public boolean isFrameShown() {
    return frame().isDisplayed();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private SearchContext widget() {
    return driver.findElement(By.cssSelector("[data-relais-widget]")).getShadowRoot();
  }

  private WebElement launcher() {
    return widget().findElement(By.cssSelector(".launcher"));
  }

  private WebElement frame() {
    return widget().findElement(By.cssSelector("iframe"));
  }
}

package org.relais.testing;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The admin pages (knowledge, training examples, journal) as an admin uses them. */
public final class AdminPages extends BrowserPage {
  private final String base;

  /** base: the server's address, ending with a slash. */
  public AdminPages(WebDriver driver, String base) {
    super(driver);
    this.base = base;
  }

  public void go(String path) {
    driver.get(base + path);
  }

  /** Opens an admin page, which leads to the sign-in page; signs in as the first admin. */
  public AdminPages signIn(String page) {
    go(page);
    awaitScript("return location.pathname === '/staff/sign-in.html'", "the sign-in page");
    type("login", "admin");
    type("password", StaffClient.ADMIN_PASSWORD);
    click("#sign-in-button");
    awaitScript("return location.pathname + location.search === '/" + page + "'", page);
    awaitScript("return !!document.querySelector('.staff-name')", "the header");
    return this;
  }

  /** Replaces the field's value by typing, as the admin would. */
  public void type(String id, String text) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  public void click(String css) {
    driver.findElement(By.cssSelector(css)).click();
  }

  public void select(String id, String value) {
    new Select(driver.findElement(By.id(id))).selectByValue(value);
  }

  /** Answers "OK" to the page's confirmation dialog. */
  public void acceptConfirm() {
    driver.switchTo().alert().accept();
  }

  public String value(String id) {
    return driver.findElement(By.id(id)).getDomProperty("value");
  }

  public String attribute(String id, String name) {
    return driver.findElement(By.id(id)).getAttribute(name);
  }

  public String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  /** The answer's verification date, set as a date picker would (its typing is locale-bound). */
  public void setAnswerDate(String isoDate) {
    script(
        "const d = document.getElementById('answer-verified'); d.value = arguments[0];"
            + " d.dispatchEvent(new Event('input'))",
        isoDate);
  }

  // ---- training examples ------------------------------------------------------------

  /** The text cell of the example containing this text, as shown. */
  public String exampleText(String containing) {
    return example(containing).findElement(By.cssSelector(".cell-text")).getText();
  }

  /** Whether any element of this tag was created inside the example's row. */
  public boolean exampleContainsElement(String containing, String tag) {
    return !example(containing).findElements(By.tagName(tag)).isEmpty();
  }

  public void validateExample(String containing) {
    example(containing).findElement(By.xpath(".//button[text()='Valider']")).click();
  }

  public void tickExample(String containing) {
    example(containing).findElement(By.cssSelector("input[type=checkbox]")).click();
  }

  private WebElement example(String containing) {
    List<WebElement> rows = driver.findElements(By.cssSelector("#examples tr"));
    return rows.stream()
        .filter(row -> row.getText().contains(containing))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no example with " + containing));
  }

  @Override
  String whereAndHow() {
    try {
      return String.valueOf(
          script("return location.href + ': ' + document.body.innerText.slice(0, 1500)"));
    } catch (RuntimeException e) {
      return "an unreadable page: " + e.getMessage();
    }
  }
}

package org.relais.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The kiosk page (src/main/webapp/index.html) as a visitor uses it, in a real browser.
 *
 * <p>Its methods take and return plain Java types only: the test classes that use it are also
 * loaded inside the server (Arquillian), where Selenium is absent, and a Selenium type in one of
 * their method signatures or lambdas would fail that loading.
 */
public final class KioskPage extends BrowserPage {
  public KioskPage(WebDriver driver) {
    super(driver);
  }

  /** Opens the page and waits until it has said hello to the server. */
  public KioskPage open(String url) {
    driver.get(url);
    return awaitConnected();
  }

  public KioskPage awaitConnected() {
    awaitScript(
        "return document.documentElement.dataset.connection === 'open'",
        "the page to connect to the server");
    return this;
  }

  /**
   * Replaces the browser's voices, before the next page loads, by a local voice for each of {@code
   * localLanguages} and a network-only Arabic one; records what would be spoken in window.spoken.
   * (Headless Chromium has no voice at all.)
   */
  public void fakeVoices(String... localLanguages) {
    StringBuilder voices = new StringBuilder("[{lang: 'ar-SA', localService: false, name: 'n'}");
    for (String language : localLanguages) {
      voices.append(", {lang: '").append(language).append("', localService: true, name: 'l'}");
    }
    String stub =
        "(() => { const voices = "
            + voices
            + "]; window.spoken = [];"
            + " speechSynthesis.getVoices = () => voices;"
            + " speechSynthesis.speak = u => window.spoken.push(u.lang + ' ' + u.text);"
            + " speechSynthesis.cancel = () => window.spoken.push('cancel');"
            + " window.SpeechSynthesisUtterance = class extends EventTarget {"
            + "   constructor(text) { super(); this.text = text; } }; })();";
    ((org.openqa.selenium.chromium.ChromiumDriver) driver)
        .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", stub));
  }

  public void go(String url) {
    driver.get(url);
  }

  public void refresh() {
    driver.navigate().refresh();
  }

  // ---- what the visitor does ----------------------------------------------------------

  /** Types on the page's text field and sends. */
  public void say(String text) {
    var input = driver.findElement(By.id("text"));
    input.clear();
    input.sendKeys(text);
    driver.findElement(By.cssSelector("#composer button[type=submit]")).click();
  }

  public void pressPersonButton() {
    driver.findElement(By.id("person")).click();
  }

  public void pressDone() {
    driver.findElement(By.id("done")).click();
  }

  public void pressTopic(String payload) {
    driver.findElement(By.cssSelector("#topics [data-payload='" + payload + "']")).click();
  }

  /** Presses the first quick reply on screen; returns its label. */
  public String pressFirstQuickReply() {
    var button = driver.findElement(By.cssSelector("#messages .replies button"));
    String label = button.getText();
    button.click();
    return label;
  }

  /** Presses the read-aloud button of the n-th bot message (it reads, or stops reading). */
  public void pressReadAloud(int botMessage) {
    driver
        .findElements(By.cssSelector("#messages .msg--bot"))
        .get(botMessage)
        .findElement(By.cssSelector(".button--speak"))
        .click();
  }

  public void pickLanguage(String code) {
    if (!driver.findElement(By.id("languages")).isDisplayed()) toggleLanguages();
    driver.findElement(By.cssSelector("#language-list [data-language='" + code + "']")).click();
  }

  public void toggleLanguages() {
    driver.findElement(By.id("language-toggle")).click();
  }

  // ---- what the page shows ------------------------------------------------------------

  public List<String> botTexts() {
    return texts("#messages .msg--bot");
  }

  /** What the workers wrote, text only (without their name). */
  public List<String> workerTexts() {
    return texts("#messages .msg--worker .msg__text");
  }

  /** Everything the page shows, as text. */
  public String pageText() {
    return (String) script("return document.body.innerText");
  }

  /** The visitor's messages, text only (without the "Vous" label). */
  public List<String> visitorTexts() {
    return texts("#messages .msg--visitor .msg__text");
  }

  /** The labels of the read-aloud buttons shown, welcome message included ("" if hidden). */
  public List<String> readAloudLabels() {
    return texts(".button--speak");
  }

  public int pendingCount() {
    return driver.findElements(By.cssSelector("#messages .msg--pending")).size();
  }

  public int quickReplyCount() {
    return driver.findElements(By.cssSelector("#messages .replies button")).size();
  }

  /** The lang attribute of each bot message's text. */
  public List<String> botLanguages() {
    List<String> languages = new ArrayList<>();
    driver
        .findElements(By.cssSelector("#messages .msg--bot .msg__text"))
        .forEach(text -> languages.add(text.getAttribute("lang")));
    return languages;
  }

  /** The server ids of the messages on screen, in order (null for one not acknowledged). */
  @SuppressWarnings("unchecked")
  public List<String> messageIds() {
    return (List<String>)
        script(
            "return [...document.querySelectorAll('#messages .msg')].map(m => m.dataset.id ?? null)");
  }

  public boolean isShown(String id) {
    var found = driver.findElements(By.id(id));
    return !found.isEmpty() && found.get(0).isDisplayed();
  }

  public String textOf(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  /** {href, text} of the first emergency call link, or null while there is none. */
  @SuppressWarnings("unchecked")
  public Map<String, String> emergencyCall() {
    return (Map<String, String>)
        script(
            "const a = document.querySelector('#emergency:not([hidden]) a');"
                + "return a && {href: a.getAttribute('href'), text: a.innerText}");
  }

  public String rootAttribute(String name) {
    return driver.findElement(By.tagName("html")).getAttribute(name);
  }

  /** The conversation id the page keeps (known from the first ack), or null. */
  public Long storedConversation() {
    return (Long)
        script(
            "return JSON.parse(sessionStorage.getItem('relais.kiosk') ?? '{}').conversation ?? null");
  }

  /** Waits until the page knows its conversation id (from the first ack); returns it. */
  public long awaitStoredConversation() {
    return ((Number)
            awaitScript(
                "return JSON.parse(sessionStorage.getItem('relais.kiosk') ?? '{}').conversation",
                "the conversation id"))
        .longValue();
  }

  /** The numbers the page offers to call, as their links ("tel:115", "sms:114"...). */
  @SuppressWarnings("unchecked")
  public List<String> callLinks(String containerId) {
    return (List<String>)
        script(
            "return [...document.querySelectorAll('#' + arguments[0] + ' a')]"
                + ".map(a => a.getAttribute('href'))",
            containerId);
  }

  public String storedResumeToken() {
    return (String)
        script("return JSON.parse(sessionStorage.getItem('relais.kiosk') ?? '{}').resume ?? null");
  }

  /** What a wipe should have left of the previous conversation: nothing, so an empty list. */
  public List<String> leftoversOf(String text) {
    List<String> left = new ArrayList<>();
    long messages = (Long) script("return document.querySelectorAll('#messages .msg').length");
    if (messages > 0) left.add(messages + " message(s) on screen");
    if (((String) script("return document.body.innerText")).contains(text)) {
      left.add("\"" + text + "\" still on screen");
    }
    if ((Long) script("return sessionStorage.length") > 0) left.add("sessionStorage");
    if ((Long) script("return localStorage.length") > 0) left.add("localStorage");
    if (isShown("emergency") || isShown("presence")) left.add("an emergency or waiting panel");
    return left;
  }

  // ---- waiting ------------------------------------------------------------------------

  /** Waits for a bot message containing this text; returns its whole text. */
  public String awaitBotMessage(String containing) {
    new WebDriverWait(driver, PATIENCE)
        .withMessage(() -> "waiting for a bot message with \"" + containing + "\": " + botTexts())
        .ignoring(StaleElementReferenceException.class)
        .until(d -> botTexts().stream().anyMatch(text -> text.contains(containing)));
    return botTexts().stream().filter(text -> text.contains(containing)).findFirst().orElseThrow();
  }

  /** Waits for a worker's message with exactly this text. */
  public void awaitWorkerMessage(String text) {
    new WebDriverWait(driver, PATIENCE)
        .withMessage(() -> "waiting for the worker's \"" + text + "\": " + workerTexts())
        .ignoring(StaleElementReferenceException.class)
        .until(d -> workerTexts().contains(text));
  }

  public void awaitBotMessages(int count) {
    new WebDriverWait(driver, PATIENCE)
        .withMessage(() -> "waiting for " + count + " bot message(s): " + botTexts())
        .ignoring(StaleElementReferenceException.class)
        .until(d -> botTexts().size() >= count);
  }

  /** Until the server has acknowledged every message the visitor sent. */
  public void awaitAllSent() {
    awaitScript("return !document.querySelector('#messages .msg--pending')", "acks");
  }

  /** For failure messages: the address and the connection state the page is in. */
  @Override
  String whereAndHow() {
    try {
      return String.valueOf(
          script(
              "return location.href + ' (' + document.documentElement.dataset.connection + ')'"
                  + " + ', messages: ' + JSON.stringify([...document.querySelectorAll("
                  + "'#messages .msg')].map(m => m.className + ': ' + m.innerText))"));
    } catch (RuntimeException e) {
      return "an unreadable page: " + e.getMessage();
    }
  }

  private List<String> texts(String selector) {
    List<String> texts = new ArrayList<>();
    driver.findElements(By.cssSelector(selector)).forEach(element -> texts.add(element.getText()));
    return texts;
  }
}

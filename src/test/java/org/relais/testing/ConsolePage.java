package org.relais.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The staff pages (sign-in, worker console, admin staff accounts) as a worker or an admin uses
 * them, in a real browser. Plain Java types only in its methods (see {@link BrowserPage}).
 */
public final class ConsolePage extends BrowserPage {
  private final String base;

  /** base: the server's address, ending with a slash. */
  public ConsolePage(WebDriver driver, String base) {
    super(driver);
    this.base = base;
  }

  public void go(String path) {
    driver.get(base + path);
  }

  public String path() {
    return (String) script("return location.pathname + location.search");
  }

  // ---- sign-in -----------------------------------------------------------------------------

  /** Opens the console, which leads to the sign-in page, and signs in there. */
  public ConsolePage signIn(String login, String password) {
    go("console/");
    awaitScript("return location.pathname === '/staff/sign-in.html'", "the sign-in page");
    typeInto("login", login);
    typeInto("password", password);
    driver.findElement(By.id("sign-in-button")).click();
    return this;
  }

  /** After signing in with a one-time password: the form asks for a password of one's own. */
  public void chooseOwnPassword(String password) {
    awaitScript("return !document.getElementById('change').hidden", "the password form");
    typeInto("new-password", password);
    typeInto("confirm-password", password);
    driver.findElement(By.cssSelector("#change-form button[type=submit]")).click();
  }

  public String signInError() {
    return text("#sign-in-error");
  }

  /** Waits until the console shows its queue live. */
  public ConsolePage awaitLive() {
    awaitScript(
        "return location.pathname === '/console/'"
            + " && document.getElementById('connection')?.dataset.state === 'open'"
            + " && document.querySelector('#waiting-list') !== null"
            + " && !document.getElementById('queue-summary').textContent.startsWith('Chargement')",
        "the console connected");
    return this;
  }

  public void signOut() {
    clickButton(".staff-who button");
  }

  // ---- the queue ---------------------------------------------------------------------------

  /** Waits until this conversation waits in the queue; returns its entry's text. */
  public String awaitWaiting(long conversation) {
    return (String)
        awaitScript(
            "return document.querySelector(" + waiting(conversation) + ")?.innerText",
            "conversation " + conversation + " in the waiting list");
  }

  public boolean isHighlightedUrgent(long conversation) {
    return waitingEntryHas(conversation, "entry--urgent");
  }

  /** Presses "Prendre" on this conversation's entry. */
  public void claim(long conversation) {
    driver
        .findElement(By.cssSelector("#waiting-list [data-conversation='" + conversation + "']"))
        .findElement(By.cssSelector("[data-control=claim]"))
        .click();
  }

  /** The waiting conversations in the order the list shows them. */
  @SuppressWarnings("unchecked")
  public List<Long> waitingOrder() {
    List<String> ids =
        (List<String>)
            script(
                "return [...document.querySelectorAll('#waiting-list > [data-conversation]')]"
                    + ".map(item => item.dataset.conversation)");
    return ids.stream().map(Long::valueOf).toList();
  }

  /** Waits until this conversation is listed among those a worker has; returns its text. */
  public String awaitTaken(long conversation) {
    return (String)
        awaitScript(
            "return document.querySelector('#taken-list [data-conversation=\""
                + conversation
                + "\"]')?.innerText",
            "conversation " + conversation + " among those taken");
  }

  /** Whether this conversation is highlighted as urgent anywhere on the page. */
  public boolean isHighlightedUrgentAnywhere(long conversation) {
    return (Boolean)
        script(
            "return !!document.querySelector('.entry--urgent[data-conversation=\""
                + conversation
                + "\"]')");
  }

  /** Whether the entry still carries its "Nouveau" mark (not yet seen). */
  public boolean isMarkedNew(long conversation) {
    return waitingEntryHas(conversation, "entry--new");
  }

  private boolean waitingEntryHas(long conversation, String className) {
    return (Boolean)
        script(
            "return !!document.querySelector("
                + waiting(conversation)
                + ")?.classList.contains('"
                + className
                + "')");
  }

  /** A click on the queue's title: the worker looks at the page. */
  public void lookAtThePage() {
    driver.findElement(By.id("queue-title")).click();
  }

  // ---- sound and connection ----------------------------------------------------------------

  /** How many chimes the console tried to play since it loaded. */
  public int chimes() {
    return Integer.parseInt((String) script("return document.body.dataset.chimes ?? '0'"));
  }

  /** "on", "off" (muted) or "blocked" (the browser refuses sound for now). */
  public String soundState() {
    return (String) script("return document.body.dataset.sound ?? ''");
  }

  public boolean soundToggleIsOn() {
    return "true".equals(driver.findElement(By.id("sound-toggle")).getAttribute("aria-pressed"));
  }

  public void pressSoundToggle() {
    clickButton("#sound-toggle");
  }

  public boolean soundBlockedNoticeShown() {
    return driver.findElement(By.id("sound-blocked")).isDisplayed();
  }

  /** "open", "waiting", "connecting" or "refused". */
  public String connectionState() {
    return (String) script("return document.getElementById('connection').dataset.state ?? ''");
  }

  public void awaitConnectionState(String state) {
    awaitScript(
        "return document.getElementById('connection').dataset.state === '" + state + "'",
        "the connection " + state);
  }

  public void reload() {
    driver.navigate().refresh();
  }

  public String notices() {
    return text(".staff-notices");
  }

  // ---- the open conversation ---------------------------------------------------------------

  /** Waits until the open conversation is this one and the worker may write in it. */
  public void awaitOpenAndMine(long conversation) {
    awaitScript(
        "return !document.getElementById('conversation-body').hidden"
            + " && !document.getElementById('reply').disabled"
            + " && sessionStorage.getItem('relais.console.open') === '"
            + conversation
            + "'",
        "conversation " + conversation + " open and ours");
  }

  public String contextCard() {
    return text("#context-card");
  }

  /** Waits for a message of the history containing this text; returns the message's text. */
  public String awaitHistory(String containing) {
    return (String)
        awaitScriptWith(
            "return [...document.querySelectorAll('#history-list .message')]"
                + ".map(m => m.innerText).find(t => t.includes(arguments[0]))",
            containing,
            "a message with \"" + containing + "\" in the history");
  }

  // Arguments reach awaitScript's script only through string building: keep them quoted JSON.
  private Object awaitScriptWith(String javascript, String argument, String what) {
    return awaitScript(javascript.replace("arguments[0]", jsString(argument)), what);
  }

  /** The server id of the visitor's message with exactly this text. */
  public long visitorMessageId(String text) {
    return Long.parseLong(
        (String)
            awaitScriptWith(
                "return [...document.querySelectorAll('#history-list .message--visitor')]"
                    + ".find(m => m.querySelector('.message-text').textContent === arguments[0])"
                    + "?.dataset.messageId",
                text,
                "the visitor message \"" + text + "\""));
  }

  /** Types in the reply box and presses Enter, as a worker does. */
  public void reply(String text) {
    WebElement box = driver.findElement(By.id("reply"));
    box.sendKeys(text);
    box.sendKeys(Keys.ENTER);
  }

  /** Types in the reply box without sending. */
  public void typeReply(String text) {
    typeInto("reply", text);
  }

  public String replyBox() {
    return (String) script("return document.getElementById('reply').value");
  }

  public void addNote(String text) {
    typeInto("note", text);
    clickButton("#note-form button[type=submit]");
    awaitScriptWith(
        "return document.getElementById('notes-list').innerText.includes(arguments[0])",
        text,
        "the note in the list");
  }

  /** Presses "Envoyer" of the first canned reply; returns the text it sends. */
  public String sendFirstCannedReply() {
    awaitScript("return document.querySelector('#canned-list .canned-send:enabled')", "canned");
    String text = text("#canned-list .canned-item .canned-text");
    clickButton("#canned-list .canned-send");
    return text;
  }

  /**
   * Closes the open conversation: the outcome (ANSWERED, ...) and, per visitor message id, the
   * intent it really meant.
   */
  public void close(String outcome, Map<Long, String> labels) {
    clickButton("#close");
    awaitScript("return document.getElementById('close-dialog').open", "the close dialog");
    clickButton("#close-form input[name=outcome][value=" + outcome + "]");
    labels.forEach(
        (message, intent) ->
            new Select(driver.findElement(By.id("label-" + message))).selectByValue(intent));
    clickButton("#close-form button[type=submit]");
  }

  /** Presses "Clore" with no outcome chosen; returns the dialog's error (it stays open). */
  public String closeWithoutOutcome() {
    clickButton("#close");
    awaitScript("return document.getElementById('close-dialog').open", "the close dialog");
    clickButton("#close-form button[type=submit]");
    return (String)
        awaitScript("return document.getElementById('close-error').textContent || null", "error");
  }

  public void cancelDialog() {
    clickButton("#close-dialog [data-cancel]");
  }

  /** Presses "Remettre dans la file". */
  public void release() {
    clickButton("#release");
  }

  /** "Transférer…", picks the colleague by login and confirms. */
  public void transferTo(String login) {
    clickButton("#transfer");
    awaitScript(
        "return document.getElementById('transfer-dialog').open"
            + " && document.querySelector('#transfer-to option[value=\""
            + login
            + "\"]')",
        "the transfer dialog listing " + login);
    new Select(driver.findElement(By.id("transfer-to"))).selectByValue(login);
    clickButton("#transfer-form button[type=submit]");
  }

  /** The text of the colleague's option in the open transfer dialog. */
  public String transferChoice(String login) {
    return text("#transfer-to option[value='" + login + "']");
  }

  /** "Mon mot de passe" in the header, then the form, back to the console. */
  public void changeOwnPassword(String current, String chosen) {
    driver.findElement(By.linkText("Mon mot de passe")).click();
    awaitScript("return !document.getElementById('change').hidden", "the password form");
    typeInto("current-password", current);
    chooseOwnPassword(chosen);
  }

  public void awaitNoConversationOpen() {
    awaitScript(
        "return document.getElementById('conversation-body').hidden", "the conversation to close");
  }

  // ---- admin: staff accounts ---------------------------------------------------------------

  /** Creates an account on admin/staff.html; returns the one-time password the page shows. */
  public String createWorker(String displayName, String login) {
    typeInto("new-name", displayName);
    driver.findElement(By.id("new-login")).clear();
    typeInto("new-login", login);
    clickButton("#create-form button[type=submit]");
    return (String)
        awaitScript(
            "return !document.getElementById('one-time').hidden"
                + " && document.getElementById('one-time-password').textContent",
            "the one-time password");
  }

  /** Waits for the create form's error (an empty string would not be an answer yet). */
  public String createError() {
    return (String)
        awaitScript(
            "return document.getElementById('create-error').textContent || null", "the error");
  }

  /** The rows of the accounts table, as their visible text. */
  public List<String> staffRows() {
    List<String> rows = new ArrayList<>();
    driver.findElements(By.cssSelector("#staff-rows tr")).forEach(r -> rows.add(r.getText()));
    return rows;
  }

  // ---- admin: canned replies --------------------------------------------------------------

  /** Fills the new-reply form of admin/canned-replies.html (empty strings type nothing). */
  public void addCannedReply(String language, String title, String text) {
    new Select(driver.findElement(By.id("language"))).selectByValue(language);
    if (!title.isEmpty()) typeInto("new-reply-title", title);
    if (!text.isEmpty()) typeInto("new-reply-text", text);
    clickButton("#new-form button[type=submit]");
  }

  public String newCannedReplyError() {
    return (String)
        awaitScript(
            "return document.getElementById('new-error').textContent || null", "the form error");
  }

  /** Waits until the page shows this text somewhere. */
  public void awaitPageText(String text) {
    awaitScriptWith(
        "return document.body.innerText.includes(arguments[0])", text, "\"" + text + "\"");
  }

  // ---- plumbing ----------------------------------------------------------------------------

  private void typeInto(String id, String text) {
    driver.findElement(By.id(id)).sendKeys(text);
  }

  private void clickButton(String selector) {
    driver.findElement(By.cssSelector(selector)).click();
  }

  private String text(String selector) {
    List<WebElement> found = driver.findElements(By.cssSelector(selector));
    return found.isEmpty() ? "" : found.get(0).getText();
  }

  private static String waiting(long conversation) {
    return "'#waiting-list [data-conversation=\"" + conversation + "\"]'";
  }

  private static String jsString(String text) {
    return jakarta.json.Json.createValue(text).toString();
  }

  @Override
  String whereAndHow() {
    try {
      return String.valueOf(
          script(
              "return location.href + ' (' + document.getElementById('connection')?.dataset.state"
                  + " + '): ' + document.body.innerText.slice(0, 1500)"));
    } catch (RuntimeException e) {
      return "an unreadable page: " + e.getMessage();
    }
  }
}

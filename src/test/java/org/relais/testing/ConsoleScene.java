package org.relais.testing;

import java.net.URL;
import java.util.UUID;

/**
 * A worker signed in on the console in one Chromium, and a visitor in another who asked for a
 * person and whom the console shows waiting. The console may go through another address than the
 * kiosk (a {@link CuttableProxy}, to cut only the console's network).
 *
 * <p>"je veux parler à quelqu'un" reaches the queue whatever the intent model says: with a model it
 * is the "talk to a person" intent, without one every typed message is handed over.
 */
public final class ConsoleScene implements AutoCloseable {
  public static final String ASKS_FOR_PERSON = "je veux parler à quelqu'un";

  public final ConsolePage console;
  public final KioskPage kiosk;
  public final String login;
  public final String quietTitle; // the console's tab title before anyone waited
  public final long conversation;
  private final Browser kioskBrowser;
  private final Browser consoleBrowser;

  private ConsoleScene(
      Browser kioskBrowser, Browser consoleBrowser, URL base, String consoleBase, String login) {
    this.kioskBrowser = kioskBrowser;
    this.consoleBrowser = consoleBrowser;
    this.login = login;
    console = new ConsolePage(consoleBrowser.driver(), consoleBase);
    console.signIn(login, StaffClient.ownPassword(login)).awaitLive();
    quietTitle = console.title();
    kiosk = new KioskPage(kioskBrowser.driver()).open(base.toString());
    kiosk.say(ASKS_FOR_PERSON);
    kiosk.awaitAllSent();
    conversation = kiosk.awaitStoredConversation();
    console.awaitWaiting(conversation);
  }

  public static ConsoleScene start(URL base, StaffClient admin, String workerName)
      throws Exception {
    return start(base, base.toString(), admin, workerName);
  }

  /** consoleBase: where the console's browser reaches the server, ending with a slash. */
  public static ConsoleScene start(URL base, String consoleBase, StaffClient admin, String name)
      throws Exception {
    String login = newLogin();
    StaffClient.newWorker(admin, login, name);
    Browser kioskBrowser = Browser.launch();
    Browser consoleBrowser = null;
    try {
      consoleBrowser = Browser.launch();
      return new ConsoleScene(kioskBrowser, consoleBrowser, base, consoleBase, login);
    } catch (Exception | Error e) {
      kioskBrowser.close();
      if (consoleBrowser != null) consoleBrowser.close();
      throw e;
    }
  }

  public static String newLogin() {
    return "w" + UUID.randomUUID().toString().substring(0, 8);
  }

  public void claim() {
    console.claim(conversation);
    console.awaitOpenAndMine(conversation);
  }

  @Override
  public void close() throws Exception {
    try {
      kioskBrowser.close();
    } finally {
      consoleBrowser.close();
    }
  }
}

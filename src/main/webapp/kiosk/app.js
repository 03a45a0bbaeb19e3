// The kiosk page: wires the connection (protocol), the transcript, the presence panel, the
// language picker, read-aloud and the inactivity wipe together. Each piece lives in its own
// module; this one only decides what happens when.
//
// URL parameters:
//   embed=1         compact layout, for the website widget's iframe (widget.js)
//   lang=xx         the language to start in (the widget passes its host page's)
//   inactivity=N    seconds before the inactivity countdown; it can only SHORTEN the delay
//                   the server gives (a page cannot be made to keep a conversation longer).
//                   Used by the browser tests (?inactivity=3).

import { Connection } from "./connection.js";
import { el } from "./dom.js";
import * as i18n from "./i18n.js";
import { Inactivity } from "./inactivity.js";
import { Presence } from "./presence.js";
import { Session } from "./session.js";
import { speakButton } from "./speech.js";
import { Transcript } from "./transcript.js";
import { wipeAndRestart } from "./wipe.js";

const MAX_TEXT = 1000; // protocol: a visitor text is at most 1,000 characters
const DEFAULT_IDLE_SECONDS = 120;
const ERROR_TEXTS = {
  text_too_long: "error_too_long",
  empty_text: "error_empty",
  too_fast: "error_too_fast",
};

const $ = (id) => document.getElementById(id);
const root = document.documentElement;
const params = new URLSearchParams(location.search);
if (params.get("embed") === "1") root.classList.add("embed");
const idleCeiling = shorterDelay(params.get("inactivity"));

await i18n.loadAll();
const session = Session.restore();
session.language = [session.language, params.get("lang")].find(i18n.isLanguage) ?? i18n.DEFAULT_LANGUAGE;

const input = $("text");
const transcript = new Transcript($("messages"), $("scroller"), (label, payload) => say(label, payload));
const presence = new Presence($("presence"), $("emergency"), $("emergency-list"));
const inactivity = new Inactivity($("idle"), $("idle-countdown"), $("still-here"), () => finish("inactivity"));
inactivity.setIdleSeconds(idleSeconds(DEFAULT_IDLE_SECONDS));
let finishing = false;
let started = false;

const connection = new Connection(socketUrl(), session, {
  onState: showConnection,
  onWelcome(frame) {
    inactivity.setIdleSeconds(idleSeconds(frame.inactivitySeconds));
    for (const message of frame.messages ?? []) show(message);
    if (frame.conversation?.status) {
      presence.update({ status: frame.conversation.status });
      conversationStarted();
    }
  },
  onMessage: show,
  onStatus: (frame) => presence.update(frame),
  onAck(frame, ack) {
    if (frame.type === "message") transcript.confirm(frame.seq, ack.id);
  },
  onError: explainError,
  onResumeRefused() {
    // A conversation the server closed or forgot cannot come back: start afresh, cleanly.
    if (session.conversation) finish(null);
    else connection.helloAfresh();
  },
  onEnded: () => finish(null),
});

buildLanguagePicker();
switchLanguage(session.language, { tellServer: false });
for (const frame of session.pending) if (frame.type === "message") transcript.showPending(frame);
if (session.conversation || session.pending.length > 0) conversationStarted();
wireControls();
connection.start();

// ---- the visitor acts -------------------------------------------------------------------

/** Sends what the visitor wrote, or the label of the button they pressed. */
function say(text, payload) {
  hideNotice();
  const trimmed = String(text).trim();
  if (!trimmed) {
    showNotice("error_empty");
    input.focus();
    return false;
  }
  if ([...trimmed].length > MAX_TEXT) {
    showNotice("error_too_long");
    return false;
  }
  session.keep();
  const frame = connection.sendMessage(trimmed, payload);
  transcript.clearReplies();
  transcript.showPending(frame);
  conversationStarted();
  return true;
}

function wireControls() {
  $("composer").addEventListener("submit", (event) => {
    event.preventDefault();
    if (say(input.value)) input.value = "";
  });
  $("person").addEventListener("click", () => say(i18n.t("talk_to_person"), "person"));
  $("done").addEventListener("click", () => finish("finished"));
  for (const button of document.querySelectorAll("#topics [data-payload]")) {
    const label = button.querySelector("[data-i18n]");
    button.addEventListener("click", () => say(label.textContent, button.dataset.payload));
  }
  $("language-toggle").addEventListener("click", () => {
    setPickerOpen($("languages").hidden);
    if (!$("languages").hidden) $("language-list").querySelector("[aria-pressed=true]")?.focus();
  });
}

/** "J'ai fini" or the countdown (reason), or the server closed it (null): end, then wipe. */
async function finish(reason) {
  if (finishing) return;
  finishing = true;
  inactivity.stop();
  if (reason) await connection.end(reason);
  else connection.stop();
  await wipeAndRestart(i18n.t("screen_wiped"));
}

// ---- the server speaks ------------------------------------------------------------------

function show(message) {
  const item = transcript.showServerMessage(message);
  if (!item) return;
  if (message.emergency) presence.addEmergency(message.emergency, message.language || null);
  conversationStarted();
  inactivity.activity(); // a new message deserves the full delay to be read
}

function explainError(code, frame, willRetry) {
  if (willRetry) {
    // Sent again automatically; only "too fast" is worth telling the visitor.
    if (code === "too_fast") showNotice("error_too_fast");
    return;
  }
  if (frame?.type === "message") {
    transcript.drop(frame.seq);
    if (!input.value) input.value = frame.text; // let the visitor fix it rather than retype
  }
  showNotice(ERROR_TEXTS[code] ?? "error_generic");
}

function showConnection(state, attempt) {
  root.dataset.connection = state;
  const line = $("connection");
  if (state === "open") {
    line.hidden = true;
    return;
  }
  // A single failed attempt is usually a blink: say nothing until the second.
  const key = state === "lost" || attempt > 6 ? "connection_lost" : "reconnecting";
  line.dataset.i18n = key;
  line.textContent = i18n.t(key);
  line.hidden = state !== "lost" && attempt < 2;
}

// ---- languages --------------------------------------------------------------------------

function buildLanguagePicker() {
  const list = $("language-list");
  list.replaceChildren(
    ...i18n.available().map((code) => {
      const item = el("li");
      const button = el("button", "button button--language", i18n.nameOf(code));
      button.type = "button";
      button.lang = code;
      button.dir = i18n.directionOf(code);
      button.dataset.language = code;
      button.addEventListener("click", () => {
        switchLanguage(code, { tellServer: true });
        setPickerOpen(false);
        $("language-toggle").focus();
      });
      item.append(button);
      return item;
    }),
  );
  // On the kiosk every language's name shows at once; the small widget frame keeps the room
  // for the conversation (its header button opens the list).
  setPickerOpen(!root.classList.contains("embed"));
}

function switchLanguage(code, { tellServer }) {
  if (tellServer && code !== i18n.language()) connection.sendLanguage(code);
  session.language = code;
  session.save();
  i18n.use(code);
  for (const button of $("language-list").querySelectorAll("[data-language]")) {
    button.setAttribute("aria-pressed", String(button.dataset.language === code));
  }
  const current = $("current-language");
  current.textContent = i18n.nameOf(code);
  current.lang = code;
  current.dir = i18n.directionOf(code);
  presence.render();
  // The greeting is read in the interface language.
  $("welcome-tools").replaceChildren(speakButton(() => $("welcome-text").innerText, code));
}

function setPickerOpen(open) {
  $("languages").hidden = !open;
  $("language-toggle").setAttribute("aria-expanded", String(open));
}

/** From the first message on: the welcome buttons and the open picker make way. */
function conversationStarted() {
  inactivity.arm();
  if (started) return;
  started = true;
  $("topics").hidden = true;
  if (!$("languages").contains(document.activeElement)) setPickerOpen(false);
}

// ---- small things -----------------------------------------------------------------------

function showNotice(key) {
  const notice = $("notice");
  notice.dataset.i18n = key;
  notice.textContent = i18n.t(key);
  notice.hidden = false;
}

function hideNotice() {
  $("notice").hidden = true;
}

function socketUrl() {
  const url = new URL("../ws/kiosk", import.meta.url);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  return url.href;
}

/** The server's delay, or the URL's when that one is shorter. */
function idleSeconds(fromServer) {
  const server = Number.isInteger(fromServer) && fromServer > 0 ? fromServer : DEFAULT_IDLE_SECONDS;
  return idleCeiling ? Math.min(idleCeiling, server) : server;
}

function shorterDelay(value) {
  if (!value || !/^\d{1,5}$/.test(value)) return null;
  const seconds = Number(value);
  return seconds >= 1 ? seconds : null;
}

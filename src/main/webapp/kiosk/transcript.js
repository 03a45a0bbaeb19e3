// The conversation on screen. Each server message id is shown once (a resume may send a
// message again); the visitor's own message appears at once, marked "sending", and becomes
// final when the server acknowledges its seq.

import { el, icon, translated } from "./dom.js";
import { directionOf, language as pageLanguage, t } from "./i18n.js";
import { speakButton } from "./speech.js";

const AUTHORS = {
  BOT: { className: "msg--bot", key: "bot_name", icon: "#i-robot" },
  WORKER: { className: "msg--worker", key: "worker", icon: "#i-person" },
  SYSTEM: { className: "msg--system", key: "system", icon: "#i-info" },
  VISITOR: { className: "msg--visitor", key: "you", icon: null },
};

export class Transcript {
  /**
   * @param {HTMLElement} list the role=log element
   * @param {HTMLElement} scroller the element that scrolls
   * @param {(label: string, payload: string) => void} onReply a quick reply was pressed
   */
  constructor(list, scroller, onReply) {
    this.list = list;
    this.scroller = scroller;
    this.onReply = onReply;
    this.shown = new Set();
    this.pending = new Map(); // seq -> element
    // Panels appearing above (emergency, waiting) shrink the scroller: stay at the end if the
    // visitor was there, rather than hide the newest message under the fold.
    // Only the visitor scrolling UP leaves the end (a shrinking scroller does not move it).
    this.atEnd = true;
    this.lastTop = 0;
    scroller.addEventListener("scroll", () => {
      const top = scroller.scrollTop;
      if (top < this.lastTop - 2) this.atEnd = false;
      else if (top + scroller.clientHeight >= scroller.scrollHeight - 24) this.atEnd = true;
      this.lastTop = top;
    });
    new ResizeObserver(() => this.atEnd && this.scrollToEnd()).observe(scroller);
  }

  get isEmpty() {
    return this.list.childElementCount === 0;
  }

  showServerMessage(message) {
    if (!Number.isInteger(message.id) || this.shown.has(message.id)) return null;
    this.shown.add(message.id);
    // A visitor's message replayed on resume: the buttons above it were answered already.
    if (message.author === "VISITOR") this.clearReplies();
    const author = AUTHORS[message.author] ?? AUTHORS.SYSTEM;
    const text = typeof message.text === "string" ? message.text : "";
    const language = typeof message.language === "string" && message.language ? message.language : null;

    const item = el("div", `msg ${author.className}`);
    item.dataset.id = String(message.id);
    item.append(authorLine(author, message.author === "WORKER" ? message.worker : null));
    item.append(textBlock(text, language));
    if (message.author !== "VISITOR") {
      const tools = el("div", "msg__tools");
      tools.append(speakButton(() => text, language ?? pageLanguage()));
      item.append(tools);
    }
    if (Array.isArray(message.quickReplies) && message.quickReplies.length > 0) {
      this.clearReplies(); // only the latest question's buttons make sense
      item.append(this.replies(message.quickReplies, language));
    }
    this.insert(item);
    return item;
  }

  /** The visitor's message, shown before the server has it. */
  showPending(frame) {
    const item = el("div", "msg msg--visitor msg--pending");
    item.dataset.seq = String(frame.seq);
    item.append(authorLine(AUTHORS.VISITOR, null));
    item.append(textBlock(frame.text.trim(), null));
    item.append(translated("p", "sending", t("sending"), "msg__state"));
    this.pending.set(frame.seq, item);
    this.list.append(item);
    this.scrollTo(item);
  }

  /** The server stored it as message `id`; if a resume already showed that id, keep one. */
  confirm(seq, id) {
    const item = this.pending.get(seq);
    if (!item) return;
    this.pending.delete(seq);
    if (Number.isInteger(id) && this.shown.has(id)) {
      item.remove();
      return;
    }
    if (Number.isInteger(id)) {
      this.shown.add(id);
      item.dataset.id = String(id);
    }
    delete item.dataset.seq;
    item.classList.remove("msg--pending");
    item.querySelector(".msg__state")?.remove();
  }

  /** The server refused it for good: take it off the screen. */
  drop(seq) {
    this.pending.get(seq)?.remove();
    this.pending.delete(seq);
  }

  clearReplies() {
    for (const group of this.list.querySelectorAll(".replies")) group.remove();
  }

  replies(quickReplies, language) {
    const group = el("div", "replies");
    for (const reply of quickReplies) {
      if (!reply || typeof reply.label !== "string" || typeof reply.payload !== "string") continue;
      const button = el("button", "button button--reply", reply.label);
      button.type = "button";
      if (language) button.lang = language;
      button.addEventListener("click", () => this.onReply(reply.label, reply.payload));
      group.append(button);
    }
    return group;
  }

  /** Server messages go before the visitor's messages still being sent. */
  insert(item) {
    const firstPending = this.list.querySelector(".msg--pending");
    this.list.insertBefore(item, firstPending);
    this.scrollTo(item);
  }

  scrollTo(item) {
    // The end of the conversation, but never past the start of a long answer.
    this.scrollToEnd();
    if (item.offsetHeight > this.scroller.clientHeight) item.scrollIntoView({ block: "start" });
  }

  scrollToEnd() {
    this.scroller.scrollTop = this.scroller.scrollHeight;
    this.lastTop = this.scroller.scrollTop;
    this.atEnd = true;
  }
}

function authorLine(author, workerName) {
  const line = el("p", "msg__author");
  if (author.icon) line.append(icon(author.icon));
  // A worker's own name is shown as written; the other labels follow the interface language.
  if (workerName) line.append(el("span", null, workerName));
  else line.append(translated("span", author.key, t(author.key)));
  return line;
}

/** One sentence per line (protocol: "\n"), in the message's own language and direction. */
function textBlock(text, language) {
  const block = el("div", "msg__text");
  if (language) {
    block.lang = language;
    block.dir = directionOf(language);
  } else {
    block.dir = "auto"; // the visitor may write in any script
  }
  for (const line of text.split("\n")) {
    if (line.trim()) block.append(el("p", null, line));
  }
  return block;
}

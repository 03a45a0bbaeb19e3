// What must survive a reconnect or a reload of the page, kept in sessionStorage: the resume
// token, the conversation id, the client seq counter, the frames not yet acknowledged, and
// the language. It is written only once the visitor has said something: an untouched kiosk
// keeps nothing, and "J'ai fini" or the inactivity wipe clears it all (see wipe.js).
//
// lastSeen is deliberately NOT kept: after a reload the screen is empty, so the page resumes
// from 0 and the server sends the whole conversation again, each message once.

const KEY = "relais.kiosk";

export class Session {
  constructor() {
    this.resume = null; // the token from welcome, bound to a conversation by its first message
    this.conversation = null; // set by the first ack that carries it
    this.seq = 0; // the last seq used
    this.pending = []; // frames sent (or to send) and not acknowledged, in seq order
    this.language = null;
    this.persisted = false;
  }

  static restore() {
    const session = new Session();
    try {
      const saved = JSON.parse(sessionStorage.getItem(KEY) ?? "null");
      if (saved && typeof saved === "object") {
        session.resume = typeof saved.resume === "string" ? saved.resume : null;
        session.conversation = Number.isInteger(saved.conversation) ? saved.conversation : null;
        session.seq = Number.isInteger(saved.seq) && saved.seq > 0 ? saved.seq : 0;
        session.pending = Array.isArray(saved.pending) ? saved.pending.filter(isFrame) : [];
        session.language = typeof saved.language === "string" ? saved.language : null;
        session.persisted = true;
      }
    } catch {
      // Unreadable state: start afresh rather than resume something half-known.
    }
    return session;
  }

  /** True when a reconnect should try to resume rather than start a new conversation. */
  get worthResuming() {
    return Boolean(this.resume && (this.conversation || this.pending.length > 0));
  }

  nextSeq() {
    this.seq += 1;
    this.save();
    return this.seq;
  }

  /** From now on every change is kept (the visitor has said something). */
  keep() {
    this.persisted = true;
    this.save();
  }

  save() {
    if (!this.persisted) return;
    const state = {
      resume: this.resume,
      conversation: this.conversation,
      seq: this.seq,
      pending: this.pending,
      language: this.language,
    };
    try {
      sessionStorage.setItem(KEY, JSON.stringify(state));
    } catch {
      // Storage full or refused: the conversation goes on, only a reload would lose it.
    }
  }
}

function isFrame(frame) {
  return frame && typeof frame === "object" && Number.isInteger(frame.seq) && typeof frame.type === "string";
}

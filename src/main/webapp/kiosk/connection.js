// The kiosk's side of docs/protocol.md: one WebSocket to /ws/kiosk that comes back by itself.
//
// - Every frame carries the next client seq (kept in the Session, so it survives reloads).
// - Visitor messages and language changes stay in session.pending until the server acks
//   their seq; after a reconnect they are sent again with their ORIGINAL seq, and the server
//   recognises the ones it had already stored: nothing lost, nothing stored twice.
// - A reconnect says hello with the resume token and lastSeen (the highest message id shown),
//   so the server sends only what the screen lacks.
// - Back-off: 0.5 s, 1 s, 2 s... up to 15 s, with jitter so that kiosks restarted together
//   do not knock at the same instant.

const RETRY_LATER = new Set(["too_fast", "not_stored", "server_error"]);
const RESUME_REFUSED = new Set(["resume_unknown", "resume_expired"]);
/** Closes after which trying again cannot help: another connection took over, or bad origin. */
const FINAL_CLOSES = new Set([1008, 4001]);

const PING_EVERY_MS = 20_000;
const SILENT_TOO_LONG_MS = 50_000; // two pings unanswered: the socket is dead, replace it
const END_TIMEOUT_MS = 3_000;

export class Connection {
  /**
   * @param {string} url the ws(s) URL of /ws/kiosk
   * @param {import('./session.js').Session} session
   * @param {object} events onState(state, attempt), onWelcome(frame), onMessage(frame),
   *   onStatus(frame), onAck(frame, ack), onError(code, frame, willRetry), onResumeRefused(code),
   *   onEnded()
   */
  constructor(url, session, events) {
    this.url = url;
    this.session = session;
    this.events = events;
    this.socket = null;
    this.greeted = false;
    this.stopped = false;
    this.attempt = 0;
    this.retries = 0;
    this.reconnectTimer = null;
    this.retryTimer = null;
    this.helloSeq = null;
    this.lastSeen = 0;
    this.lastFrameAt = Date.now();
    this.endWaiter = null;
  }

  start() {
    this.open();
    this.keepAlive = setInterval(() => this.checkAlive(), PING_EVERY_MS);
    // Back from a network outage: no need to wait for the back-off.
    window.addEventListener("online", () => {
      if (!this.socket && !this.stopped) this.reconnectNow();
    });
  }

  /** The screen shows this server message id: a resume will not send it again. */
  seen(id) {
    if (Number.isInteger(id) && id > this.lastSeen) this.lastSeen = id;
  }

  sendMessage(text, payload) {
    return this.sendTracked(payload ? { type: "message", text, payload } : { type: "message", text });
  }

  sendLanguage(language) {
    this.session.language = language;
    this.session.save();
    // Before the first hello the language travels in the hello itself; an existing
    // conversation needs the frame, since a resuming hello does not change its language.
    const needed = this.greeted || this.session.conversation || this.session.pending.length > 0;
    if (needed) this.sendTracked({ type: "language", language });
  }

  /**
   * Sends end and waits (at most 3 s) for ended. Resolves true when the server confirmed.
   * Afterwards this connection never reconnects: the page is about to be wiped.
   */
  end(reason) {
    this.stop();
    if (!this.greeted) {
      this.closeSocket();
      return Promise.resolve(false);
    }
    const seq = this.session.nextSeq();
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(false), END_TIMEOUT_MS);
      const finish = (confirmed) => {
        clearTimeout(timer);
        this.endWaiter = null;
        this.closeSocket();
        resolve(confirmed);
      };
      this.endWaiter = finish;
      this.write({ type: "end", seq, reason });
    });
  }

  /** Stops reconnecting for good (the page is being wiped). */
  stop() {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    clearTimeout(this.retryTimer);
    clearInterval(this.keepAlive);
  }

  /** After a refused resume when no conversation was known: say hello as a newcomer. */
  helloAfresh() {
    this.session.resume = null;
    this.session.conversation = null;
    this.session.save();
    if (this.socket?.readyState === WebSocket.OPEN) this.hello();
    else this.reconnectNow();
  }

  // ---- internals -------------------------------------------------------------------

  open() {
    if (this.stopped) return;
    this.greeted = false;
    let socket;
    try {
      socket = new WebSocket(this.url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.onopen = () => socket === this.socket && this.hello();
    socket.onmessage = (event) => socket === this.socket && this.received(event.data);
    // "error" is always followed by "close": reconnecting is decided there.
    socket.onclose = (event) => socket === this.socket && this.closed(event.code);
  }

  hello() {
    this.lastFrameAt = Date.now();
    this.helloSeq = this.session.nextSeq();
    const frame = { type: "hello", seq: this.helloSeq, language: this.session.language ?? "fr" };
    if (this.session.worthResuming) {
      frame.resume = this.session.resume;
      frame.lastSeen = this.lastSeen;
    }
    this.write(frame);
  }

  received(data) {
    this.lastFrameAt = Date.now();
    let frame;
    try {
      frame = JSON.parse(data);
    } catch {
      return; // the server only sends JSON; ignore anything else rather than break
    }
    if (!frame || typeof frame !== "object") return;
    switch (frame.type) {
      case "welcome":
        return this.welcomed(frame);
      case "ack":
        return this.acknowledged(frame);
      case "message":
        this.events.onMessage(frame);
        return this.seen(frame.id);
      case "status":
        return this.events.onStatus(frame);
      case "ended":
        if (this.endWaiter) return this.endWaiter(true);
        this.stop();
        return this.events.onEnded();
      case "error":
        return this.failed(frame);
      default:
        return undefined; // pong, or a frame type of a newer server
    }
  }

  welcomed(frame) {
    this.greeted = true;
    this.attempt = 0;
    const session = this.session;
    if (typeof frame.resume === "string") session.resume = frame.resume;
    if (frame.conversation && Number.isInteger(frame.conversation.id)) {
      session.conversation = frame.conversation.id;
    }
    if (Number.isInteger(frame.nextSeq)) session.seq = Math.max(session.seq, frame.nextSeq - 1);
    session.save();
    this.events.onWelcome(frame);
    for (const message of frame.messages ?? []) this.seen(message.id);
    this.events.onState("open", 0);
    this.flush();
  }

  acknowledged(ack) {
    const session = this.session;
    const index = session.pending.findIndex((frame) => frame.seq === ack.re);
    const frame = index >= 0 ? session.pending.splice(index, 1)[0] : null;
    if (Number.isInteger(ack.conversation)) {
      session.conversation = ack.conversation;
      if (typeof ack.resume === "string") session.resume = ack.resume;
    }
    session.save();
    this.retries = 0;
    if (frame) this.events.onAck(frame, ack);
  }

  failed(error) {
    const code = String(error.code);
    if (RESUME_REFUSED.has(code)) return this.events.onResumeRefused(code);
    if (code === "hello_first") return this.reconnectNow();
    if (!this.greeted && error.re === this.helloSeq) {
      // The hello itself was refused (e.g. a language this server does not offer).
      if (code === "unsupported_language") this.session.language = "fr";
      this.retryLater(() => this.hello());
      return this.events.onError(code, null, true);
    }
    const frame = this.session.pending.find((pending) => pending.seq === error.re) ?? null;
    if (RETRY_LATER.has(code)) {
      this.retryLater(() => this.flush());
      return this.events.onError(code, frame, true);
    }
    // Sending the same frame again cannot help: drop it and let the page explain.
    if (frame) {
      this.session.pending.splice(this.session.pending.indexOf(frame), 1);
      this.session.save();
    }
    return this.events.onError(code, frame, false);
  }

  closed(code) {
    this.socket = null;
    this.greeted = false;
    if (this.endWaiter) return this.endWaiter(false);
    if (FINAL_CLOSES.has(code)) {
      this.stop();
      return this.events.onState("lost", this.attempt);
    }
    if (this.stopped) return undefined;
    return this.scheduleReconnect();
  }

  scheduleReconnect() {
    clearTimeout(this.reconnectTimer);
    const base = Math.min(15_000, 500 * 2 ** this.attempt);
    const delay = base * (0.8 + Math.random() * 0.4);
    this.attempt += 1;
    this.events.onState("reconnecting", this.attempt);
    this.reconnectTimer = setTimeout(() => this.open(), delay);
  }

  reconnectNow() {
    if (this.stopped) return;
    clearTimeout(this.reconnectTimer);
    this.closeSocket();
    this.open();
  }

  /** Sends the unacknowledged frames again, in seq order, with their original seq. */
  flush() {
    if (!this.greeted) return;
    for (const frame of this.session.pending) this.write(frame);
  }

  retryLater(action) {
    if (this.retryTimer) return;
    const delay = Math.min(8_000, 1_000 * 2 ** this.retries);
    this.retries += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.socket?.readyState === WebSocket.OPEN) action();
    }, delay);
  }

  sendTracked(fields) {
    const frame = { ...fields, seq: this.session.nextSeq() };
    this.session.pending.push(frame);
    this.session.save();
    if (this.greeted) this.write(frame);
    return frame;
  }

  checkAlive() {
    if (!this.socket || this.stopped) return;
    if (Date.now() - this.lastFrameAt > SILENT_TOO_LONG_MS) {
      // Half-open connection (a cable pulled somewhere): do not wait for TCP to notice.
      this.closeSocket();
      this.scheduleReconnect();
      return;
    }
    if (this.greeted) this.write({ type: "ping", seq: this.session.nextSeq() });
  }

  write(frame) {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(frame));
  }

  closeSocket() {
    const socket = this.socket;
    this.socket = null;
    this.greeted = false;
    if (socket) {
      socket.onclose = null;
      socket.onmessage = null;
      try {
        socket.close(1000);
      } catch {
        // already closing
      }
    }
  }
}

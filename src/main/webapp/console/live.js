// The live queue over /ws/worker. The server sends the whole queue after every change, so a
// console that missed frames is right again at the next one. When the connection drops we wait
// longer each time (1 s, 2 s, 4 s … 30 s, with jitter so that every console of the center does
// not come back at the same instant after a restart) and read the queue over HTTP before
// reconnecting, so the list on screen is never older than the last attempt.
import { api, goToSignIn } from '../staff/common.js';

const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 30_000;
// A connection can die without a close frame (Wi-Fi, sleeping laptop): ping, and give up on
// it when the pong does not come back.
const PING_EVERY_MS = 25_000;

export class LiveQueue {
  #socket = null;
  #attempt = 0;
  #retryTimer = null;
  #pingTimer = null;
  #awaitingPong = false;
  #everOpened = false;

  /**
   * onFrame(frame): a queue, event, message or presence frame (docs/helpdesk-api.md).
   * onState(state, {delayMs, resumed}): 'connecting' | 'open' | 'waiting' | 'refused'.
   */
  constructor({ onFrame, onState }) {
    this.onFrame = onFrame;
    this.onState = onState;
    // Back online: no reason to sit out the rest of the back-off.
    window.addEventListener('online', () => this.#retryNow());
  }

  start() {
    this.#connect();
  }

  #connect() {
    clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
    this.onState('connecting', {});
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(`${scheme}//${location.host}/ws/worker`);
    this.#socket = socket;
    socket.addEventListener('open', () => {
      const resumed = this.#everOpened;
      this.#everOpened = true;
      this.#attempt = 0;
      this.#startPinging(socket);
      this.onState('open', { resumed });
    });
    socket.addEventListener('message', (event) => this.#received(event.data));
    socket.addEventListener('close', (event) => {
      if (socket === this.#socket) this.#lost(event.code);
    });
  }

  #received(data) {
    let frame;
    try {
      frame = JSON.parse(data);
    } catch {
      return; // not ours to show; the next queue frame sets things right
    }
    if (frame.type === 'pong') {
      this.#awaitingPong = false;
    } else {
      this.onFrame(frame);
    }
  }

  #startPinging(socket) {
    clearInterval(this.#pingTimer);
    this.#awaitingPong = false;
    this.#pingTimer = setInterval(() => {
      if (this.#awaitingPong) {
        this.#socket = null; // ignore the late close event of the dead socket
        socket.close();
        this.#lost(1006);
        return;
      }
      this.#awaitingPong = true;
      socket.send('ping');
    }, PING_EVERY_MS);
  }

  #lost(code) {
    clearInterval(this.#pingTimer);
    if (code === 4401) {
      goToSignIn();
      return;
    }
    if (code === 4403) {
      this.onState('refused', {});
      return;
    }
    const base = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** this.#attempt);
    const delayMs = Math.round(base * (0.75 + Math.random() * 0.5));
    this.#attempt += 1;
    this.onState('waiting', { delayMs });
    this.#retryTimer = setTimeout(() => this.#reconnect(), delayMs);
  }

  #retryNow() {
    if (this.#retryTimer) this.#reconnect();
  }

  async #reconnect() {
    clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
    try {
      // Also tells a lost session (401: api() goes to the sign-in page) from a lost network.
      this.onFrame(await api('GET', '/api/helpdesk/queue'));
    } catch {
      // The server is still away: the socket attempt below fails too and backs off further.
    }
    this.#connect();
  }
}

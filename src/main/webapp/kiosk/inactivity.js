// The shared screen must not keep one visitor's conversation for the next. After
// `idleSeconds` without a touch, a dialog counts down; at zero the page ends and wipes.
// An untouched fresh page is not watched (there is nothing to wipe, and it would reload
// forever); the first touch arms the watch.

import { t } from "./i18n.js";
import { isSpeaking } from "./speech.js";

const ACTIVITY = ["pointerdown", "keydown", "input", "wheel", "touchstart"];
const LONGEST_COUNTDOWN = 30;

export class Inactivity {
  constructor(dialog, countdownText, stillHereButton, onExpire) {
    this.dialog = dialog;
    this.countdownText = countdownText;
    this.onExpire = onExpire;
    this.idleSeconds = 120;
    this.armed = false;
    this.timer = null;
    this.ticker = null;
    this.remaining = 0;

    for (const type of ACTIVITY) {
      document.addEventListener(type, () => this.activity(), { capture: true, passive: true });
    }
    stillHereButton.addEventListener("click", () => this.dismiss());
    dialog.addEventListener("cancel", () => this.dismiss()); // Escape: someone is there
    // A touch on the dimmed backdrop also says "I am here".
    dialog.addEventListener("click", (event) => event.target === dialog && this.dismiss());
  }

  setIdleSeconds(seconds) {
    if (!Number.isFinite(seconds) || seconds < 1) return;
    this.idleSeconds = seconds;
    if (this.armed && !this.dialog.open) this.restart();
  }

  arm() {
    this.armed = true;
    if (!this.dialog.open) this.restart();
  }

  /** Something happened that someone must have time to read (e.g. a message arrived). */
  activity() {
    if (!this.armed) return this.arm();
    // While the countdown shows, only an answer to it counts (see the constructor).
    if (!this.dialog.open) this.restart();
    return undefined;
  }

  stop() {
    this.armed = false;
    clearTimeout(this.timer);
    clearInterval(this.ticker);
    if (this.dialog.open) this.dialog.close();
  }

  restart() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.idle(), this.idleSeconds * 1000);
  }

  idle() {
    if (isSpeaking()) return this.restart(); // listening is not leaving
    this.remaining = Math.min(LONGEST_COUNTDOWN, this.idleSeconds);
    this.showRemaining();
    this.dialog.showModal();
    clearInterval(this.ticker);
    this.ticker = setInterval(() => {
      this.remaining -= 1;
      if (this.remaining > 0) return this.showRemaining();
      clearInterval(this.ticker);
      this.armed = false;
      return this.onExpire();
    }, 1000);
    return undefined;
  }

  dismiss() {
    clearInterval(this.ticker);
    if (this.dialog.open) this.dialog.close();
    this.restart();
  }

  showRemaining() {
    this.countdownText.textContent = t("inactivity_countdown", { seconds: this.remaining });
  }
}

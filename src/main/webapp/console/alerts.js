// Someone new is waiting: tell the worker even from across the room. A short chime made with
// the Web Audio API (no sound file to serve) and a count in the tab title, until they look at
// the page. Browsers only let a page make sound after a user gesture, hence the toggle.
const STORAGE_KEY = 'relais.console.sound';

export class Alerts {
  #audio = null;
  #unseen = new Map(); // conversation id -> urgent

  /** onChange(): the set of unseen conversations changed (the queue marks them "Nouveau"). */
  constructor({ baseTitle, onChange }) {
    this.baseTitle = baseTitle;
    this.onChange = onChange;
    this.soundOn = localStorage.getItem(STORAGE_KEY) === 'on';
    for (const type of ['pointerdown', 'keydown', 'focus']) {
      window.addEventListener(type, () => this.#looked(), true);
    }
    window.addEventListener('pointermove', () => document.hasFocus() && this.#looked(), {
      passive: true,
    });
    document.addEventListener('visibilitychange', () => this.#looked());
    // The sound was switched on in an earlier visit: the first gesture on the page unlocks it.
    const unlock = () => this.soundOn && this.#context();
    window.addEventListener('pointerdown', unlock, { once: true, capture: true });
    window.addEventListener('keydown', unlock, { once: true, capture: true });
  }

  /** The toggle button for the header: its label says what a press will do. */
  soundToggle(button) {
    const label = () => {
      button.textContent = this.soundOn ? 'Couper le son' : 'Activer le son';
    };
    label();
    button.addEventListener('click', () => {
      this.soundOn = !this.soundOn;
      localStorage.setItem(STORAGE_KEY, this.soundOn ? 'on' : 'off');
      label();
      if (this.soundOn) this.#chime(false); // so the worker hears what it will sound like
    });
  }

  isUnseen(conversation) {
    return this.#unseen.has(conversation);
  }

  /** New waiting conversations (or ones that just became urgent). */
  arrived(entries) {
    if (entries.length === 0) return;
    for (const entry of entries) this.#unseen.set(entry.conversation, entry.urgent);
    this.#chime(entries.some((entry) => entry.urgent));
    this.#showTitle();
    this.onChange();
  }

  /** Conversations no longer waiting need nobody's attention any more. */
  keepOnly(waitingIds) {
    let changed = false;
    for (const id of this.#unseen.keys()) {
      if (!waitingIds.has(id)) changed = this.#unseen.delete(id) || changed;
    }
    if (changed) {
      this.#showTitle();
      this.onChange();
    }
  }

  #looked() {
    if (document.visibilityState !== 'visible' || this.#unseen.size === 0) return;
    this.#unseen.clear();
    this.#showTitle();
    this.onChange();
  }

  #showTitle() {
    const count = this.#unseen.size;
    const urgent = [...this.#unseen.values()].some(Boolean);
    document.title =
      count === 0 ? this.baseTitle : `(${count}) ${urgent ? 'URGENT · ' : ''}${this.baseTitle}`;
  }

  #context() {
    if (!this.#audio) {
      const AudioContext = window.AudioContext ?? window.webkitAudioContext;
      if (!AudioContext) return null;
      this.#audio = new AudioContext();
    }
    if (this.#audio.state === 'suspended') this.#audio.resume();
    return this.#audio;
  }

  /** Two rising notes; four insistent ones for an urgent arrival. */
  #chime(urgent) {
    if (!this.soundOn) return;
    const audio = this.#context();
    if (!audio) return;
    const notes = urgent ? [988, 740, 988, 740] : [660, 880];
    let at = audio.currentTime + 0.05;
    for (const frequency of notes) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.35, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.28);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.3);
      at += 0.32;
    }
  }
}

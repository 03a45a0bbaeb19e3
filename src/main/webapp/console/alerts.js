// Someone new is waiting: tell the worker even from across the room. A short chime made with
// the Web Audio API (no sound file to serve) and a count in the tab title, until they look at
// the page. The sound is on unless the worker muted it on this computer. Browsers may refuse
// sound before a click in the page: the console then says so under the queue's title, and the first
// click or key press unlocks it. Each chime is counted in data-chimes on <body> (and whether the
// browser let it sound in data-sound), so that what happened can be checked.
const STORAGE_KEY = 'relais.console.sound';

export class Alerts {
  #audio = null;
  #unseen = new Map(); // conversation id -> urgent

  /** onChange(): the set of unseen conversations changed (the queue marks them "Nouveau"). */
  constructor({ baseTitle, onChange }) {
    this.baseTitle = baseTitle;
    this.onChange = onChange;
    this.soundOn = localStorage.getItem(STORAGE_KEY) !== 'off';
    for (const type of ['pointerdown', 'keydown', 'focus']) {
      window.addEventListener(type, () => this.#looked(), true);
    }
    window.addEventListener('pointermove', () => document.hasFocus() && this.#looked(), {
      passive: true,
    });
    document.addEventListener('visibilitychange', () => this.#looked());
    // Until the browser allows sound, every click or key press tries to unlock it.
    const unlock = () => this.soundOn && this.#context();
    window.addEventListener('pointerdown', unlock, { capture: true });
    window.addEventListener('keydown', unlock, { capture: true });
    if (this.soundOn) this.#context(); // allowed at once after signing in on this site
  }

  /**
   * The header's toggle (aria-pressed: the sound is on) and the notice shown while the browser
   * blocks the sound.
   */
  soundToggle(button, blockedNotice) {
    this.blockedNotice = blockedNotice;
    button.id = 'sound-toggle';
    button.textContent = 'Son des arrivées';
    const show = () => button.setAttribute('aria-pressed', String(this.soundOn));
    show();
    button.addEventListener('click', () => {
      this.soundOn = !this.soundOn;
      localStorage.setItem(STORAGE_KEY, this.soundOn ? 'on' : 'off');
      show();
      this.#showBlocked();
      if (this.soundOn) this.#chime(false); // so the worker hears what it will sound like
    });
    this.#showBlocked();
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
      this.#audio.addEventListener('statechange', () => this.#showBlocked());
    }
    if (this.#audio.state === 'suspended') this.#audio.resume().catch(() => {});
    this.#showBlocked();
    return this.#audio;
  }

  #showBlocked() {
    const running = this.#audio?.state === 'running';
    document.body.dataset.sound = !this.soundOn ? 'off' : running ? 'on' : 'blocked';
    if (this.blockedNotice) this.blockedNotice.hidden = !this.soundOn || running;
  }

  /** Two rising notes; four insistent ones for an urgent arrival. */
  #chime(urgent) {
    if (!this.soundOn) return;
    document.body.dataset.chimes = String(Number(document.body.dataset.chimes ?? 0) + 1);
    document.body.dataset.lastChime = urgent ? 'urgent' : 'new';
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

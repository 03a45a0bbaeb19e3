// The queue as the worker reads it at a glance: who waits (urgent first), for how long, in which
// language, why, and their last words; then the conversations workers already have.
import { serverNow } from '../staff/common.js';
import { duration, el, hiddenText, languageName, reasonText } from '../staff/format.js';

export class QueueView {
  #entries = null; // null until the first queue arrives
  // Items by conversation id with what they were built from. An unchanged item keeps its node:
  // rebuilding a button between pointerdown and click would swallow the worker's click.
  #items = new Map();

  /** onClaim(entry), onOpen(entry); isNew(id), isUnread(id), openId() for the marks. */
  constructor({ me, onClaim, onOpen, isNew, isUnread, openId }) {
    this.me = me;
    this.onClaim = onClaim;
    this.onOpen = onOpen;
    this.isNew = isNew;
    this.isUnread = isUnread;
    this.openId = openId;
    this.waitingList = document.getElementById('waiting-list');
    this.takenList = document.getElementById('taken-list');
    this.summary = document.getElementById('queue-summary');
    this.takenEmpty = document.getElementById('taken-empty');
    setInterval(() => this.tick(), 1000);
  }

  get entries() {
    return this.#entries ?? [];
  }

  render(entries = this.#entries) {
    if (!entries) return;
    this.#entries = entries;
    const focus = this.#focusedControl();
    const waiting = entries.filter((entry) => entry.status === 'WAITING');
    const taken = entries.filter((entry) => entry.status !== 'WAITING');
    const items = new Map();
    const build = (entry, make) => {
      const signature = JSON.stringify([entry, this.#marks(entry)]);
      const known = this.#items.get(entry.conversation);
      const node = known?.signature === signature ? known.node : make(entry);
      items.set(entry.conversation, { signature, node });
      return node;
    };
    place(this.waitingList, waiting.map((e) => build(e, (x) => this.#waitingItem(x))));
    for (const entry of waiting) this.#showNew(items.get(entry.conversation).node, entry.conversation);
    place(this.takenList, taken.map((e) => build(e, (x) => this.#takenItem(x))));
    this.#items = items;
    this.takenEmpty.hidden = taken.length > 0;
    this.summary.textContent = summaryOf(waiting);
    this.summary.classList.toggle('queue-summary--urgent', waiting.some((e) => e.urgent));
    this.#restoreFocus(focus);
    this.tick();
  }

  /** The waiting times move every second, without rebuilding anything. */
  tick() {
    const now = serverNow();
    for (const node of document.querySelectorAll('[data-since]')) {
      node.textContent = duration(now - Date.parse(node.dataset.since));
    }
  }

  /**
   * "Nouveau" comes and goes as the worker looks, typically on the pointerdown of a click: it is
   * toggled in place, never by rebuilding the item.
   */
  #showNew(item, conversation) {
    const fresh = this.isNew(conversation);
    item.classList.toggle('entry--new', fresh);
    const badge = item.querySelector('.tag--new');
    if (badge) badge.hidden = !fresh;
  }

  /** What else an item shows besides its entry: marks that change without a queue frame. */
  #marks(entry) {
    const id = entry.conversation;
    return [this.isUnread(id), this.openId() === id, entry.workerLogin === this.me.login];
  }

  #waitingItem(entry) {
    const item = el('li', {
      className: 'entry',
      attrs: { 'data-conversation': entry.conversation, 'data-urgent': entry.urgent },
    });
    item.classList.toggle('entry--urgent', entry.urgent);
    const claim = el(
      'button',
      {
        className: 'button entry-claim',
        attrs: { type: 'button', 'data-control': 'claim' },
        on: { click: () => this.onClaim(entry, claim) },
      },
      'Prendre',
      hiddenText(` : n° ${entry.position}, ${describeForVoice(entry)}`),
    );
    item.append(
      el(
        'div',
        { className: 'entry-head' },
        el('span', { className: 'entry-language', text: languageName(entry.language) }),
        el('span', { className: 'entry-position', text: `n° ${entry.position}` }),
        waitedFor(entry),
      ),
      el(
        'p',
        { className: 'entry-reason' },
        entry.urgent ? el('span', { className: 'tag tag--urgent', text: 'Urgent' }) : null,
        el('span', { text: reasonText(entry.reason) }),
      ),
      // Out of the flow: it disappears as the worker moves towards "Prendre", which must not move.
      el('span', { className: 'tag tag--new entry-ribbon', text: 'Nouveau' }),
      lastWords(entry),
      claim,
    );
    return item;
  }

  #takenItem(entry) {
    const mine = entry.workerLogin === this.me.login;
    const open = this.openId() === entry.conversation;
    const item = el('li', {
      className: 'entry entry--taken',
      attrs: { 'data-conversation': entry.conversation, 'aria-current': open ? 'true' : null },
    });
    item.classList.toggle('entry--mine', mine);
    const unread = mine && !open && this.isUnread(entry.conversation);
    item.append(
      el(
        'div',
        { className: 'entry-head' },
        el('span', { className: 'entry-language', text: languageName(entry.language) }),
        el('span', {
          className: 'entry-worker',
          text: mine ? 'avec vous' : `avec ${entry.workerName ?? '?'}`,
        }),
      ),
      el(
        'p',
        { className: 'entry-reason' },
        entry.urgent ? el('span', { className: 'tag tag--muted', text: 'Urgent' }) : null,
        unread ? el('span', { className: 'tag tag--new', text: 'Nouveau message' }) : null,
        el('span', { text: reasonText(entry.reason) }),
      ),
      lastWords(entry),
    );
    if (mine && !open) {
      item.append(
        el(
          'button',
          {
            className: 'button button--secondary entry-open',
            attrs: { type: 'button', 'data-control': 'open' },
            on: { click: () => this.onOpen(entry) },
          },
          'Ouvrir',
          hiddenText(` la conversation en ${languageName(entry.language)}`),
        ),
      );
    } else if (open) {
      item.append(el('p', { className: 'entry-open-now', text: 'Ouverte à droite' }));
    }
    return item;
  }

  // The lists are rebuilt on every queue frame: put the keyboard focus back where it was.
  #focusedControl() {
    const active = document.activeElement;
    const item = active?.closest?.('[data-conversation]');
    if (!item || !active.dataset.control) return null;
    return { conversation: item.dataset.conversation, control: active.dataset.control, active };
  }

  #restoreFocus(focus) {
    if (!focus || (focus.active.isConnected && document.activeElement === focus.active)) return;
    const item = document.querySelector(
      `.queue [data-conversation="${CSS.escape(focus.conversation)}"]`,
    );
    const control = item?.querySelector(`[data-control="${focus.control}"]`);
    (control ?? document.getElementById('queue-title')).focus();
  }
}

/** Puts the nodes in order, touching the list only when something changed. */
function place(list, nodes) {
  const same =
    list.children.length === nodes.length && nodes.every((node, i) => list.children[i] === node);
  if (!same) list.replaceChildren(...nodes);
}

function summaryOf(waiting) {
  if (waiting.length === 0) return "Personne n'attend pour l'instant.";
  const urgent = waiting.filter((entry) => entry.urgent).length;
  const people = waiting.length === 1 ? '1 personne attend' : `${waiting.length} personnes attendent`;
  return urgent === 0 ? `${people}.` : `${people}, dont ${urgent} en urgence.`;
}

function waitedFor(entry) {
  if (!entry.waitingSince) return null;
  return el(
    'span',
    { className: 'entry-wait' },
    'attend depuis ',
    el('strong', { attrs: { 'data-since': entry.waitingSince } }),
  );
}

function lastWords(entry) {
  if (!entry.lastVisitorText) {
    return el('p', { className: 'entry-text entry-text--none', text: 'Pas de message écrit.' });
  }
  // French quotes outside, the person's words isolated inside (dir=auto keeps Arabic readable).
  return el(
    'p',
    { className: 'entry-text' },
    el('span', { className: 'visually-hidden', text: 'Dernier message : ' }),
    '« ',
    el('span', { text: entry.lastVisitorText, attrs: { lang: entry.language, dir: 'auto' } }),
    ' »',
  );
}

export function describeForVoice(entry) {
  return [entry.urgent ? 'urgent' : null, languageName(entry.language), reasonText(entry.reason)]
    .filter(Boolean)
    .join(', ');
}

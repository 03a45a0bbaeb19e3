// The open conversation: the context card (why, how urgent, which language, since when), the
// whole history with what the robot understood, the reply box, canned replies in the person's
// language, internal notes, and the ways to let it go (release, transfer, close).
import { api, describe, notify } from '../staff/common.js';
import { clockTime, el, languageName, reasonText } from '../staff/format.js';
import { CloseDialog, TransferDialog } from './dialogs.js';
import { insertInOrder, messageItem } from './history.js';

const $ = (id) => document.getElementById(id);
const REMEMBERED = 'relais.console.open'; // reopened after a reload of the page

export class ConversationView {
  #detail = null;
  #canned = new Map(); // language -> canned replies

  /** intents: [{id, label}]; onChange(): the open conversation changed (the queue marks it). */
  constructor({ me, intents, onChange }) {
    this.me = me;
    this.intentLabels = new Map(intents.map((intent) => [intent.id, intent.label]));
    this.onChange = onChange;
    this.closeDialog = new CloseDialog({ intents, intentLabels: this.intentLabels });
    this.transferDialog = new TransferDialog({ me });
    $('reply-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.#sendReply();
    });
    $('reply').addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.#sendReply();
      }
    });
    $('note-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.#addNote();
    });
    $('release').addEventListener('click', () => this.#release());
    $('transfer').addEventListener('click', () => this.#transfer());
    $('close').addEventListener('click', () => this.#close());
    $('claim-again').addEventListener('click', () => this.claim(this.id));
    $('dismiss').addEventListener('click', () => this.clear());
  }

  get id() {
    return this.#detail?.conversation ?? null;
  }

  get isMine() {
    const context = this.#detail?.context;
    return context?.status === 'WITH_WORKER' && context.workerLogin === this.me.login;
  }

  rememberedId() {
    return Number(sessionStorage.getItem(REMEMBERED)) || null;
  }

  /** Claims a waiting conversation and opens it; a 409 says who was quicker. */
  async claim(id) {
    try {
      this.show(await api('POST', `/api/helpdesk/conversations/${id}/claim`));
      $('reply').focus();
      return true;
    } catch (error) {
      notify(describe(error));
      if (id === this.id) this.refresh();
      return false;
    }
  }

  async open(id) {
    try {
      this.show(await api('GET', `/api/helpdesk/conversations/${id}`));
      if (this.isMine) $('reply').focus();
    } catch (error) {
      if (error.status === 404) this.clear();
      else notify(describe(error));
    }
  }

  /** Reads the conversation again (after an event about it, or a reconnection). */
  async refresh() {
    const id = this.id;
    if (id == null) return;
    try {
      const detail = await api('GET', `/api/helpdesk/conversations/${id}`);
      if (this.id === id) this.show(detail); // not if the worker let it go meanwhile
    } catch (error) {
      if (error.status !== 404) notify(describe(error));
    }
  }

  show(detail) {
    const sameConversation = detail.conversation === this.id;
    this.#detail = detail;
    sessionStorage.setItem(REMEMBERED, detail.conversation);
    $('conversation-hint').hidden = true;
    $('conversation-body').hidden = false;
    $('conversation-tools').hidden = false;
    $('conversation-title').textContent = `Conversation en ${languageName(detail.context.language).toLowerCase()}`;
    this.#showContext(detail.context);
    this.#showHistory(detail.messages, sameConversation);
    this.#showNotes(detail.notes);
    this.#showCanned(detail.context.language);
    this.#showState(detail.context);
    if (!sameConversation) $('conversation-title').focus({ preventScroll: true });
    this.onChange();
  }

  clear() {
    this.#detail = null;
    sessionStorage.removeItem(REMEMBERED);
    $('conversation-title').textContent = 'Aucune conversation ouverte';
    $('conversation-hint').hidden = false;
    $('conversation-body').hidden = true;
    $('conversation-tools').hidden = true;
    $('reply').value = '';
    $('note').value = '';
    this.onChange();
  }

  /** A message pushed by /ws/worker; only the open conversation's are shown here. */
  received(conversation, message) {
    if (conversation !== this.id || $(`message-${message.id}`)) return;
    this.#detail.messages.push(message);
    this.#append(message);
  }

  #showContext(context) {
    $('context-card').classList.toggle('context-card--urgent', context.urgent);
    $('context-reason').textContent = reasonText(context.reason);
    const urgency = $('context-urgency');
    urgency.replaceChildren(
      context.urgent ? el('span', { className: 'tag tag--urgent', text: 'Urgent' }) : 'Normale',
    );
    $('context-language').textContent = languageName(context.language);
    const since = context.waitingSince ?? context.startedAt;
    $('context-waiting').replaceChildren(
      `${clockTime(since)} (il y a `,
      el('span', { attrs: { 'data-since': since } }),
      ')',
    );
  }

  #showHistory(messages, keepScroll) {
    const history = $('history');
    const atBottom = history.scrollHeight - history.scrollTop - history.clientHeight < 40;
    $('history-list').replaceChildren(...messages.map((message) => this.#item(message)));
    if (!keepScroll || atBottom) history.scrollTop = history.scrollHeight;
  }

  #append(message) {
    const history = $('history');
    const atBottom = history.scrollHeight - history.scrollTop - history.clientHeight < 40;
    insertInOrder($('history-list'), this.#item(message));
    if (atBottom) history.scrollTop = history.scrollHeight;
  }

  #item(message) {
    const item = messageItem(message, { intents: this.intentLabels, me: this.me });
    item.id = `message-${message.id}`;
    return item;
  }

  #showNotes(notes) {
    $('notes-list').replaceChildren(
      ...notes.map((note) =>
        el(
          'li',
          { className: 'note' },
          el('p', { className: 'note-meta', text: `${note.author} · ${clockTime(note.at)}` }),
          el('p', { className: 'note-text', text: note.text }),
        ),
      ),
    );
    if (notes.length === 0) {
      $('notes-list').append(el('li', { className: 'hint', text: 'Aucune note pour le moment.' }));
    }
  }

  async #showCanned(language) {
    let replies = await this.#cannedIn(language);
    let shownIn = language;
    if (replies.length === 0 && language !== 'fr') {
      replies = await this.#cannedIn('fr');
      shownIn = 'fr';
    }
    if (this.#detail?.context.language !== language) return; // another conversation opened since
    $('canned-title').textContent = `Réponses rapides (${languageName(shownIn).toLowerCase()})`;
    $('canned-list').replaceChildren(...replies.map((reply) => this.#cannedItem(reply)));
    this.#enableForOwner();
  }

  async #cannedIn(language) {
    if (!this.#canned.has(language)) {
      try {
        const replies = await api('GET', `/api/helpdesk/canned-replies?language=${encodeURIComponent(language)}`);
        this.#canned.set(language, replies.sort((a, b) => a.position - b.position));
      } catch {
        return [];
      }
    }
    return this.#canned.get(language);
  }

  #cannedItem(reply) {
    const attrs = { lang: reply.language, dir: 'auto' };
    return el(
      'li',
      { className: 'canned-item' },
      el(
        'button',
        {
          className: 'canned-insert',
          attrs: { type: 'button', 'data-owner-only': true },
          on: { click: () => this.#insert(reply.text) },
        },
        el('span', { className: 'canned-title', text: reply.title, attrs }),
        el('span', { className: 'canned-text', text: reply.text, attrs }),
      ),
      el(
        'button',
        {
          className: 'button button--small button--secondary canned-send',
          attrs: { type: 'button', 'data-owner-only': true },
          on: { click: () => this.#send(reply.text) },
        },
        'Envoyer',
        el('span', { className: 'visually-hidden', text: ` : ${reply.title}`, attrs }),
      ),
    );
  }

  #insert(text) {
    const reply = $('reply');
    reply.value = reply.value.trim() ? `${reply.value.trimEnd()} ${text}` : text;
    reply.focus();
    reply.setSelectionRange(reply.value.length, reply.value.length);
  }

  /** What the worker can do depends on whether the conversation is still theirs. */
  #showState(context) {
    const mine = this.isMine;
    let state = '';
    if (context.status === 'CLOSED') {
      state = 'Conversation terminée : la personne a quitté la borne, ou la conversation a été close.';
    } else if (context.status === 'WAITING') {
      state = "Cette conversation attend dans la file : prenez-la pour répondre.";
    } else if (!mine) {
      state = `Cette conversation est avec ${context.workerName ?? 'un autre membre de l’équipe'}.`;
    }
    $('conversation-state').textContent = state;
    $('conversation-actions').hidden = !mine;
    $('conversation-other').hidden = mine;
    $('claim-again').hidden = context.status !== 'WAITING';
    $('note-form').hidden = context.status === 'CLOSED';
    this.#enableForOwner();
  }

  #enableForOwner() {
    const mine = this.isMine;
    $('reply').disabled = !mine;
    $('send').disabled = !mine;
    for (const button of document.querySelectorAll('[data-owner-only]')) button.disabled = !mine;
  }

  async #sendReply() {
    const text = $('reply').value.trim();
    if (!text) return;
    if (await this.#send(text)) $('reply').value = '';
    $('reply').focus();
  }

  async #send(text) {
    const id = this.id;
    $('send').disabled = true;
    try {
      const message = await api('POST', `/api/helpdesk/conversations/${id}/messages`, { text });
      this.received(id, message);
      return true;
    } catch (error) {
      notify(describe(error));
      if (error.status === 409 || error.status === 404) this.refresh();
      return false;
    } finally {
      this.#enableForOwner();
    }
  }

  async #addNote() {
    const text = $('note').value.trim();
    if (!text) return;
    try {
      this.show(await api('POST', `/api/helpdesk/conversations/${this.id}/notes`, { text }));
      $('note').value = '';
    } catch (error) {
      notify(describe(error));
    }
  }

  async #release() {
    try {
      await api('POST', `/api/helpdesk/conversations/${this.id}/release`);
      notify('Conversation remise dans la file, à sa place.', { kind: 'ok' });
      this.clear();
    } catch (error) {
      notify(describe(error));
      this.refresh();
    }
  }

  #transfer() {
    const id = this.id;
    this.transferDialog
      .open(async ({ to }) => {
        await api('POST', `/api/helpdesk/conversations/${id}/transfer`, { to });
        notify('Conversation transférée.', { kind: 'ok' });
        this.clear();
      })
      .catch((error) => notify(describe(error)));
  }

  #close() {
    const id = this.id;
    const visitorMessages = this.#detail.messages.filter((m) => m.author === 'VISITOR');
    this.closeDialog.open(visitorMessages, async ({ outcome, labels }) => {
      await api('POST', `/api/helpdesk/conversations/${id}/close`, { outcome, labels });
      const taught = labels.length ? ` ${labels.length} correction(s) envoyée(s) au robot.` : '';
      notify(`Conversation close.${taught}`, { kind: 'ok' });
      this.clear();
    });
  }
}

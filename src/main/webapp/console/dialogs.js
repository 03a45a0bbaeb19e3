// The two questions asked before letting a conversation go: how it ended (with what the robot
// should have understood), and to whom it is handed.
import { api, describe } from '../staff/common.js';
import { el } from '../staff/format.js';
import { understanding } from './history.js';

const $ = (id) => document.getElementById(id);

/** A modal dialog whose form calls submit(values); an error stays in the dialog. */
class FormDialog {
  constructor(dialogId, formId, errorId) {
    this.dialog = $(dialogId);
    this.form = $(formId);
    this.error = $(errorId);
    this.form.addEventListener('submit', (event) => this.#submitted(event));
    this.dialog.querySelector('[data-cancel]').addEventListener('click', () => this.dialog.close());
  }

  show() {
    this.error.textContent = '';
    this.dialog.showModal();
  }

  async #submitted(event) {
    event.preventDefault();
    this.error.textContent = '';
    const values = this.values();
    if (values.problem) {
      this.error.textContent = values.problem;
      values.focus?.focus();
      return;
    }
    const button = this.form.querySelector('[type=submit]');
    button.disabled = true;
    try {
      await this.submit(values);
      this.dialog.close();
    } catch (error) {
      this.error.textContent = describe(error);
    } finally {
      button.disabled = false;
    }
  }
}

export class CloseDialog extends FormDialog {
  /** intents: [{id, label}] in French; intentLabels: Map id -> label. */
  constructor({ intents, intentLabels }) {
    super('close-dialog', 'close-form', 'close-error');
    this.intents = [...intents].sort((a, b) => a.label.localeCompare(b.label, 'fr'));
    this.intentLabels = intentLabels;
  }

  /** visitorMessages: the person's messages; submit({outcome, labels}) closes on the server. */
  open(visitorMessages, submit) {
    this.submit = submit;
    this.form.reset();
    const list = $('label-list');
    list.replaceChildren(...visitorMessages.map((message) => this.#labelItem(message)));
    if (visitorMessages.length === 0) {
      list.append(el('li', { className: 'hint', text: "La personne n'a rien écrit." }));
    }
    this.show();
  }

  values() {
    const outcome = this.form.elements.outcome.value;
    if (!outcome) {
      return {
        problem: "Choisissez comment la conversation s'est terminée.",
        focus: this.form.querySelector('[name=outcome]'),
      };
    }
    const labels = [...this.form.querySelectorAll('select[data-message-id]')]
      .filter((select) => select.value)
      .map((select) => ({ messageId: Number(select.dataset.messageId), intent: select.value }));
    return { outcome, labels };
  }

  #labelItem(message) {
    const id = `label-${message.id}`;
    const select = el(
      'select',
      { attrs: { id, 'data-message-id': message.id } },
      el('option', { text: '— rien à corriger —', attrs: { value: '' } }),
      el('option', { text: 'Hors sujet (aucun thème ne convient)', attrs: { value: 'oos' } }),
      ...this.intents.map((intent) => el('option', { text: intent.label, attrs: { value: intent.id } })),
    );
    return el(
      'li',
      { className: 'label-item' },
      el('q', { className: 'label-text', text: message.text, attrs: { lang: message.language, dir: 'auto' } }),
      understanding(message, this.intentLabels),
      el('label', { text: "Le robot s'est trompé : c'était…", attrs: { for: id } }),
      select,
    );
  }
}

export class TransferDialog extends FormDialog {
  constructor({ me }) {
    super('transfer-dialog', 'transfer-form', 'transfer-error');
    this.me = me;
  }

  /** submit({to}) transfers on the server. */
  async open(submit) {
    this.submit = submit;
    const select = $('transfer-to');
    const workers = (await api('GET', '/api/helpdesk/workers')).filter(
      (worker) => worker.login !== this.me.login,
    );
    const byName = (a, b) => a.displayName.localeCompare(b.displayName, 'fr');
    const online = workers.filter((w) => w.online).sort(byName);
    const offline = workers.filter((w) => !w.online).sort(byName);
    const option = (worker, state) =>
      el('option', { text: `${worker.displayName} (${state})`, attrs: { value: worker.login } });
    select.replaceChildren(
      online.length
        ? el('optgroup', { attrs: { label: 'Console ouverte' } }, ...online.map((w) => option(w, 'en ligne')))
        : null,
      offline.length
        ? el('optgroup', { attrs: { label: 'Hors ligne' } }, ...offline.map((w) => option(w, 'hors ligne')))
        : null,
    );
    select.disabled = workers.length === 0;
    this.show();
    if (workers.length === 0) this.error.textContent = "Il n'y a pas d'autre compte actif.";
  }

  values() {
    const to = $('transfer-to').value;
    return to ? { to } : { problem: 'Choisissez à qui transférer.', focus: $('transfer-to') };
  }
}

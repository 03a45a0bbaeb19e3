// An intent's settings: its button label per language, section, when the bot hands over to a
// person, the emergency number it shows, and the related intents offered as buttons.
import { api, notify } from '../staff/common.js';
import { el, knownLanguages, languageName } from '../staff/format.js';
import { describeAdmin, directionOf, showFormError } from './page.js';

const $ = (id) => document.getElementById(id);

// The server's field at fault -> the input to mark.
const INPUTS = {
  labels: 'label-fr',
  handover: 'intent-handover',
  escalateOn: 'intent-escalate-on',
  emergencyNumber: 'intent-emergency',
  quickReplies: 'quick-reply-0',
};

export class IntentForm {
  constructor({ intents, onSaved }) {
    this.intents = intents; // () => every intent, for the quick-reply choices
    this.onSaved = onSaved;
    this.intent = null;
    $('intent-form').addEventListener('submit', (event) => this.save(event));
    $('intent-handover').addEventListener('change', () => this.showConditionFields());
  }

  show(intent) {
    this.intent = intent;
    $('label-fields').replaceChildren(...knownLanguages().map((code) => labelField(code, intent)));
    $('intent-section').value = intent.section;
    $('intent-handover').value = intent.handover;
    $('intent-condition').value = intent.escalateCondition ?? '';
    $('intent-escalate-on').value = intent.escalatesOnYes ? 'yes' : 'no';
    $('intent-emergency').value = intent.emergencyNumber ?? '';
    $('quick-reply-fields').replaceChildren(
      ...[0, 1, 2].map((n) => this.quickReplyField(n, intent.quickReplies[n])),
    );
    $('intent-retire').textContent = intent.retired
      ? 'Remettre ce sujet en service'
      : 'Retirer ce sujet';
    showFormError($('intent-error'), null);
    this.showConditionFields();
  }

  quickReplyField(n, chosen) {
    const options = this.intents()
      .filter((i) => i.id !== this.intent.id && !i.retired)
      .map((i) =>
        el('option', {
          text: `${i.texts.fr?.label ?? i.id} (${i.id})`,
          attrs: { value: i.id, selected: i.id === chosen },
        }),
      );
    return el(
      'div',
      { className: 'field' },
      el('label', { text: `Bouton ${n + 1}`, attrs: { for: `quick-reply-${n}` } }),
      el(
        'select',
        { attrs: { id: `quick-reply-${n}` } },
        el('option', { text: '(aucun)', attrs: { value: '' } }),
        ...options,
      ),
    );
  }

  showConditionFields() {
    $('condition-fields').hidden = $('intent-handover').value !== 'CONDITIONAL';
  }

  /** Only what the form can say is sent: labels left empty or unchanged stay as they are. */
  change() {
    const labels = {};
    for (const code of knownLanguages()) {
      const value = $(`label-${code}`).value.trim();
      if (value && value !== (this.intent.texts[code]?.label ?? '')) labels[code] = value;
    }
    const handover = $('intent-handover').value;
    const change = {
      section: $('intent-section').value.trim() || null,
      handover,
      emergencyNumber: $('intent-emergency').value.trim(),
      quickReplies: [...new Set([0, 1, 2].map((n) => $(`quick-reply-${n}`).value).filter(Boolean))],
      labels,
    };
    if (handover === 'CONDITIONAL') {
      change.escalateCondition = $('intent-condition').value.trim();
      change.escalateOn = $('intent-escalate-on').value;
    }
    return change;
  }

  async save(event) {
    event.preventDefault();
    try {
      const saved = await api('PUT', `/api/admin/intents/${this.intent.id}`, this.change());
      notify('Sujet enregistré.', { kind: 'ok' });
      this.onSaved(saved);
    } catch (error) {
      // The form keeps every value typed: the admin corrects the one named and saves again.
      const input = INPUTS[error.field];
      showFormError($('intent-error'), describeAdmin(error), input && $(input));
    }
  }
}

function labelField(code, intent) {
  return el(
    'div',
    { className: 'field' },
    el('label', { text: languageName(code), attrs: { for: `label-${code}` } }),
    el('input', {
      attrs: {
        id: `label-${code}`,
        lang: code,
        dir: directionOf(code),
        maxlength: 80,
        value: intent.texts[code]?.label ?? '',
      },
    }),
  );
}

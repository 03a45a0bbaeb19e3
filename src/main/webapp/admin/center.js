// The center's own details, the values of the answers' {{PLACEHOLDERS}}. Each one says which
// answers use it, and an answer using it is shown as the visitor would read it with the values
// being typed, before they are saved.
import { api, notify } from '../staff/common.js';
import { el } from '../staff/format.js';
import { debounce, describeAdmin, showFormError } from './page.js';
import { renderedLines, warningList } from './warnings.js';

const NAME = /^[A-Z0-9_]{2,64}$/;

export class CenterEditor {
  constructor({ intents }) {
    this.intents = intents; // () => the intents, to find where a detail is used
    this.root = document.getElementById('center-editor');
    this.values = {};
    this.previewCalls = 0;
    this.schedulePreview = debounce(() => this.preview());
  }

  async open() {
    this.root.replaceChildren(el('p', { className: 'hint', text: 'Chargement…' }));
    try {
      this.values = await api('GET', '/api/admin/center');
    } catch (error) {
      this.root.replaceChildren(el('p', { className: 'form-error', text: describeAdmin(error) }));
      return;
    }
    this.render();
  }

  close() {
    this.root.replaceChildren();
    this.values = {};
  }

  isDirty() {
    return Object.keys(this.changes()).length > 0;
  }

  /** The details edited and not saved yet, by name. */
  changes() {
    const changed = {};
    for (const input of this.root.querySelectorAll('textarea[data-name]')) {
      if (input.value !== (this.values[input.dataset.name] ?? null)) {
        changed[input.dataset.name] = input.value;
      }
    }
    return changed;
  }

  usedBy(name) {
    return this.intents().filter((i) => i.texts.fr?.answer?.includes(`{{${name}}}`));
  }

  render() {
    this.error = el('p', { className: 'form-error', attrs: { role: 'alert' } });
    this.state = el('span', { className: 'hint', attrs: { role: 'status' } });
    this.fields = el(
      'div',
      { className: 'center-fields' },
      ...Object.keys(this.values).map((n) => this.field(n)),
    );
    this.previewIntent = el(
      'select',
      {
        attrs: { id: 'center-preview-intent' },
        on: { change: () => this.preview() },
      },
      ...this.intents()
        .filter((i) => i.texts.fr?.answer?.includes('{{'))
        .map((i) => el('option', { text: i.texts.fr.label ?? i.id, attrs: { value: i.id } })),
    );
    this.previewArea = el('div', { attrs: { id: 'center-preview', 'aria-live': 'polite' } });
    const form = el(
      'form',
      {
        className: 'card',
        attrs: { id: 'center-form', novalidate: true },
        on: { submit: (e) => this.save(e) },
      },
      el('p', {
        className: 'hint',
        text: 'Ces informations remplacent les {{…}} dans les réponses, dans toutes les langues. Écrivez des heures, des jours et des lieux plutôt que des phrases. Une information laissée vide fait disparaître sa ligne de la réponse.',
      }),
      el(
        'div',
        { className: 'center-columns' },
        this.fields,
        el(
          'div',
          { className: 'center-preview' },
          el('label', { text: 'Aperçu de la réponse', attrs: { for: 'center-preview-intent' } }),
          this.previewIntent,
          this.previewArea,
        ),
      ),
      this.addDetailForm(),
      this.error,
      el(
        'p',
        { className: 'form-actions' },
        el('button', {
          className: 'button',
          text: 'Enregistrer les informations',
          attrs: { type: 'submit', id: 'center-save' },
        }),
        this.state,
      ),
    );
    this.root.replaceChildren(form);
    this.preview();
  }

  field(name) {
    const users = this.usedBy(name);
    const hintId = `center-hint-${name}`;
    return el(
      'div',
      { className: 'field' },
      el('label', { text: name, attrs: { for: `center-${name}` } }),
      el('p', {
        className: 'hint',
        attrs: { id: hintId },
        text: users.length
          ? `Utilisée dans : ${users.map((i) => i.texts.fr.label ?? i.id).join(', ')}.`
          : 'Utilisée dans aucune réponse pour le moment.',
      }),
      el('textarea', {
        attrs: {
          id: `center-${name}`,
          'data-name': name,
          rows: 2,
          maxlength: 2000,
          'aria-describedby': hintId,
        },
        text: this.values[name] ?? '',
        on: {
          input: this.schedulePreview,
          focus: () => {
            // Show an answer that uses this detail, so its effect is visible while typing.
            if (users.length && !users.some((i) => i.id === this.previewIntent.value)) {
              this.previewIntent.value = users[0].id;
              this.preview();
            }
          },
        },
      }),
    );
  }

  addDetailForm() {
    const input = el('input', {
      attrs: {
        id: 'center-new-name',
        autocomplete: 'off',
        spellcheck: 'false',
        'aria-describedby': 'center-new-hint',
      },
    });
    const add = () => {
      const name = input.value.trim().toUpperCase();
      if (!NAME.test(name)) {
        showFormError(
          this.error,
          'Nom : 2 à 64 caractères, majuscules sans accent, chiffres et « _ ».',
          input,
        );
        return;
      }
      if (!this.root.querySelector(`[data-name="${name}"]`)) this.fields.append(this.field(name));
      input.value = '';
      showFormError(this.error, null);
      document.getElementById(`center-${name}`).focus();
    };
    return el(
      'div',
      { className: 'field center-new' },
      el('label', { text: 'Nouvelle information', attrs: { for: 'center-new-name' } }),
      el('p', {
        className: 'hint',
        attrs: { id: 'center-new-hint' },
        text: 'Son nom, par exemple BONS_ALIMENTAIRES ; écrivez {{BONS_ALIMENTAIRES}} dans une réponse pour l’utiliser.',
      }),
      el(
        'div',
        { className: 'inline' },
        input,
        el('button', {
          className: 'button button--secondary',
          text: 'Ajouter',
          attrs: { type: 'button' },
          on: { click: add },
        }),
      ),
    );
  }

  async preview() {
    const intent = this.intents().find((i) => i.id === this.previewIntent?.value);
    if (!intent) {
      this.previewArea?.replaceChildren(
        el('p', { className: 'hint', text: 'Aucune réponse à montrer.' }),
      );
      return;
    }
    const call = ++this.previewCalls;
    try {
      const preview = await api('POST', '/api/admin/answers/preview', {
        answer: intent.texts.fr.answer,
        lastVerified: intent.texts.fr.lastVerified ?? null,
        centerDetails: this.changes(),
      });
      if (call === this.previewCalls) {
        this.previewArea.replaceChildren(
          renderedLines(preview.lines),
          warningList(preview.warnings),
        );
      }
    } catch (error) {
      if (call === this.previewCalls) {
        this.previewArea.replaceChildren(
          el('p', { className: 'hint', text: describeAdmin(error) }),
        );
      }
    }
  }

  async save(event) {
    event.preventDefault();
    const changed = this.changes();
    if (Object.keys(changed).length === 0) {
      showFormError(this.error, 'Rien à enregistrer : aucune information n’a changé.');
      return;
    }
    try {
      this.values = await api('PUT', '/api/admin/center', changed);
      showFormError(this.error, null);
      this.state.textContent = `${Object.keys(changed).length} information(s) enregistrée(s).`;
      notify('Informations du centre enregistrées : les réponses les utilisent dès maintenant.', {
        kind: 'ok',
      });
    } catch (error) {
      // The field at fault is the detail's name; every value typed stays in place.
      const input = this.root.querySelector(
        `textarea[data-name="${CSS.escape(error.field ?? '')}"]`,
      );
      const message = input
        ? `${error.field} : une valeur de 2 000 caractères au plus.`
        : describeAdmin(error);
      showFormError(this.error, message, input);
    }
  }
}

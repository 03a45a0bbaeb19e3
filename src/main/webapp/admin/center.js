// The center's own details, the values of the answers' {{PLACEHOLDERS}}. Each one says which
// answers use it, and an answer using it is shown as the visitor would read it with the values
// being typed, before they are saved. A detail is written in French and, optionally, in each other
// language whose answers use details (English): answers in that language show that value. The
// preview shows an answer in French or in one of those languages, with the values it will have once
// saved.
import { api, notify } from '../staff/common.js';
import { el, languageName } from '../staff/format.js';
import { debounce, describeAdmin, showFormError } from './page.js';
import { renderedLines, warningList } from './warnings.js';

const NAME = /^[A-Z0-9_]{2,64}$/;

/**
 * Whether a typed value is the saved one, as the server compares them: stripped. Both sides are
 * trimmed, because JavaScript's trim also takes the no-break spaces Java's strip keeps.
 */
function sameValue(typed, saved) {
  return typed.trim() === (saved ?? '').trim();
}

export class CenterEditor {
  constructor({ intents }) {
    this.intents = intents; // () => the intents, to find where a detail is used
    this.root = document.getElementById('center-editor');
    this.values = {};
    this.translations = {}; // language -> name -> value
    this.previewCalls = 0;
    this.schedulePreview = debounce(() => this.preview());
  }

  async open() {
    this.root.replaceChildren(el('p', { className: 'hint', text: 'Chargement…' }));
    try {
      [this.values, this.translations] = await Promise.all([
        api('GET', '/api/admin/center'),
        api('GET', '/api/admin/center/translations'),
      ]);
    } catch (error) {
      this.root.replaceChildren(el('p', { className: 'form-error', text: describeAdmin(error) }));
      return;
    }
    this.render();
  }

  close() {
    this.root.replaceChildren();
    this.values = {};
    this.translations = {};
  }

  isDirty() {
    return (
      Object.keys(this.changes()).length > 0 ||
      this.languages().some((l) => Object.keys(this.translationChanges(l)).length > 0)
    );
  }

  /**
   * The French values edited and not saved yet, by name: spaces added around a value change
   * nothing. A detail just added counts, even empty.
   */
  changes() {
    const changed = {};
    for (const input of this.root.querySelectorAll('textarea[data-name]:not([data-language])')) {
      const saved = this.values[input.dataset.name];
      if (saved === undefined || !sameValue(input.value, saved)) {
        changed[input.dataset.name] = input.value;
      }
    }
    return changed;
  }

  /** The values in this language edited and not saved yet, by name ('' removes one). */
  translationChanges(language) {
    const saved = this.translations[language] ?? {};
    const changed = {};
    for (const input of this.root.querySelectorAll(`textarea[data-language="${language}"]`)) {
      if (!sameValue(input.value, saved[input.dataset.name])) {
        changed[input.dataset.name] = input.value;
      }
    }
    return changed;
  }

  /**
   * The languages other than French whose answers use details (English), and any that already has
   * a translation: a field per detail for each. (The safety answers written in six languages use
   * no detail: no field for those languages.)
   */
  languages() {
    const written = new Set(Object.keys(this.translations));
    for (const intent of this.intents()) {
      for (const [code, text] of Object.entries(intent.texts ?? {})) {
        if (text?.answer?.includes('{{')) written.add(code);
      }
    }
    written.delete('fr');
    return [...written].sort();
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
    this.previewLanguage = el(
      'select',
      {
        attrs: { id: 'center-preview-language' },
        on: { change: () => this.preview() },
      },
      ...['fr', ...this.languages()].map((code) =>
        el('option', { text: languageName(code), attrs: { value: code } }),
      ),
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
        text: 'Ces informations remplacent les {{…}} dans les réponses. La valeur en français sert dans toutes les langues, sauf dans une langue où vous l’écrivez aussi. Si vous changez la valeur en français, ses traductions sont retirées : écrivez-les à nouveau. Écrivez des heures, des jours et des lieux plutôt que des phrases. Une information laissée vide en français fait disparaître sa ligne de la réponse.',
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
          el('label', { text: 'Langue de l’aperçu', attrs: { for: 'center-preview-language' } }),
          this.previewLanguage,
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
          focus: () => this.showUse(users, 'fr'),
        },
      }),
      ...this.languages().map((language) => this.translationField(name, language, users)),
    );
  }

  /** While a value is typed, the preview shows an answer that uses it, in that value's language. */
  showUse(users, language) {
    let changed = false;
    if (users.length && !users.some((i) => i.id === this.previewIntent.value)) {
      this.previewIntent.value = users[0].id;
      changed = true;
    }
    if (this.previewLanguage.value !== language) {
      this.previewLanguage.value = language;
      changed = true;
    }
    if (changed) this.preview();
  }

  translationField(name, language, users) {
    const id = `center-${name}-${language}`;
    return el(
      'div',
      { className: 'field field--translation' },
      el('label', {
        text: `${name} en ${languageName(language).toLowerCase()} (facultatif)`,
        attrs: { for: id },
      }),
      el('textarea', {
        attrs: {
          id,
          'data-name': name,
          'data-language': language,
          lang: language,
          dir: 'auto',
          rows: 1,
          maxlength: 2000,
        },
        text: this.translations[language]?.[name] ?? '',
        on: { input: this.schedulePreview, focus: () => this.showUse(users, language) },
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
    // A language without its own answer gets the French one, with the French values (as the kiosk).
    const wanted = this.previewLanguage?.value ?? 'fr';
    const language = intent.texts[wanted]?.answer ? wanted : 'fr';
    const text = intent.texts[language];
    const call = ++this.previewCalls;
    try {
      const preview = await api('POST', '/api/admin/answers/preview', {
        answer: text.answer,
        language,
        lastVerified: text.lastVerified ?? null,
        centerDetails: language === 'fr' ? this.changes() : this.valuesOnceSaved(language),
      });
      if (call === this.previewCalls) {
        this.previewArea.replaceChildren(
          ...(language === wanted
            ? []
            : [
                el('p', {
                  className: 'hint',
                  text: `Pas de réponse écrite en ${languageName(wanted).toLowerCase()} : le visiteur lit celle en français.`,
                }),
              ]),
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

  /**
   * Every detail's value in this language as it will be once saved: the value typed in its field,
   * unless the French value changed and that field did not (saving drops it, see save()); otherwise
   * the French value being typed.
   */
  valuesOnceSaved(language) {
    const saved = this.translations[language] ?? {};
    const values = {};
    for (const french of this.root.querySelectorAll('textarea[data-name]:not([data-language])')) {
      const name = french.dataset.name;
      const field = this.root.querySelector(
        `textarea[data-name="${name}"][data-language="${language}"]`,
      );
      const typed = field ? field.value.trim() : '';
      const frenchChanged = !sameValue(french.value, this.values[name]);
      const kept = typed !== '' && !(frenchChanged && sameValue(typed, saved[name]));
      values[name] = kept ? typed : french.value;
    }
    return values;
  }

  async save(event) {
    event.preventDefault();
    const changed = this.changes();
    const translated = Object.fromEntries(
      this.languages()
        .map((language) => [language, this.translationChanges(language)])
        .filter(([, values]) => Object.keys(values).length > 0),
    );
    const count =
      Object.keys(changed).length +
      Object.values(translated).reduce((n, values) => n + Object.keys(values).length, 0);
    if (count === 0) {
      showFormError(this.error, 'Rien à enregistrer : aucune information n’a changé.');
      return;
    }
    const before = this.translations;
    try {
      // French first: a changed French value drops its translations, then the new ones are saved.
      if (Object.keys(changed).length > 0) {
        this.values = await api('PUT', '/api/admin/center', changed);
      }
      for (const [language, values] of Object.entries(translated)) {
        await api('PUT', `/api/admin/center/translations/${encodeURIComponent(language)}`, values);
      }
      this.translations = await api('GET', '/api/admin/center/translations');
      const dropped = Object.keys(changed).filter((name) =>
        Object.keys(before).some(
          (language) => before[language]?.[name] && !this.translations[language]?.[name],
        ),
      );
      this.render();
      this.state.textContent =
        `${count} information(s) enregistrée(s).` +
        (dropped.length
          ? ` Traductions retirées (valeur en français changée) : ${dropped.join(', ')}.`
          : '');
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

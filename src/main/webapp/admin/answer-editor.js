// The answer of one intent in one language: text, sources, date of the last check. While the admin
// types, the server renders it with the center's details and says what is hard to read; nothing
// is saved until "Enregistrer", and a refused save leaves the text exactly as typed.
import { api, notify } from '../staff/common.js';
import { clockTime, el, knownLanguages, languageName } from '../staff/format.js';
import { debounce, describeAdmin, directionOf, showFormError } from './page.js';
import { isStale, renderedLines, warningList } from './warnings.js';

const $ = (id) => document.getElementById(id);
const today = () => new Date().toLocaleDateString('sv-SE'); // yyyy-mm-dd, the local date

export class AnswerEditor {
  constructor({ onSaved }) {
    this.onSaved = onSaved;
    this.intent = null;
    this.language = 'fr';
    this.saved = '';
    this.checks = 0; // numbers the preview calls: only the latest answer is shown
    const check = debounce(() => this.check());
    $('answer-text').addEventListener('input', check);
    $('answer-verified').addEventListener('input', check);
    $('verified-today').addEventListener('click', () => {
      $('answer-verified').value = today();
      this.check();
    });
    $('answer-language').addEventListener('change', (event) => this.switchLanguage(event));
    $('answer-form').addEventListener('submit', (event) => this.save(event));
  }

  /** Shows an intent's answer in French (or the language asked), dropping any draft. */
  open(intent, language = 'fr') {
    this.intent = intent;
    this.language = language;
    this.fill();
  }

  /** The intent changed on the server (its flags, another language): keep the draft. */
  update(intent) {
    this.intent = intent;
    this.renderLanguages();
    if (!this.isDirty()) this.fill();
  }

  isDirty() {
    return this.intent !== null && this.snapshot() !== this.saved;
  }

  fill() {
    const wording = this.intent.texts[this.language] ?? {};
    this.renderLanguages();
    $('answer-text').value = wording.answer ?? '';
    $('answer-text').lang = this.language;
    $('answer-text').dir = directionOf(this.language);
    $('answer-sources').value = (wording.sources ?? []).join('\n');
    $('answer-verified').value = wording.lastVerified ?? '';
    $('answer-state').textContent = wording.answer
      ? ''
      : 'Pas encore de réponse dans cette langue.';
    showFormError($('answer-error'), null);
    this.saved = this.snapshot();
    this.check();
  }

  renderLanguages() {
    $('answer-language').replaceChildren(
      ...knownLanguages().map((code) =>
        el('option', {
          text: languageName(code) + (this.intent.texts[code]?.answer ? '' : ' (pas de réponse)'),
          attrs: { value: code, selected: code === this.language },
        }),
      ),
    );
  }

  switchLanguage(event) {
    const wanted = event.target.value;
    if (this.isDirty() && !window.confirm(unsavedWarning(this.language))) {
      event.target.value = this.language;
      return;
    }
    this.language = wanted;
    this.fill();
  }

  snapshot() {
    return JSON.stringify([
      $('answer-text').value,
      $('answer-sources').value,
      $('answer-verified').value,
    ]);
  }

  async check() {
    const call = ++this.checks;
    try {
      const preview = await api('POST', '/api/admin/answers/preview', {
        answer: $('answer-text').value,
        language: this.language,
        lastVerified: $('answer-verified').value || null,
      });
      if (call === this.checks) this.showCheck(preview.lines, preview.warnings);
    } catch (error) {
      if (call === this.checks) {
        $('answer-warnings').replaceChildren(
          el('p', { className: 'hint', text: describeAdmin(error) }),
        );
      }
    }
  }

  showCheck(lines, warnings) {
    $('answer-warnings').replaceChildren(warningList(warnings));
    $('answer-preview').replaceChildren(renderedLines(lines));
    $('stale-badge').hidden = !isStale(warnings);
  }

  async save(event) {
    event.preventDefault();
    const text = $('answer-text').value;
    if (!text.trim()) {
      showFormError(
        $('answer-error'),
        'Écrivez la réponse avant de l’enregistrer.',
        $('answer-text'),
      );
      return;
    }
    const id = this.intent.id;
    const language = this.language;
    const button = $('answer-save');
    button.disabled = true;
    try {
      const report = await api('PUT', `/api/admin/intents/${id}/answers/${language}`, {
        answer: text,
        sources: $('answer-sources')
          .value.split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
        lastVerified: $('answer-verified').value || null,
      });
      showFormError($('answer-error'), null);
      this.saved = this.snapshot();
      notify(
        `Réponse enregistrée (${languageName(language)}) : le robot l'utilise dès maintenant.`,
        {
          kind: 'ok',
        },
      );
      await this.onSaved(id);
      $('answer-warnings').replaceChildren(warningList(report.warnings));
      $('answer-state').textContent = `Enregistrée à ${clockTime(new Date().toISOString())}.`;
    } catch (error) {
      const field = { answer: 'answer-text', lastVerified: 'answer-verified' }[error.field];
      showFormError($('answer-error'), describeAdmin(error), field && $(field));
    } finally {
      button.disabled = false;
    }
  }
}

export function unsavedWarning(language) {
  return `La réponse en ${languageName(language).toLowerCase()} a des changements non enregistrés. Les abandonner ?`;
}

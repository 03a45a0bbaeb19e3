// The easy-to-read (FALC) warnings of ReadabilityCheck, said in French, and the rendered answer
// as a visitor reads it. Both come from POST /api/admin/answers/preview: one rule, on the server.
import { el } from '../staff/format.js';

const firstNumber = (message) => message.match(/\d+/)?.[0] ?? '?';

const SAY = {
  too_many_lines: (w) => `${firstNumber(w.message)} lignes : gardez de 3 à 5 lignes courtes.`,
  line_too_long: (w) => `Ligne trop longue : ${firstNumber(w.message)} caractères (80 au plus).`,
  sentence_too_long: (w) => `Phrase trop longue : ${firstNumber(w.message)} mots (12 au plus).`,
  two_sentences: () => 'Deux phrases sur une ligne : une seule phrase par ligne.',
  percentage: () => 'Évitez les pourcentages : dites « la moitié », « 1 sur 4 ».',
  unexplained_abbreviation: (w) => {
    const [, abbreviation, explanation] =
      w.message.match(/^(\S+) is not explained \((.*)\)$/) ?? [];
    return abbreviation
      ? `« ${abbreviation} » n'est pas expliqué (par exemple : ${explanation}).`
      : `Sigle non expliqué : ${w.message}`;
  },
  not_verified: () =>
    "Pas vérifiée depuis plus d'un an (ou jamais) : vérifiez les faits et les sources, puis la date.",
};

export function isStale(warnings) {
  return warnings.some((w) => w.code === 'not_verified');
}

/** A list of the warnings (line numbers included), or a line saying there is none. */
export function warningList(warnings) {
  if (warnings.length === 0) {
    return el('p', { className: 'falc-ok', text: 'Facile à lire : aucune remarque.' });
  }
  return el(
    'ul',
    { className: 'falc-warnings' },
    ...warnings.map((w) =>
      el(
        'li',
        { attrs: { 'data-code': w.code } },
        w.line > 0 ? el('strong', { text: `Ligne ${w.line} : ` }) : null,
        (SAY[w.code] ?? (() => w.message))(w),
      ),
    ),
  );
}

/** The rendered lines, one per line as the kiosk shows them. */
export function renderedLines(lines) {
  if (lines.length === 0) {
    return el('p', { className: 'hint', text: '(rien à afficher : la réponse est vide)' });
  }
  return el(
    'div',
    { className: 'preview-bubble' },
    ...lines.map((line) => el('p', { text: line })),
  );
}

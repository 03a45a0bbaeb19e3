// Words and numbers as the staff read them (French), and a small DOM builder that only ever
// inserts text as text: visitors' words reach these pages, so nothing is parsed as HTML.

const LANGUAGES = {
  fr: 'Français',
  en: 'Anglais',
  ar: 'Arabe',
  es: 'Espagnol',
  fa: 'Dari (persan)',
  ps: 'Pachto',
  uk: 'Ukrainien',
};

/** The languages the kiosk offers, as codes. */
export function knownLanguages() {
  return Object.keys(LANGUAGES);
}

export function languageName(code) {
  if (!code) return 'Langue inconnue';
  if (LANGUAGES[code]) return LANGUAGES[code];
  try {
    const name = new Intl.DisplayNames(['fr'], { type: 'language' }).of(code);
    return name ? name.charAt(0).toUpperCase() + name.slice(1) : code;
  } catch {
    return code;
  }
}

// Why the bot handed over, as a worker would say it (HandoverReason on the server).
const REASONS = {
  ASKED_FOR_PERSON: 'A demandé à parler à une personne',
  OUT_OF_SCOPE: "Le robot n'a pas compris la demande",
  SAFETY: 'Danger ou détresse signalé',
  ESCALATED_INTENT: 'Sujet toujours traité par une personne',
  CONDITION: 'Situation particulière signalée',
  REPEATED_MISUNDERSTANDING: "Le robot n'a pas compris deux fois de suite",
};

export function reasonText(reason) {
  return REASONS[reason] ?? 'Raison non précisée';
}

/** "45 s", "3 min 05 s", "12 min", "1 h 04": precise while it matters, calm after. */
export function duration(milliseconds) {
  const seconds = Math.max(0, Math.floor(milliseconds / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')}`;
}

export function clockTime(iso) {
  return iso ? new Date(iso).toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' }) : '';
}

export function dateTime(iso) {
  return iso
    ? new Date(iso).toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' })
    : '';
}

/** "87 %" with the narrow no-break space French typography puts before %. */
export function percent(fraction) {
  return `${Math.round((fraction ?? 0) * 100)}\u202f%`;
}

/**
 * el('p', { className: 'x', text: 'hello', attrs: { lang: 'ar' }, on: { click } }, ...children):
 * text goes through textContent, children may be nodes or strings (strings become text nodes).
 */
export function el(tag, { className, text, attrs = {}, on = {} } = {}, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) node.setAttribute(name, '');
    else if (value != null && value !== false) node.setAttribute(name, String(value));
  }
  for (const [type, listener] of Object.entries(on)) node.addEventListener(type, listener);
  node.append(...children.filter((child) => child != null && child !== false));
  return node;
}

/** Text only a screen reader reads, e.g. which conversation a "Prendre" button takes. */
export function hiddenText(text) {
  return el('span', { className: 'visually-hidden', text });
}

// Interface texts, from src/main/webapp/i18n/<code>.json (same keys in every file).
// All seven files are loaded at start: the picker shows every language's own name, and a
// switch must be instant for someone who cannot read the current one.

export const LANGUAGES = ["fr", "en", "ar", "es", "fa", "ps", "uk"];
export const DEFAULT_LANGUAGE = "fr";
const RIGHT_TO_LEFT = new Set(["ar", "fa", "ps"]);

const bundles = new Map();
let current = DEFAULT_LANGUAGE;

export async function loadAll() {
  await Promise.all(
    LANGUAGES.map(async (code) => {
      try {
        const response = await fetch(new URL(`../i18n/${code}.json`, import.meta.url));
        if (response.ok) bundles.set(code, await response.json());
      } catch {
        // A missing file leaves that language out of the picker; French still works.
      }
    }),
  );
}

export function available() {
  return LANGUAGES.filter((code) => bundles.has(code));
}

export function isLanguage(code) {
  return bundles.has(code);
}

export function language() {
  return current;
}

export function nameOf(code) {
  return bundles.get(code)?.language_name ?? code;
}

/** Text direction of a language, also for message texts whose language differs from the page. */
export function directionOf(code) {
  const declared = bundles.get(code)?.dir;
  if (declared) return declared;
  return RIGHT_TO_LEFT.has(String(code).slice(0, 2)) ? "rtl" : "ltr";
}

/** A text of the current language (French when a file lacks the key), with {name} filled. */
export function t(key, params = {}) {
  const text = bundles.get(current)?.[key] ?? bundles.get(DEFAULT_LANGUAGE)?.[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** Switches the page: lang, dir, title, and every element marked data-i18n. */
export function use(code) {
  if (!bundles.has(code)) return;
  current = code;
  const root = document.documentElement;
  root.lang = code;
  root.dir = directionOf(code);
  document.title = t("app_title");
  apply(document);
}

export function apply(scope) {
  for (const element of scope.querySelectorAll("[data-i18n]")) {
    element.textContent = t(element.dataset.i18n);
  }
  for (const element of scope.querySelectorAll("[data-i18n-placeholder]")) {
    element.placeholder = t(element.dataset.i18nPlaceholder);
  }
}

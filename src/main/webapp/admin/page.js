// What every admin page shares: the signed-in admin and the header, errors that name the field
// at fault in French, and a pause before asking the server while the admin is still typing.
import { ApiError, describe, renderHeader, signedInMember } from '../staff/common.js';

const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'ps']);

/** Writing direction of a language, for inputs holding its text. */
export function directionOf(language) {
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

/** The signed-in admin once the header is drawn, or null when the page cannot go on. */
export async function startAdminPage(current) {
  const member = await signedInMember();
  if (member) renderHeader(member, { current });
  return member;
}

// The admin API names the field at fault; say in French what that field expects.
const FIELD_PROBLEMS = {
  id: 'Identifiant : 2 à 64 caractères, minuscules sans accent, chiffres et « _ » (ex. bons_alimentaires).',
  labels: 'Chaque nom de bouton doit faire de 1 à 80 caractères.',
  answer: 'La réponse doit faire de 1 à 2 000 caractères.',
  lastVerified: 'La date de vérification ne peut pas être dans le futur.',
  language: "Cette langue n'est pas proposée par la borne.",
  handover: 'Choisissez quand le robot passe la main.',
  escalateOn: 'Choisissez « oui » ou « non ».',
  emergencyNumber:
    'Numéro d’urgence : 2 à 6 chiffres (ex. 3114). Un sujet urgent doit en avoir un.',
  quickReplies: 'Un des boutons proposés renvoie à un sujet qui n’existe pas.',
  ids: 'Cochez au moins un exemple.',
  details: 'Modifiez au moins une information avant d’enregistrer.',
};

/** Like describe(), with the admin API's fields explained. */
export function describeAdmin(error) {
  if (error instanceof ApiError && error.status === 400 && FIELD_PROBLEMS[error.field]) {
    return FIELD_PROBLEMS[error.field];
  }
  if (
    error instanceof ApiError &&
    error.status === 409 &&
    /already exists/.test(error.serverMessage)
  ) {
    return 'Ce sujet existe déjà : choisissez un autre identifiant.';
  }
  return describe(error);
}

/** Calls `action` once the admin has stopped typing for `delay` ms. */
export function debounce(action, delay = 350) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => action(...args), delay);
  };
}

/** Shows a form's error message and marks the inputs at fault (none: clears both). */
export function showFormError(errorNode, message, ...inputs) {
  errorNode.textContent = message ?? '';
  for (const input of errorNode.closest('form')?.querySelectorAll('[aria-invalid]') ?? []) {
    input.removeAttribute('aria-invalid');
  }
  for (const input of inputs.filter(Boolean)) input.setAttribute('aria-invalid', 'true');
  inputs.find(Boolean)?.focus();
}

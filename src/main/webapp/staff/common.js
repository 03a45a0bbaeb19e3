// Shared by every staff page: who is signed in, JSON calls that carry the CSRF token, server
// errors in plain French, the header with its navigation and sign-out, and notices.
import { el, hiddenText } from './format.js';

export const SIGN_IN_PAGE = '/staff/sign-in.html';

// The staff pages in the header: workers see the queue, admins everything.
const PAGES = [
  { href: '/console/', label: "File d'attente", role: 'WORKER' },
  { href: '/admin/knowledge.html', label: 'Réponses et centre', role: 'ADMIN' },
  { href: '/admin/training.html', label: 'Exemples à revoir', role: 'ADMIN' },
  { href: '/admin/models.html', label: 'Modèles', role: 'ADMIN' },
  { href: '/admin/audit.html', label: 'Journal', role: 'ADMIN' },
  { href: '/admin/canned-replies.html', label: 'Réponses rapides', role: 'ADMIN' },
  { href: '/admin/staff.html', label: 'Comptes du personnel', role: 'ADMIN' },
];

/** A refused or failed call: `status` 0 means the server could not be reached. */
export class ApiError extends Error {
  constructor(status, serverMessage, field, retryAfter) {
    super(serverMessage || `HTTP ${status}`);
    this.status = status;
    this.serverMessage = serverMessage ?? '';
    this.field = field ?? null;
    this.retryAfter = retryAfter;
  }
}

let member = null; // a promise of GET /api/staff/me
let csrfToken = null;
let clockOffset = 0; // server clock minus ours, so waiting times agree with the server

/** The signed-in member ({login, displayName, roles, mustChangePassword, csrfToken}). */
export function me({ refresh = false } = {}) {
  if (!member || refresh) {
    member = request('GET', '/api/staff/me').then(remember, (error) => {
      member = null;
      throw error;
    });
  }
  return member;
}

/** Keeps what sign-in or /api/staff/me answered (the CSRF token above all). */
export function remember(report) {
  csrfToken = report.csrfToken;
  member = Promise.resolve(report);
  return report;
}

/**
 * For a staff page as it opens: the signed-in member, or null after sending the visitor to the
 * sign-in page (no session, or a one-time password still to change) or saying what failed.
 */
export async function signedInMember() {
  prepareNotices();
  try {
    const report = await me();
    if (!report.mustChangePassword) return report;
    goToSignIn({ change: true });
  } catch (error) {
    if (error.status === 401) goToSignIn();
    else notify(describe(error));
  }
  return null;
}

export function isAdmin(report) {
  return report.roles.includes('ADMIN');
}

/**
 * A call as a page makes it: a lost session leads to the sign-in page, a one-time password to the
 * password form, and a stale CSRF token is fetched again once.
 */
export async function api(method, path, body) {
  try {
    return await request(method, path, body);
  } catch (error) {
    if (error.status === 403 && error.field === 'X-CSRF-Token') {
      await me({ refresh: true });
      return request(method, path, body).catch(followUp);
    }
    return followUp(error);
  }
}

function followUp(error) {
  if (error.status === 401) goToSignIn();
  else if (error.status === 403 && error.field === 'password') goToSignIn({ change: true });
  throw error;
}

/** The raw call: JSON in, JSON out, ApiError on anything but 2xx. */
export async function request(method, path, body) {
  const headers = { Accept: 'application/json' };
  const init = { method, headers, credentials: 'same-origin', cache: 'no-store' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  if (method !== 'GET' && path !== '/api/staff/sign-in') {
    if (!csrfToken) await me().catch(() => null);
    if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  }
  const sent = Date.now();
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, null, null);
  }
  noteServerClock(response, sent);
  if (response.ok) {
    return response.status === 204 ? null : response.json();
  }
  const problem = await response.json().catch(() => ({}));
  const retryAfter = Number(response.headers.get('Retry-After')) || null;
  throw new ApiError(response.status, problem.error, problem.field, retryAfter);
}

function noteServerClock(response, sent) {
  const date = Date.parse(response.headers.get('Date') ?? '');
  if (Number.isNaN(date)) return;
  // The Date header only has whole seconds: ignore differences that small.
  const offset = date + 500 - (sent + Date.now()) / 2;
  clockOffset = Math.abs(offset) > 2000 ? offset : 0;
}

/** Now, by the server's clock: waiting times are computed from the server's timestamps. */
export function serverNow() {
  return Date.now() + clockOffset;
}

export function goToSignIn({ change = false } = {}) {
  const next = encodeURIComponent(location.pathname + location.search);
  location.assign(`${SIGN_IN_PAGE}?next=${next}${change ? '&change=1' : ''}`);
}

/** Where to go after signing in: only a path of this site, never the sign-in page itself. */
export function safeNext(raw, fallback = '/console/') {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) {
    return fallback;
  }
  try {
    const url = new URL(raw, location.origin);
    if (url.origin !== location.origin || url.pathname === SIGN_IN_PAGE) return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}

export async function signOut() {
  try {
    await request('POST', '/api/staff/sign-out');
  } catch {
    // Already signed out (expired session) or offline: the sign-in page is right either way.
  }
  location.assign(SIGN_IN_PAGE);
}

// Server messages are in English for developers; the staff read French.
const KNOWN_ERRORS = [
  [/already taken by (.+)$/, (m) => `Déjà prise par ${m[1]}.`],
  [/is not yours/, () => "Cette conversation n'est pas (ou plus) la vôtre."],
  [/no open conversation/, () => 'Cette conversation est terminée.'],
  [/not waiting for a person/, () => "Cette conversation n'attend plus personne."],
  [/text is empty/, () => 'Le texte est vide.'],
  [/longer than (\d+)/, (m) => `Le texte dépasse ${m[1]} caractères.`],
  [/no active worker/, () => "Cette personne n'a pas de compte actif."],
  [/transfer a conversation to yourself/, () => 'Choisissez une autre personne que vous.'],
  [/unknown intent/, () => 'Sujet inconnu : rechargez la page.'],
  [/not a visitor message/, () => "Ce message n'est pas celui de la personne accueillie."],
  [/login .* already taken/, () => 'Cet identifiant est déjà pris.'],
  [/cannot disable your own/, () => 'Vous ne pouvez pas désactiver votre propre compte.'],
  [/no staff member/, () => "Ce compte n'existe pas."],
  [/at least (\d+) characters/, (m) => `Le mot de passe doit avoir au moins ${m[1]} caractères.`],
  [/too simple/, () => 'Ce mot de passe est trop simple : variez davantage les caractères.'],
  [/different from the current/, () => "Choisissez un mot de passe différent de l'actuel."],
  [/current password is not right/, () => "Le mot de passe actuel n'est pas le bon."],
  [
    /2-64 lower-case/,
    () => "Identifiant : 2 à 64 caractères (minuscules sans accent, chiffres, « . », « _ », « - »).",
  ],
  [/1-64 characters/, () => 'Nom affiché : de 1 à 64 caractères.'],
  [/role is WORKER or ADMIN/, () => 'Choisissez un rôle.'],
  [/outcome/, () => "Choisissez comment la conversation s'est terminée."],
  [/wrong login or password/, () => 'Identifiant ou mot de passe incorrect.'],
];

/** A sentence for the staff about what went wrong. */
export function describe(error) {
  if (!(error instanceof ApiError)) return `Erreur inattendue dans la page : ${error.message}`;
  if (error.status === 0) return 'Le serveur ne répond pas. Vérifiez le réseau et réessayez.';
  for (const [pattern, say] of KNOWN_ERRORS) {
    const match = error.serverMessage.match(pattern);
    if (match) return say(match);
  }
  switch (error.status) {
    case 401:
      return 'Votre session a expiré : reconnectez-vous.';
    case 403:
      return "Cette action n'est pas permise pour votre compte.";
    case 404:
      return "Introuvable : c'est peut-être déjà terminé.";
    case 409:
      return "Impossible : quelqu'un d'autre vient de le faire.";
    case 429:
      return `Trop d'essais. Réessayez dans ${error.retryAfter ?? 30} s.`;
    default:
      return error.status >= 500
        ? 'Le serveur a rencontré une erreur. Réessayez dans un instant.'
        : `Erreur ${error.status} : ${error.serverMessage}`;
  }
}

/**
 * Fills the page's <header data-staff-header> and returns its tools area (for page controls such
 * as the console's sound toggle).
 */
export function renderHeader(report, { current = location.pathname, beforeSignOut } = {}) {
  const header = document.querySelector('[data-staff-header]');
  const links = PAGES.filter((page) => report.roles.includes(page.role)).map((page) =>
    el(
      'li',
      {},
      el('a', {
        text: page.label,
        attrs: { href: page.href, 'aria-current': page.href === current ? 'page' : null },
      }),
    ),
  );
  const tools = el('div', { className: 'staff-tools' });
  const signOutButton = el('button', {
    className: 'button button--header',
    text: 'Se déconnecter',
    attrs: { type: 'button' },
    on: {
      click: () => {
        const warning = beforeSignOut?.();
        if (!warning || window.confirm(warning)) signOut();
      },
    },
  });
  const changePassword = `${SIGN_IN_PAGE}?change=1&next=${encodeURIComponent(current)}`;
  header.replaceChildren(
    el('a', { className: 'staff-brand', text: 'Relais', attrs: { href: '/console/' } }),
    el('nav', { attrs: { 'aria-label': 'Pages du personnel' } }, el('ul', {}, ...links)),
    tools,
    el(
      'div',
      { className: 'staff-who' },
      el('span', { className: 'staff-name' }, hiddenText('Connecté : '), report.displayName),
      el('a', { text: 'Mon mot de passe', attrs: { href: changePassword } }),
      signOutButton,
    ),
  );
  return tools;
}

/** A message at the top of the page; errors stay until closed, the rest fade after 8 s. */
export function notify(message, { kind = 'error' } = {}) {
  const area = noticeArea(kind === 'error' ? 'alert' : 'status');
  const item = el('div', { className: `notice notice--${kind}` }, el('p', { text: message }));
  item.append(
    el('button', {
      className: 'notice-close',
      text: '×',
      attrs: { type: 'button', 'aria-label': 'Fermer ce message' },
      on: { click: () => item.remove() },
    }),
  );
  area.append(item);
  if (kind !== 'error') setTimeout(() => item.remove(), 8000);
  while (area.children.length > 3) area.firstElementChild.remove();
}

/** Live regions must exist before their text changes for screen readers to announce it. */
export function noticeArea(role) {
  let area = document.getElementById(`staff-notices-${role}`);
  if (!area) {
    let stack = document.querySelector('.staff-notices');
    if (!stack) {
      // Inside <main> so that the notices belong to a landmark; CSS pins them to the top.
      stack = el('div', { className: 'staff-notices' });
      (document.querySelector('main') ?? document.body).prepend(stack);
    }
    area = el('div', { attrs: { id: `staff-notices-${role}`, role } });
    stack.append(area);
  }
  return area;
}

export function prepareNotices() {
  noticeArea('alert');
  noticeArea('status');
}

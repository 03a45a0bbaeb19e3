// Admins manage staff accounts: create one (its one-time password is shown once), disable or
// enable it, give it a new one-time password, change its role. Each change is in the audit log.
import { api, describe, notify, renderHeader, signedInMember } from '../staff/common.js';
import { dateTime, el, hiddenText } from '../staff/format.js';

const $ = (id) => document.getElementById(id);
const ROLES = { WORKER: 'Intervenant', ADMIN: 'Administrateur' };
let member;
let loginTouched = false; // once the admin types a login, stop suggesting one from the name

start();

async function start() {
  member = await signedInMember();
  if (!member) return;
  renderHeader(member, { current: '/admin/staff.html' });
  $('create-form').addEventListener('submit', create);
  $('new-name').addEventListener('input', () => {
    if (!loginTouched) $('new-login').value = loginFrom($('new-name').value);
  });
  $('new-login').addEventListener('input', () => {
    loginTouched = $('new-login').value !== '';
  });
  $('copy').addEventListener('click', copyOneTime);
  $('one-time-done').addEventListener('click', hideOneTime);
  await load();
}

async function load() {
  try {
    const staff = await api('GET', '/api/admin/staff');
    staff.sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr'));
    $('staff-rows').replaceChildren(...staff.map(row));
  } catch (error) {
    notify(describe(error));
  }
}

function row(account) {
  const self = account.login === member.login;
  const name = account.displayName;
  const state = el(
    'td',
    {},
    el('span', {
      className: `tag ${account.active ? 'tag--ok' : 'tag--muted'}`,
      text: account.active ? 'Actif' : 'Désactivé',
    }),
  );
  if (account.mustChangePassword) {
    state.append(' ', el('span', { className: 'state-note', text: 'mot de passe provisoire' }));
  }
  const actions = el('div', { className: 'row-actions' });
  if (!self) {
    actions.append(
      el(
        'button',
        {
          className: `button button--small ${account.active ? 'button--danger' : 'button--secondary'}`,
          attrs: { type: 'button' },
          on: { click: () => setActive(account, !account.active) },
        },
        account.active ? 'Désactiver' : 'Réactiver',
        hiddenText(` ${name}`),
      ),
    );
  }
  if (!self) {
    const other = account.role === 'ADMIN' ? 'WORKER' : 'ADMIN';
    actions.append(
      el(
        'button',
        {
          className: 'button button--small button--secondary',
          attrs: { type: 'button' },
          on: { click: () => changeRole(account, other) },
        },
        other === 'ADMIN' ? 'Rendre administrateur' : 'Rendre intervenant',
        hiddenText(` : ${name}`),
      ),
    );
  }
  actions.append(
    el(
      'button',
      {
        className: 'button button--small button--secondary',
        attrs: { type: 'button' },
        on: { click: () => resetPassword(account) },
      },
      'Nouveau mot de passe',
      hiddenText(` pour ${name}`),
    ),
  );
  return el(
    'tr',
    { attrs: { 'data-login': account.login } },
    el('td', { text: self ? `${name} (vous)` : name }),
    el('td', {}, el('code', { text: account.login })),
    el('td', { text: ROLES[account.role] ?? account.role }),
    state,
    el('td', { text: account.lastSignInAt ? dateTime(account.lastSignInAt) : 'jamais' }),
    el('td', {}, actions),
  );
}

async function create(event) {
  event.preventDefault();
  const error = $('create-error');
  error.textContent = '';
  for (const id of ['new-name', 'new-login']) $(id).removeAttribute('aria-invalid');
  const displayName = $('new-name').value.trim();
  const login = $('new-login').value.trim();
  const role = $('create-form').elements.role.value;
  if (!displayName) return refuse('new-name', 'Saisissez le nom affiché.');
  if (!/^[a-z0-9._-]{2,64}$/.test(login)) {
    return refuse(
      'new-login',
      "L'identifiant doit avoir 2 à 64 caractères : minuscules sans accent, chiffres, « . », « _ » ou « - ».",
    );
  }
  try {
    const created = await api('POST', '/api/admin/staff', { login, displayName, role });
    $('create-form').reset();
    loginTouched = false;
    showOneTime(created.login, created.oneTimePassword);
    load();
  } catch (failure) {
    refuse(failure.field === 'displayName' ? 'new-name' : 'new-login', describe(failure));
  }
}

function refuse(field, message) {
  $('create-error').textContent = message;
  $(field).setAttribute('aria-invalid', 'true');
  $(field).focus();
}

async function setActive(account, active) {
  try {
    await api('POST', `/api/admin/staff/${encodeURIComponent(account.login)}/${active ? 'enable' : 'disable'}`);
    notify(`${account.displayName} : compte ${active ? 'réactivé' : 'désactivé'}.`, { kind: 'ok' });
    await load();
    document.querySelector(`tr[data-login="${CSS.escape(account.login)}"] button`)?.focus();
  } catch (error) {
    notify(describe(error));
  }
}

async function changeRole(account, role) {
  const question =
    `${account.displayName} sera ${ROLES[role].toLowerCase()} à sa prochaine connexion. Continuer ?`;
  if (!window.confirm(question)) return;
  try {
    await api('PUT', `/api/admin/staff/${encodeURIComponent(account.login)}/role`, { role });
    notify(`${account.displayName} : ${ROLES[role].toLowerCase()} à sa prochaine connexion.`, { kind: 'ok' });
    await load();
  } catch (error) {
    notify(describe(error));
  }
}

async function resetPassword(account) {
  const question =
    `Donner un nouveau mot de passe provisoire à ${account.displayName} ? ` +
    'Son mot de passe actuel ne marchera plus.';
  if (!window.confirm(question)) return;
  try {
    const reset = await api('POST', `/api/admin/staff/${encodeURIComponent(account.login)}/reset-password`);
    showOneTime(reset.login, reset.oneTimePassword);
    load();
  } catch (error) {
    notify(describe(error));
  }
}

function showOneTime(login, password) {
  $('one-time-who').textContent = login;
  $('one-time-password').textContent = password;
  $('copy-status').textContent = '';
  $('one-time').hidden = false;
  $('one-time-title').focus();
}

function hideOneTime() {
  $('one-time-password').textContent = '';
  $('one-time').hidden = true;
  $('new-name').focus();
}

async function copyOneTime() {
  const password = $('one-time-password').textContent;
  try {
    await navigator.clipboard.writeText(password);
    $('copy-status').textContent = 'Copié.';
  } catch {
    // No clipboard API outside HTTPS (a center's LAN address): select the text instead.
    const range = document.createRange();
    range.selectNodeContents($('one-time-password'));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    const copied = document.execCommand?.('copy');
    $('copy-status').textContent = copied ? 'Copié.' : 'Sélectionné : appuyez sur Ctrl+C pour copier.';
  }
}

/** "Élise Martin" -> "elise.martin": a suggestion the admin can change. */
function loginFrom(name) {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '.')
    .replace(/^[.]+|[.]+$/g, '')
    .slice(0, 64);
}

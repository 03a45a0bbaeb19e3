// The sign-in page: sign in, choose one's own password when the one in hand is a one-time
// password (or when asked to change it), then go back to where the member was heading.
import { describe, remember, request, safeNext, signOut } from './common.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const next = safeNext(params.get('next'));
// The one-time password just typed: asking for it a second time would only confuse.
let typedPassword = null;

start();

async function start() {
  $('sign-in-form').addEventListener('submit', signIn);
  $('change-form').addEventListener('submit', changePassword);
  $('show-password').addEventListener('change', (e) => reveal(e.target.checked, 'password'));
  $('show-new-password').addEventListener('change', (e) =>
    reveal(e.target.checked, 'current-password', 'new-password', 'confirm-password'),
  );
  for (const button of document.querySelectorAll('[data-sign-out]')) {
    button.addEventListener('click', signOut);
  }
  $('continue').href = next;

  let member = null;
  try {
    member = remember(await request('GET', '/api/staff/me'));
  } catch (error) {
    if (error.status !== 401) showError('sign-in-error', describe(error));
  }
  if (!member) {
    show('sign-in');
    $('login').focus();
  } else if (member.mustChangePassword || params.has('change')) {
    showChange(member.mustChangePassword);
  } else {
    $('already-name').textContent = member.displayName;
    show('already');
    $('continue').focus();
  }
}

async function signIn(event) {
  event.preventDefault();
  clearErrors('sign-in-error', 'login', 'password');
  const login = $('login').value.trim();
  const password = $('password').value;
  if (!login || !password) {
    showError('sign-in-error', 'Saisissez votre identifiant et votre mot de passe.');
    const empty = !login ? 'login' : 'password';
    invalid(empty);
    $(empty).focus();
    return;
  }
  const button = $('sign-in-button');
  button.disabled = true;
  try {
    const member = remember(await request('POST', '/api/staff/sign-in', { login, password }));
    if (member.mustChangePassword) {
      typedPassword = password;
      showChange(true);
    } else {
      location.assign(next);
    }
    button.disabled = false;
  } catch (error) {
    if (error.status === 429) {
      waitBeforeRetry(button, error.retryAfter ?? 30);
      return;
    }
    button.disabled = false;
    if (error.status === 401) {
      showError('sign-in-error', 'Identifiant ou mot de passe incorrect.');
      invalid('login', 'password');
      $('password').value = '';
      $('password').focus();
    } else {
      showError('sign-in-error', describe(error));
    }
  }
}

/** Slowed down after repeated failures: say for how long, and count down on the button. */
function waitBeforeRetry(button, seconds) {
  showError('sign-in-error', `Trop d'essais, réessayez dans ${seconds} s.`);
  let left = seconds;
  const label = button.textContent;
  const tick = () => {
    if (left <= 0) {
      clearInterval(timer);
      button.textContent = label;
      button.disabled = false;
      return;
    }
    button.textContent = `${label} (${left} s)`;
    left -= 1;
  };
  const timer = setInterval(tick, 1000);
  tick();
}

function showChange(first) {
  show('change');
  $('change-intro-first').hidden = !first;
  $('change-intro-own').hidden = first;
  const askCurrent = !(first && typedPassword);
  $('current-field').hidden = !askCurrent;
  $('current-password').labels[0].textContent = first
    ? 'Mot de passe provisoire (reçu de l’administrateur)'
    : 'Mot de passe actuel';
  $(askCurrent ? 'current-password' : 'new-password').focus();
}

async function changePassword(event) {
  event.preventDefault();
  clearErrors('change-error', 'current-password', 'new-password', 'confirm-password');
  const current = $('current-field').hidden ? typedPassword : $('current-password').value;
  const chosen = $('new-password').value;
  const problem = passwordProblem(current, chosen, $('confirm-password').value);
  if (problem) {
    refuse(...problem);
    return;
  }
  try {
    await request('PUT', '/api/staff/me/password', { currentPassword: current, newPassword: chosen });
    location.assign(next);
  } catch (error) {
    if (error.status === 401) {
      show('sign-in');
      showError('sign-in-error', 'Votre session a expiré : reconnectez-vous.');
      $('login').focus();
      return;
    }
    const field = error.field === 'currentPassword' ? 'current-password' : 'new-password';
    if (field === 'current-password') $('current-field').hidden = false;
    refuse(field, describe(error));
  }
}

/** What is wrong with the chosen password, as [field, message], before asking the server. */
function passwordProblem(current, chosen, confirmation) {
  if (!current) return ['current-password', 'Saisissez votre mot de passe actuel.'];
  if (chosen.length < 12) {
    return [
      'new-password',
      `Le nouveau mot de passe doit avoir au moins 12 caractères (il en a ${chosen.length}).`,
    ];
  }
  if (chosen !== confirmation) {
    return ['confirm-password', 'Les deux mots de passe ne sont pas identiques.'];
  }
  if (chosen === current) {
    return ['new-password', "Choisissez un mot de passe différent de l'actuel."];
  }
  return null;
}

function refuse(field, message) {
  showError('change-error', message);
  invalid(field);
  $(field).focus();
}

function show(section) {
  for (const id of ['sign-in', 'change', 'already']) $(id).hidden = id !== section;
}

function showError(id, message) {
  $(id).textContent = message;
}

function invalid(...ids) {
  for (const id of ids) $(id).setAttribute('aria-invalid', 'true');
}

function clearErrors(errorId, ...fields) {
  $(errorId).textContent = '';
  for (const id of fields) $(id).removeAttribute('aria-invalid');
}

function reveal(visible, ...ids) {
  for (const id of ids) $(id).type = visible ? 'text' : 'password';
}

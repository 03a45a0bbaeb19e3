// The journal of admin actions (who, what, when), newest first; older ones on demand. Details
// may quote text typed by staff or visitors: shown as text only.
import { api, notify } from '../staff/common.js';
import { dateTime, el } from '../staff/format.js';
import { describeAdmin, startAdminPage } from './page.js';

const $ = (id) => document.getElementById(id);
const PAGE = 50;

const ACTIONS = {
  'intent.create': 'Sujet créé',
  'intent.change': 'Sujet modifié',
  'intent.retire': 'Sujet retiré',
  'intent.restore': 'Sujet remis en service',
  'answer.change': 'Réponse modifiée',
  'center.change': 'Informations du centre modifiées',
  'training.validate': 'Exemples validés',
  'training.reject': 'Exemples rejetés',
  'training.relabel': 'Exemples changés de sujet',
  'training.add': 'Exemple ajouté',
};

let oldest = null; // id of the oldest entry shown: the next page starts before it
let shown = 0;

start();

async function start() {
  if (!(await startAdminPage('/admin/audit.html'))) return;
  $('more').addEventListener('click', loadOlder);
  await loadOlder();
}

async function loadOlder() {
  const query = new URLSearchParams({ limit: PAGE });
  if (oldest !== null) query.set('before', oldest);
  try {
    const entries = await api('GET', `/api/admin/audit?${query}`);
    $('entries').append(...entries.map(row));
    shown += entries.length;
    if (entries.length > 0) oldest = entries.at(-1).id;
    $('more').hidden = entries.length < PAGE;
    $('entries-empty').hidden = shown > 0;
    $('entries-count').textContent = `${shown} action(s) affichée(s).`;
  } catch (error) {
    notify(describeAdmin(error));
  }
}

/** "training.relabel:laverie" reads "Exemples changés de sujet (laverie)". */
function actionName(action) {
  const [name, argument] = action.split(/:(.*)/s);
  const said = ACTIONS[name] ?? name;
  return argument ? `${said} (${argument})` : said;
}

function row(entry) {
  return el(
    'tr',
    { attrs: { 'data-action': entry.action } },
    el('td', {}, el('time', { text: dateTime(entry.at), attrs: { datetime: entry.at } })),
    el('td', { text: entry.actor }),
    el('td', { text: actionName(entry.action) }),
    el('td', {
      className: 'cell-text',
      text: (entry.target ?? '').replace(' example(s)', ' exemple(s)'),
    }),
    el('td', { className: 'cell-text', text: entry.details ?? '' }),
  );
}

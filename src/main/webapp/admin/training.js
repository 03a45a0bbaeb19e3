// The training examples: by status (the inbox first), filtered by intent, language and origin;
// validate, relabel or reject one example or all those ticked. Visitor text is shown as text only.
import { api, notify } from '../staff/common.js';
import { dateTime, el, knownLanguages, languageName } from '../staff/format.js';
import { describeAdmin, startAdminPage } from './page.js';

const $ = (id) => document.getElementById(id);
const PAGE = 50;
const OUT_OF_SCOPE = 'oos';

const STATUSES = [
  ['INBOX', 'À revoir'],
  ['VALIDATED', 'Validés'],
  ['IN_MODEL', 'Dans le modèle'],
  ['REJECTED', 'Rejetés'],
];
const SOURCES = {
  HELPDESK: "Classée par l'équipe",
  UNSURE: 'Robot pas sûr',
  IMPORT: 'Importée',
  CORPUS: "Corpus d'origine",
  ADMIN: 'Ajoutée à la main',
};

let status = 'INBOX';
let examples = [];
let intentLabels = new Map(); // id -> French label

start();

async function start() {
  if (!(await startAdminPage('/admin/training.html'))) return;
  try {
    const intents = await api('GET', '/api/helpdesk/intents?language=fr');
    intentLabels = new Map(intents.map((i) => [i.id, i.label]));
  } catch (error) {
    notify(describeAdmin(error));
  }
  intentLabels.set(OUT_OF_SCOPE, 'Hors sujet (le robot passe la main)');
  fillSelect($('filter-intent'), intentOptions());
  fillSelect(
    $('filter-language'),
    knownLanguages().map((code) => [code, languageName(code)]),
  );
  fillSelect($('filter-source'), Object.entries(SOURCES));
  $('bulk-intent').replaceChildren(...intentOptions().map(([id, label]) => option(id, label)));
  for (const select of ['filter-intent', 'filter-language', 'filter-source']) {
    $(select).addEventListener('change', () => load());
  }
  $('select-all').addEventListener('change', (event) => {
    for (const box of checkboxes()) box.checked = event.target.checked;
    selectionChanged();
  });
  $('bulk-validate').addEventListener('click', () => act('validate', selectedIds()));
  $('bulk-reject').addEventListener('click', () => act('reject', selectedIds()));
  $('bulk-relabel').addEventListener('click', () =>
    act('relabel', selectedIds(), $('bulk-intent').value),
  );
  $('more').addEventListener('click', () => load({ more: true }));
  await load();
}

const option = (value, label) => el('option', { text: label, attrs: { value } });

function fillSelect(select, entries) {
  select.append(...entries.map(([value, label]) => option(value, label)));
}

function intentOptions() {
  return [...intentLabels].sort((a, b) => a[1].localeCompare(b[1], 'fr'));
}

function intentName(id) {
  return intentLabels.get(id) ?? id;
}

async function load({ more = false } = {}) {
  const query = new URLSearchParams({ status, offset: more ? examples.length : 0, limit: PAGE });
  for (const [name, select] of [
    ['intent', 'filter-intent'],
    ['language', 'filter-language'],
    ['source', 'filter-source'],
  ]) {
    if ($(select).value) query.set(name, $(select).value);
  }
  try {
    const page = await api('GET', `/api/admin/training/examples?${query}`);
    examples = more ? [...examples, ...page.examples] : page.examples;
    renderTabs(page.counts);
    renderRows(more);
    $('more').hidden = page.examples.length < PAGE;
  } catch (error) {
    notify(describeAdmin(error));
  }
}

function renderTabs(counts) {
  $('status-tabs').replaceChildren(
    ...STATUSES.map(([code, label]) =>
      el('button', {
        className: 'button button--secondary',
        text: `${label} (${counts[code] ?? 0})`,
        attrs: { type: 'button', 'data-status': code, 'aria-pressed': String(code === status) },
        on: {
          click: () => {
            status = code;
            load();
          },
        },
      }),
    ),
  );
}

function renderRows(keepTicks) {
  const ticked = keepTicks ? new Set(selectedIds()) : new Set();
  $('examples').replaceChildren(...examples.map((example) => row(example, ticked.has(example.id))));
  $('examples-empty').hidden = examples.length > 0;
  $('select-all').checked = false;
  selectionChanged();
}

function row(example, ticked) {
  const textId = `example-text-${example.id}`;
  const relabel = el(
    'select',
    {
      attrs: {
        'aria-label': `Nouveau sujet pour l'exemple ${example.id}`,
        'data-relabel': example.id,
      },
    },
    ...intentOptions().map(([id, label]) =>
      el('option', { text: label, attrs: { value: id, selected: id === example.intent } }),
    ),
  );
  const button = (text, className, onClick) =>
    el(
      'button',
      {
        className: `button button--small ${className}`,
        attrs: { type: 'button', 'aria-describedby': textId },
        on: { click: onClick },
      },
      text,
    );
  return el(
    'tr',
    { attrs: { 'data-example': example.id } },
    el(
      'td',
      {},
      el('input', {
        attrs: { type: 'checkbox', value: example.id, 'aria-labelledby': textId, checked: ticked },
        on: { change: selectionChanged },
      }),
    ),
    // Visitor words: textContent only (el's `text`), never parsed as HTML.
    el('td', {
      className: 'cell-text',
      text: example.text,
      attrs: { id: textId, dir: 'auto', lang: example.language },
    }),
    el(
      'td',
      {},
      el('span', { text: intentName(example.intent) }),
      example.predicted && example.predicted !== example.intent
        ? el('p', {
            className: 'hint',
            text: `Le robot pensait : ${intentName(example.predicted)}`,
          })
        : null,
    ),
    el('td', { text: languageName(example.language) }),
    el('td', { text: SOURCES[example.source] ?? example.source }),
    el('td', { text: dateTime(example.createdAt) }),
    el(
      'td',
      {},
      el(
        'div',
        { className: 'row-actions' },
        example.status !== 'VALIDATED'
          ? button('Valider', '', () => act('validate', [example.id]))
          : null,
        example.status !== 'REJECTED'
          ? button('Rejeter', 'button--danger', () => act('reject', [example.id]))
          : null,
        relabel,
        button('Changer le sujet', 'button--secondary', () =>
          act('relabel', [example.id], relabel.value),
        ),
      ),
    ),
  );
}

function checkboxes() {
  return [...$('examples').querySelectorAll('input[type=checkbox]')];
}

function selectedIds() {
  return checkboxes()
    .filter((box) => box.checked)
    .map((box) => Number(box.value));
}

function selectionChanged() {
  const count = selectedIds().length;
  $('selected-count').textContent =
    `${count} exemple${count > 1 ? 's' : ''} coché${count > 1 ? 's' : ''}`;
  for (const id of ['bulk-validate', 'bulk-reject', 'bulk-relabel']) $(id).disabled = count === 0;
  const all = checkboxes();
  $('select-all').checked = all.length > 0 && count === all.length;
}

const DONE = {
  validate: (n) => `${n} exemple(s) validé(s) : ils serviront au prochain modèle.`,
  reject: (n) => `${n} exemple(s) rejeté(s).`,
  relabel: (n, intent) => `${n} exemple(s) classé(s) dans « ${intentName(intent)} ».`,
};

async function act(action, ids, intent) {
  if (ids.length === 0) {
    notify('Cochez au moins un exemple.');
    return;
  }
  if (action === 'reject' && ids.length > 1 && !window.confirm(`Rejeter ${ids.length} exemples ?`))
    return;
  try {
    const body = action === 'relabel' ? { ids, intent } : { ids };
    const report = await api('POST', `/api/admin/training/examples/${action}`, body);
    notify(DONE[action](report.changed, intent), { kind: 'ok' });
    await load();
    $('examples-title').focus();
  } catch (error) {
    notify(describeAdmin(error));
  }
}

// The knowledge page: the intents by section with a search, an intent's settings and its answers
// per language, new intents, retiring one, and the center's own details.
import { api, notify } from '../staff/common.js';
import { el } from '../staff/format.js';
import { AnswerEditor, unsavedWarning } from './answer-editor.js';
import { CenterEditor } from './center.js';
import { IntentForm } from './intent-form.js';
import { describeAdmin, showFormError, startAdminPage } from './page.js';
import { isStale } from './warnings.js';

const $ = (id) => document.getElementById(id);
const HANDOVER_TAGS = { ALWAYS: 'Passe la main', CONDITIONAL: 'Sous condition', URGENT: 'Urgence' };

let intents = [];
let current = null; // the open intent's id
let answers;
let form;
let center;

start();

async function start() {
  if (!(await startAdminPage('/admin/knowledge.html'))) return;
  answers = new AnswerEditor({ onSaved: refresh });
  form = new IntentForm({
    intents: () => intents,
    onSaved: (saved) => {
      replace(saved);
      showIntent(saved);
    },
  });
  center = new CenterEditor({ intents: () => intents });
  $('search').addEventListener('input', renderList);
  $('new-intent').addEventListener('click', () => openNewIntent());
  $('new-intent-form').addEventListener('submit', createIntent);
  $('new-intent-cancel').addEventListener('click', () => $('new-intent-dialog').close());
  $('open-center').addEventListener('click', () => leaveEditorThen(showCenter));
  $('intent-retire').addEventListener('click', retireOrRestore);
  window.addEventListener('beforeunload', (event) => {
    if (answers.isDirty() || center.isDirty()) event.preventDefault();
  });
  try {
    intents = await api('GET', '/api/admin/intents');
  } catch (error) {
    notify(describeAdmin(error));
    return;
  }
  renderList();
  const params = new URLSearchParams(location.search);
  if (params.has('center')) showCenter();
  else if (intents.some((i) => i.id === params.get('intent'))) openIntent(params.get('intent'));
}

// ---- the list -----------------------------------------------------------------------

const plain = (text) =>
  (text ?? '')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

function matches(intent, query) {
  const fr = intent.texts.fr ?? {};
  return [intent.id, intent.section, fr.label, fr.answer, intent.texts.en?.label].some((text) =>
    plain(text).includes(query),
  );
}

function renderList() {
  const query = plain($('search').value.trim());
  const shown = intents.filter((intent) => matches(intent, query));
  const sections = [...new Set(intents.map((i) => i.section))].sort();
  $('sections').replaceChildren(...sections.map((s) => el('option', { attrs: { value: s } })));
  $('list-count').textContent = query
    ? `${shown.length} sujet(s) sur ${intents.length} correspondent.`
    : `${intents.length} sujets.`;
  $('intent-groups').replaceChildren(
    ...sections
      .map((section) => [section, shown.filter((i) => i.section === section)])
      .filter(([, list]) => list.length > 0)
      .map(([section, list]) =>
        el(
          'section',
          { className: 'intent-group' },
          el('h2', { className: 'intent-group__title', text: section }),
          el('ul', {}, ...list.map(intentItem)),
        ),
      ),
  );
}

function intentItem(intent) {
  return el(
    'li',
    {},
    el(
      'button',
      {
        className: `intent-item${intent.retired ? ' intent-item--retired' : ''}`,
        attrs: {
          type: 'button',
          'data-intent': intent.id,
          'aria-current': intent.id === current ? 'true' : null,
        },
        on: { click: () => leaveEditorThen(() => openIntent(intent.id)) },
      },
      el('span', { className: 'intent-item__label', text: intent.texts.fr?.label ?? intent.id }),
      el('span', { className: 'intent-item__id', text: intent.id }),
      ...tags(intent).map(([text, kind]) => el('span', { className: `tag tag--${kind}`, text })),
    ),
  );
}

function tags(intent) {
  const list = [];
  if (intent.retired) list.push(['Retiré', 'muted']);
  if (HANDOVER_TAGS[intent.handover]) list.push([HANDOVER_TAGS[intent.handover], 'muted']);
  if (Object.values(intent.warnings).some(isStale)) list.push(['À vérifier', 'stale']);
  return list;
}

/** Runs `next` unless a draft would be lost and the admin prefers to keep it. */
function leaveEditorThen(next) {
  const warning = answers.isDirty()
    ? unsavedWarning(answers.language)
    : center.isDirty()
      ? 'Des informations du centre ne sont pas enregistrées. Les abandonner ?'
      : null;
  if (!warning || window.confirm(warning)) next();
}

// ---- one intent -----------------------------------------------------------------------

function showIntent(intent) {
  $('editor-title').textContent = `${intent.texts.fr?.label ?? intent.id} (${intent.id})`;
  $('intent-tags').replaceChildren(
    ...tags(intent).map(([text, kind]) => el('span', { className: `tag tag--${kind}`, text })),
  );
  form.show(intent);
}

function openIntent(id) {
  const intent = intents.find((i) => i.id === id);
  current = id;
  $('center-editor').hidden = true;
  center.close();
  $('intent-editor').hidden = false;
  $('editor-hint').hidden = true;
  history.replaceState(null, '', `?intent=${encodeURIComponent(id)}`);
  showIntent(intent);
  answers.open(intent);
  renderList();
  $('editor-title').focus();
}

async function retireOrRestore() {
  const intent = intents.find((i) => i.id === current);
  if (
    !intent.retired &&
    !window.confirm(
      'Retirer ce sujet ? Le robot ne le proposera plus et ne répondra plus à ce sujet. Vous pourrez le remettre en service.',
    )
  ) {
    return;
  }
  try {
    await api('POST', `/api/admin/intents/${current}/${intent.retired ? 'restore' : 'retire'}`);
    notify(intent.retired ? 'Sujet remis en service.' : 'Sujet retiré.', { kind: 'ok' });
    await refresh(current);
  } catch (error) {
    notify(describeAdmin(error));
  }
}

/** Reloads one intent from the server (after a save), keeping any draft in the editors. */
async function refresh(id) {
  try {
    const intent = await api('GET', `/api/admin/intents/${id}`);
    replace(intent);
    if (id === current) {
      showIntent(intent);
      answers.update(intent);
    }
  } catch (error) {
    notify(describeAdmin(error));
  }
}

function replace(intent) {
  intents = intents.map((i) => (i.id === intent.id ? intent : i));
  renderList();
}

// ---- new intent and the center --------------------------------------------------------

function openNewIntent() {
  $('new-intent-form').reset();
  showFormError($('new-intent-error'), null);
  $('new-intent-dialog').showModal();
  $('new-id').focus();
}

async function createIntent(event) {
  event.preventDefault();
  const id = $('new-id').value.trim();
  const labels = { fr: $('new-label-fr').value.trim() };
  if (!labels.fr) {
    showFormError($('new-intent-error'), 'Donnez un nom de bouton en français.', $('new-label-fr'));
    return;
  }
  if ($('new-label-en').value.trim()) labels.en = $('new-label-en').value.trim();
  try {
    const created = await api('POST', '/api/admin/intents', {
      id,
      section: $('new-section').value.trim() || null,
      labels,
    });
    intents = [...intents, created].sort((a, b) => a.id.localeCompare(b.id));
    $('new-intent-dialog').close();
    notify(`Sujet « ${labels.fr} » créé : écrivez maintenant sa réponse.`, { kind: 'ok' });
    leaveEditorThen(() => openIntent(created.id));
  } catch (error) {
    const field = error.field === 'labels' ? $('new-label-fr') : $('new-id');
    showFormError($('new-intent-error'), describeAdmin(error), field);
  }
}

async function showCenter() {
  current = null;
  history.replaceState(null, '', '?center');
  $('intent-editor').hidden = true;
  $('editor-hint').hidden = true;
  $('center-editor').hidden = false;
  $('editor-title').textContent = 'Informations du centre';
  renderList();
  await center.open();
  $('editor-title').focus();
}

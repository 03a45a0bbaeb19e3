// The models page: import and export examples, build a model in the background, read its
// evaluation next to the model in service, promote it (or say why despite the gate), roll back.
import { api, describe, me, notify, prepareNotices, renderHeader } from '/staff/common.js';
import { dateTime, el, percent } from '/staff/format.js';

const STATUS = {
  BUILDING: 'En construction',
  CANDIDATE: 'Prêt à mettre en service',
  ACTIVE: 'En service',
  ARCHIVED: 'Ancienne version',
  FAILED: 'Échec',
};

const FIGURES = [
  ['inScopeAccuracy', 'Questions connues bien reconnues'],
  ['oosRecall', 'Questions hors sujet reconnues comme telles (rappel hors sujet)'],
  ['oosPrecision', 'Réponses « hors sujet » justifiées (précision hors sujet)'],
  ['macroF1', 'F1 moyen par sujet'],
];

let pendingPromotion = null; // the version the gate refused, waiting for a reason
let polling = null;

async function start() {
  prepareNotices();
  const member = await me();
  renderHeader(member);
  document.getElementById('import-form').addEventListener('submit', importFile);
  document.getElementById('build').addEventListener('click', build);
  document.getElementById('promote-anyway').addEventListener('click', promoteAnyway);
  document.getElementById('promote-cancel').addEventListener('click', hideRefusal);
  document.getElementById('try-form').addEventListener('submit', trySentence);
  await refresh();
}

async function refresh() {
  const [models, examples] = await Promise.all([
    api('GET', '/api/admin/models'),
    api('GET', '/api/admin/training/examples?limit=1'),
  ]);
  showCounts(examples.counts);
  showVersions(models);
  const build = models.build;
  if (build?.running) {
    showProgress(build);
    poll();
  }
  const shown = models.versions.find((v) => v.status === 'CANDIDATE' || v.status === 'ACTIVE');
  if (shown) await showReport(shown.id);
}

function showCounts(counts) {
  const n = (status) => counts[status] ?? 0;
  document.getElementById('data-counts').textContent =
    `${n('IN_MODEL')} dans le modèle, ${n('VALIDATED')} validés pour le prochain, ` +
    `${n('INBOX')} à revoir, ${n('REJECTED')} refusés.`;
}

async function importFile(event) {
  event.preventDefault();
  const file = document.getElementById('import-file').files[0];
  const area = document.getElementById('import-report');
  if (!file) {
    area.replaceChildren(el('p', { className: 'form-error', text: 'Choisissez un fichier.' }));
    return;
  }
  try {
    const report = await api('POST', '/api/admin/training/import', {
      fileName: file.name,
      content: await file.text(),
      language: document.getElementById('import-language').value,
    });
    area.replaceChildren(...importReport(report));
    await refresh();
  } catch (error) {
    area.replaceChildren(
      el('p', { className: 'form-error', text: `Rien n'a été importé : ${error.serverMessage || describe(error)}` }),
    );
  }
}

function importReport(report) {
  const summary = el('p', {
    text:
      `${report.accepted} exemple(s) importé(s) et validé(s)` +
      (report.redacted ? `, dont ${report.redacted} avec des données personnelles masquées` : '') +
      `. ${report.refused.length} refusé(s).`,
  });
  if (report.refused.length === 0) return [summary];
  const rows = report.refused.map((r) =>
    el(
      'tr',
      {},
      el('td', { className: 'number', text: r.line ? String(r.line) : '?' }),
      el('td', { text: r.text }),
      el('td', { text: r.intent }),
      el('td', { text: r.reason }),
    ),
  );
  const refused = table('import-refused', 'Lignes refusées', [['Ligne', 'number'], ['Texte', ''], ['Sujet', ''], ['Raison', '']], rows);
  // Scrollable, so focusable: keyboard users scroll it too.
  const region = { tabindex: '0', role: 'region', 'aria-label': 'Lignes refusées' };
  return [summary, el('div', { className: 'import-refused', attrs: region }, refused)];
}

async function build() {
  try {
    showProgress(await api('POST', '/api/admin/models/builds'));
    poll();
  } catch (error) {
    notify(error.status === 409 || error.status === 400 ? error.serverMessage : describe(error));
  }
}

function poll() {
  if (polling) return;
  polling = setInterval(async () => {
    try {
      const progress = await api('GET', '/api/admin/models/builds/current');
      if (!progress) return;
      showProgress(progress);
      if (!progress.running) {
        clearInterval(polling);
        polling = null;
        if (progress.error) notify(`La construction a échoué : ${progress.error}`);
        else notify('Nouveau modèle construit et évalué.', { kind: 'ok' });
        await refresh();
        await showReport(progress.version);
      }
    } catch (error) {
      notify(describe(error));
    }
  }, 1000);
}

function showProgress(progress) {
  document.getElementById('build-progress').hidden = false;
  document.getElementById('build-bar').value = progress.percent;
  const phase = progress.running
    ? `Version ${progress.version} : ${progress.phase} (${progress.percent} %)`
    : progress.error
      ? `Version ${progress.version} : échec (${progress.error})`
      : `Version ${progress.version} : terminé`;
  document.getElementById('build-phase').textContent = phase;
  document.getElementById('build').disabled = progress.running;
}

async function showReport(id) {
  const version = await api('GET', `/api/admin/models/${id}`);
  const metrics = version.metrics;
  const section = document.getElementById('report');
  section.hidden = !metrics;
  if (!metrics) return;
  document.getElementById('report-title').textContent = `Évaluation de la version ${version.id}`;
  document.getElementById('report-body').replaceChildren(
    el(
      'p',
      { className: 'hint' },
      `Appris sur ${metrics.trainingExamples} exemples. « Test » : ${metrics.heldOut.testMessages} ` +
        `phrases mises de côté, jamais apprises, passées aux deux modèles. « Validation croisée » : ` +
        `les exemples d'entraînement découpés en ${metrics.folds} parts, chacune testée par un modèle appris sur les autres.`,
    ),
    figuresTable(metrics),
    perIntentTable(metrics),
    el('h3', { text: 'Confusions entre sujets (phrases de test)' }),
    el('p', {
      className: 'hint',
      text: 'Chaque ligne est le sujet attendu, chaque colonne le sujet compris. Bleu : bien compris ; rouge : confondu. Plus la case est foncée, plus c\'est fréquent.',
    }),
    el('img', {
      className: 'heat-map',
      attrs: {
        id: 'heat-map',
        src: `/api/admin/models/${version.id}/confusion.svg`,
        alt: `Matrice de confusion de la version ${version.id} sur les phrases de test`,
      },
    }),
  );
}

function figuresTable(metrics) {
  const active = metrics.activeHeldOut;
  const rows = FIGURES.map(([key, label]) => {
    const mine = metrics.heldOut[key];
    const theirs = active?.[key];
    const verdict = theirs == null ? '' : mine + 0.01 < theirs ? 'figure-worse' : mine > theirs + 0.01 ? 'figure-better' : '';
    return el(
      'tr',
      {},
      el('th', { text: label, attrs: { scope: 'row' } }),
      el('td', { className: `number ${verdict}`, text: percent(mine) }),
      el('td', { className: 'number', text: theirs == null ? '—' : percent(theirs) }),
      el('td', { className: 'number', text: percent(metrics.crossValidation[key]) }),
    );
  });
  return table('figures', 'Ce modèle comparé au modèle en service', [
    ['Mesure', ''],
    ['Ce modèle (test)', 'number'],
    ['En service (test)', 'number'],
    ['Ce modèle (validation croisée)', 'number'],
  ], rows);
}

function perIntentTable(metrics) {
  const activeF1 = new Map((metrics.activeHeldOut?.perIntent ?? []).map((i) => [i.intent, i.f1]));
  const rows = [...metrics.heldOut.perIntent]
    .filter((i) => i.support > 0)
    .sort((a, b) => a.f1 - b.f1)
    .map((i) =>
      el(
        'tr',
        {},
        el('th', { text: i.intent, attrs: { scope: 'row' } }),
        el('td', { className: 'number', text: String(i.support) }),
        el('td', { className: 'number', text: percent(i.f1) }),
        el('td', { className: 'number', text: activeF1.has(i.intent) ? percent(activeF1.get(i.intent)) : '—' }),
      ),
    );
  return el(
    'div',
    {
      className: 'per-intent',
      attrs: { tabindex: '0', role: 'region', 'aria-label': 'F1 par sujet' },
    },
    table(
      'per-intent',
      'F1 par sujet, les plus faibles en premier (phrases de test)',
      [['Sujet', ''], ['Phrases', 'number'], ['Ce modèle', 'number'], ['En service', 'number']],
      rows,
    ),
  );
}

/** A table with a caption and one header row; `columns` are [title, className] pairs. */
function table(id, caption, columns, rows) {
  const headers = columns.map(([title, className]) =>
    el('th', { className: className || null, text: title, attrs: { scope: 'col' } }),
  );
  return el(
    'table',
    { attrs: { id } },
    el('caption', { text: caption }),
    el('thead', {}, el('tr', {}, ...headers)),
    el('tbody', {}, ...rows),
  );
}

function showVersions(models) {
  const rows = models.versions.map((v) =>
    el(
      'tr',
      { attrs: { 'data-version': v.id } },
      el('td', { text: String(v.id) }),
      el('td', { text: dateTime(v.createdAt) }),
      el('td', { text: v.author }),
      el('td', { className: 'number', text: String(v.exampleCount) }),
      el('td', { className: 'status', text: STATUS[v.status] + (v.overrideReason ? ` (forcé : ${v.overrideReason})` : '') + (v.error ? ` : ${v.error}` : '') }),
      el('td', { className: 'number', text: v.heldOut ? percent(v.heldOut.macroF1) : '—' }),
      el('td', {}, ...actions(v)),
    ),
  );
  document.getElementById('versions').replaceChildren(...rows, shippedRow(models.shipped));
}

/** The model that came with Relais: the oldest entry, which can be gone back to like a version. */
function shippedRow(shipped) {
  const figures = shipped.tests
    .map((t) => `${t.file.replace(/^.*\//, '').replace(/\.yml$/, '')} ${percent(t.macroF1)}`)
    .join(' · ');
  const back = shipped.inService
    ? []
    : [button('Revenir à ce modèle', rollBackToShipped, 'Revenir au modèle livré avec Relais')];
  return el(
    'tr',
    { attrs: { 'data-version': 'shipped' } },
    el('td', { text: 'Livré' }),
    el('td', { text: '—' }),
    el('td', { text: 'Relais' }),
    el('td', { className: 'number', text: '—' }),
    el('td', { className: 'status', text: shipped.inService ? STATUS.ACTIVE : 'Modèle livré avec Relais' }),
    el('td', { className: 'number', text: figures || '—' }),
    el('td', {}, ...back),
  );
}

function actions(version) {
  const buttons = [];
  if (version.heldOut) {
    buttons.push(button('Voir', () => showReport(version.id), `Voir l'évaluation de la version ${version.id}`));
  }
  if (version.status === 'CANDIDATE') {
    buttons.push(button('Mettre en service', () => promote(version.id), `Mettre en service la version ${version.id}`));
  }
  if (version.status === 'ARCHIVED') {
    buttons.push(button('Revenir à cette version', () => rollBack(version.id), `Revenir à la version ${version.id}`));
  }
  return buttons;
}

function button(text, onClick, label) {
  return el('button', {
    className: 'button button--small',
    text,
    attrs: { type: 'button', 'aria-label': label },
    on: { click: onClick },
  });
}

async function promote(id, overrideReason) {
  try {
    await api('POST', `/api/admin/models/${id}/promote`, overrideReason ? { overrideReason } : {});
    hideRefusal();
    notify(`La version ${id} est en service.`, { kind: 'ok' });
    await refresh();
  } catch (error) {
    if (error.status === 409 && error.field === 'overrideReason') {
      pendingPromotion = id;
      document.getElementById('promote-refused').hidden = false;
      document.getElementById('promote-refused-text').textContent =
        `La version ${id} n'a pas été mise en service : elle fait moins bien que le modèle en service. ${error.serverMessage}`;
      document.getElementById('override-reason').focus();
    } else {
      notify(error.serverMessage || describe(error));
    }
  }
}

async function promoteAnyway() {
  const reason = document.getElementById('override-reason').value.trim();
  if (!reason) {
    document.getElementById('promote-refused-text').textContent = 'Écrivez pourquoi, pour le journal.';
    return;
  }
  await promote(pendingPromotion, reason);
}

function hideRefusal() {
  pendingPromotion = null;
  document.getElementById('promote-refused').hidden = true;
  document.getElementById('override-reason').value = '';
}

async function rollBack(id) {
  if (!window.confirm(`Remettre en service la version ${id} ?`)) return;
  try {
    await api('POST', `/api/admin/models/${id}/rollback`, {});
    notify(`La version ${id} est de nouveau en service.`, { kind: 'ok' });
    await refresh();
  } catch (error) {
    notify(error.serverMessage || describe(error));
  }
}

async function rollBackToShipped() {
  if (!window.confirm('Remettre en service le modèle livré avec Relais ?')) return;
  try {
    await api('POST', '/api/admin/models/shipped/rollback', {});
    notify('Le modèle livré avec Relais est de nouveau en service.', { kind: 'ok' });
    await refresh();
  } catch (error) {
    notify(error.serverMessage || describe(error));
  }
}

async function trySentence(event) {
  event.preventDefault();
  const text = document.getElementById('try-text').value;
  const result = document.getElementById('try-result');
  try {
    const prediction = await api('POST', '/api/admin/models/classify', { text });
    const best = prediction.topIntents[0];
    result.textContent = prediction.outOfScope
      ? `Hors sujet (le plus proche : ${best?.intent ?? '—'}, ${percent(best?.confidence)}) : la personne serait orientée vers l'équipe.`
      : `Compris : ${best.intent} (${percent(best.confidence)}), langue ${prediction.language}.`;
  } catch (error) {
    result.textContent = error.serverMessage || describe(error);
  }
}

start().catch((error) => notify(describe(error)));

// Admins edit the canned replies workers send from the console: per language, a title (the
// button) and the text the visitor reads, in the order given by position.
import { api, describe, notify, renderHeader, signedInMember } from '../staff/common.js';
import { el, knownLanguages, languageName } from '../staff/format.js';

const $ = (id) => document.getElementById(id);
let replies = []; // all languages, as GET /api/admin/canned-replies answered

start();

async function start() {
  const member = await signedInMember();
  if (!member) return;
  renderHeader(member, { current: '/admin/canned-replies.html' });
  $('language').addEventListener('change', showLanguage);
  $('new-form').addEventListener('submit', add);
  await load();
}

async function load() {
  try {
    replies = await api('GET', '/api/admin/canned-replies');
  } catch (error) {
    notify(describe(error));
    return;
  }
  const chosen = $('language').value || 'fr';
  const codes = new Set([...knownLanguages(), ...replies.map((reply) => reply.language)]);
  $('language').replaceChildren(
    ...[...codes].map((code) =>
      el('option', { text: `${languageName(code)} (${code})`, attrs: { value: code } }),
    ),
  );
  $('language').value = chosen;
  showLanguage();
}

function showLanguage() {
  const language = $('language').value;
  const shown = replies
    .filter((reply) => reply.language === language)
    .sort((a, b) => a.position - b.position || a.id - b.id);
  $('list-language').textContent = languageName(language).toLowerCase();
  $('list-empty').hidden = shown.length > 0;
  $('replies').replaceChildren(...shown.map(replyItem));
  // What the admin types is in that language (direction too, for Arabic, Dari and Pashto).
  $('new-reply-text').setAttribute('lang', language);
}

function replyItem(reply) {
  const id = (name) => `${name}-${reply.id}`;
  const error = el('p', { className: 'form-error', attrs: { role: 'alert' } });
  const field = (label, control) =>
    el('div', { className: 'field' }, el('label', { text: label, attrs: { for: control.id } }), control);
  const title = el('input', { attrs: { id: id('title'), maxlength: 80, autocomplete: 'off' } });
  title.value = reply.title;
  const text = el('textarea', {
    attrs: { id: id('text'), rows: 3, maxlength: 1000, lang: reply.language, dir: 'auto' },
  });
  text.value = reply.text;
  const position = el('input', {
    attrs: { id: id('position'), type: 'number', min: 0, max: 999, inputmode: 'numeric' },
  });
  position.value = reply.position;
  const form = el(
    'form',
    { attrs: { novalidate: true, 'aria-label': `Réponse « ${reply.title} »` } },
    error,
    field('Titre', title),
    field('Texte', text),
    field('Ordre (les plus petits en premier)', position),
    el(
      'div',
      { className: 'row-actions' },
      el('button', { className: 'button button--small', text: 'Enregistrer', attrs: { type: 'submit' } }),
      el('button', {
        className: 'button button--small button--danger',
        text: 'Supprimer',
        attrs: { type: 'button' },
        on: { click: () => remove(reply, error) },
      }),
    ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = { title: title.value, text: text.value, position: Number(position.value) };
    const problem = check(values);
    if (problem) {
      error.textContent = problem;
      return;
    }
    try {
      await api('PUT', `/api/admin/canned-replies/${reply.id}`, { language: reply.language, ...values });
      notify(`Réponse « ${values.title.trim()} » enregistrée.`, { kind: 'ok' });
      await load();
    } catch (failure) {
      error.textContent = explain(failure);
    }
  });
  return el('li', { className: 'card canned-admin-item', attrs: { 'data-reply': reply.id } }, form);
}

async function add(event) {
  event.preventDefault();
  const language = $('language').value;
  const inLanguage = replies.filter((reply) => reply.language === language);
  const values = {
    language,
    title: $('new-reply-title').value,
    text: $('new-reply-text').value,
    position: Math.max(-1, ...inLanguage.map((reply) => reply.position)) + 1, // at the end
  };
  const problem = check(values);
  $('new-error').textContent = problem ?? '';
  if (problem) return;
  try {
    await api('POST', '/api/admin/canned-replies', values);
    $('new-form').reset();
    notify(`Réponse « ${values.title.trim()} » ajoutée.`, { kind: 'ok' });
    await load();
  } catch (failure) {
    $('new-error').textContent = explain(failure); // what was typed stays in the form
  }
}

async function remove(reply, error) {
  if (!window.confirm(`Supprimer la réponse rapide « ${reply.title} » ?`)) return;
  try {
    await api('DELETE', `/api/admin/canned-replies/${reply.id}`);
    notify(`Réponse « ${reply.title} » supprimée.`, { kind: 'ok' });
    await load();
  } catch (failure) {
    error.textContent = explain(failure);
  }
}

/** The same limits as the server, said before the round trip. */
function check({ title, text, position }) {
  if (!title.trim()) return 'Le titre est vide.';
  if (!text.trim()) return 'Le texte est vide.';
  if (!Number.isInteger(position) || position < 0) return "L'ordre est un nombre entier, 0 ou plus.";
  return null;
}

function explain(failure) {
  const field = /^(title|text|language): 1-(\d+)/.exec(failure.serverMessage ?? '');
  if (!field) return describe(failure);
  const name = { title: 'Le titre', text: 'Le texte', language: 'La langue' }[field[1]];
  return `${name} doit avoir de 1 à ${field[2]} caractères.`;
}

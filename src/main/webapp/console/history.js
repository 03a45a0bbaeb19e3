// One message of the history as the worker reads it: who spoke (the person, the robot, a
// colleague, the system), when, the words in their own language, and for the person's messages
// what the robot understood and how sure it was.
import { clockTime, el, languageName, percent } from '../staff/format.js';

const AUTHORS = {
  VISITOR: 'Personne accueillie',
  BOT: 'Robot',
  SYSTEM: 'Message automatique',
};

/** intents: Map id -> French label; me: the signed-in member. */
export function messageItem(message, { intents, me }) {
  const author = message.author;
  const item = el('li', {
    className: `message message--${author.toLowerCase()}`,
    attrs: { 'data-message-id': message.id },
  });
  const who =
    author === 'WORKER'
      ? `${message.authorName ?? 'Intervenant'}${message.authorName === me.displayName ? ' (vous)' : ''}`
      : AUTHORS[author] ?? author;
  item.append(
    el(
      'p',
      { className: 'message-meta' },
      el('span', { className: 'message-author', text: who }),
      el('time', { text: clockTime(message.at), attrs: { datetime: message.at } }),
    ),
    el('p', {
      className: 'message-text',
      text: message.text,
      attrs: { lang: message.language ?? null, dir: 'auto' },
    }),
  );
  if (author === 'VISITOR') item.append(understanding(message, intents));
  if (message.emergency) {
    item.append(
      el('p', {
        className: 'message-emergency',
        text: `Numéro d'urgence affiché sur la borne : ${message.emergency}`,
      }),
    );
  }
  return item;
}

/** "Compris : Laverie · 87 % · Français", or why the robot did not read it. */
export function understanding(message, intents) {
  const prediction = message.prediction;
  if (!prediction) {
    return el('p', {
      className: 'message-understood message-understood--none',
      text: "Le robot n'a pas analysé ce message.",
    });
  }
  const meaning =
    prediction.outOfScope || !prediction.intent || prediction.intent === 'oos'
      ? 'Non compris (hors sujet)'
      : `Compris : ${intents.get(prediction.intent) ?? prediction.intent}`;
  const parts = [meaning, `confiance ${percent(prediction.confidence)}`];
  if (prediction.language) parts.push(languageName(prediction.language));
  return el('p', { className: 'message-understood', text: `Robot – ${parts.join(' · ')}` });
}

/** Puts a message in its place by id: a message can arrive from the socket before the POST answers. */
export function insertInOrder(list, item) {
  const id = Number(item.dataset.messageId);
  const after = [...list.children].find((other) => Number(other.dataset.messageId) > id);
  list.insertBefore(item, after ?? null);
}

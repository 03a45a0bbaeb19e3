// The worker console: the live queue on the left, the open conversation on the right, alerts
// when someone new waits. This file only wires the parts together.
import { api, renderHeader, signedInMember } from '../staff/common.js';
import { el } from '../staff/format.js';
import { Alerts } from './alerts.js';
import { ConversationView } from './conversation.js';
import { LiveQueue } from './live.js';
import { QueueView, describeForVoice } from './queue.js';

const $ = (id) => document.getElementById(id);

start();

async function start() {
  const member = await signedInMember();
  if (!member) return;
  const intents = await api('GET', '/api/helpdesk/intents?language=fr').catch(() => []);
  const unread = new Set(); // my other conversations with a message not yet read

  const alerts = new Alerts({ baseTitle: document.title, onChange: () => queue.render() });
  const conversation = new ConversationView({
    me: member,
    intents,
    onChange: () => {
      unread.delete(conversation.id);
      queue.render();
    },
  });
  const queue = new QueueView({
    me: member,
    isNew: (id) => alerts.isUnseen(id),
    isUnread: (id) => unread.has(id),
    openId: () => conversation.id,
    onClaim: async (entry, button) => {
      button.disabled = true;
      if (!(await conversation.claim(entry.conversation))) button.disabled = false;
    },
    onOpen: (entry) => conversation.open(entry.conversation),
  });

  const tools = renderHeader(member, {
    current: '/console/',
    beforeSignOut: () => {
      const mine = queue.entries.filter((e) => e.workerLogin === member.login).length;
      return mine === 0
        ? null
        : `Vous avez ${mine} conversation(s) en cours. Après votre départ, elles retourneront ` +
            "dans la file d'attente, à leur place. Se déconnecter quand même ?";
    },
  });
  const soundButton = el('button', { className: 'button button--header', attrs: { type: 'button' } });
  tools.append(soundButton);
  alerts.soundToggle(soundButton, $('sound-blocked'));

  let known = null; // waiting conversation id -> urgent; null until the first queue arrives
  const showQueue = (entries) => {
    const waiting = entries.filter((entry) => entry.status === 'WAITING');
    if (known) {
      const arrivals = waiting.filter(
        (e) => !known.has(e.conversation) || (e.urgent && !known.get(e.conversation)),
      );
      alerts.arrived(arrivals);
      if (arrivals.length) {
        $('queue-announcer').textContent = arrivals
          .map((e) => `Nouvelle personne en attente : ${describeForVoice(e)}.`)
          .join(' ');
      }
    }
    known = new Map(waiting.map((entry) => [entry.conversation, entry.urgent]));
    alerts.keepOnly(new Set(known.keys()));
    queue.render(entries);
  };

  const showMessage = ({ conversation: id, message }) => {
    conversation.received(id, message);
    const entry = queue.entries.find((e) => e.conversation === id);
    if (message.author === 'VISITOR' && id !== conversation.id && entry?.workerLogin === member.login) {
      unread.add(id);
      queue.render();
    }
  };

  new LiveQueue({
    onFrame: (frame) => {
      if (frame.type === 'queue') showQueue(frame.entries);
      else if (frame.type === 'message') showMessage(frame);
      else if (frame.type === 'event' && frame.conversation === conversation.id) conversation.refresh();
    },
    onState: (state, { delayMs, resumed }) => {
      showConnection(state, delayMs);
      // Messages may have been missed while the connection was down.
      if (state === 'open' && resumed) conversation.refresh();
    },
  }).start();

  const remembered = conversation.rememberedId();
  if (remembered) conversation.open(remembered);
}

function showConnection(state, delayMs) {
  const connection = $('connection');
  connection.dataset.state = state;
  connection.textContent = {
    connecting: 'Connexion…',
    open: 'En direct',
    waiting: `Connexion perdue. Nouvel essai dans ${Math.ceil((delayMs ?? 0) / 1000)} s.`,
    refused: 'Ce compte ne peut pas ouvrir la console.',
  }[state];
}

// "J'ai fini", the inactivity countdown, or a conversation the server closed: the next
// visitor must find nothing of it. The screen is emptied at once, every storage this origin
// can reach from the page is cleared, and a fresh page REPLACES this one in the history, so
// that "back" cannot bring the conversation back either.

import { el } from "./dom.js";
import { stop as stopSpeaking } from "./speech.js";

/** The only URL parameters a fresh page keeps: how it is embedded, its first language, and
 * the test delay. */
const KEPT_PARAMETERS = ["embed", "lang", "inactivity"];
const GOODBYE_MS = 1500;

export async function wipeAndRestart(goodbye) {
  stopSpeaking();
  const main = el("main", "goodbye");
  main.append(el("p", null, goodbye));
  main.firstChild.setAttribute("role", "status");
  document.body.replaceChildren(main);
  document.title = "Relais";

  clearStorage();
  await Promise.allSettled([clearCaches(), clearDatabases()]);
  setTimeout(() => location.replace(freshUrl()), GOODBYE_MS);
}

function clearStorage() {
  for (const storage of [globalThis.sessionStorage, globalThis.localStorage]) {
    try {
      storage?.clear();
    } catch {
      // storage disabled: nothing was kept there
    }
  }
  // Relais sets no cookie for the page; any a script could read goes too.
  for (const cookie of document.cookie.split(";")) {
    const name = cookie.split("=")[0].trim();
    if (name) document.cookie = `${name}=; Max-Age=0; path=/`;
  }
}

async function clearCaches() {
  if (!("caches" in globalThis)) return;
  const names = await caches.keys();
  await Promise.all(names.map((name) => caches.delete(name)));
}

async function clearDatabases() {
  if (!globalThis.indexedDB?.databases) return;
  const databases = await indexedDB.databases();
  await Promise.all(
    databases.map(
      (database) =>
        new Promise((resolve) => {
          const request = indexedDB.deleteDatabase(database.name);
          request.onsuccess = request.onerror = request.onblocked = resolve;
        }),
    ),
  );
}

export function freshUrl() {
  const current = new URL(location.href);
  const fresh = new URL(current.pathname, current.origin);
  for (const name of KEPT_PARAMETERS) {
    if (current.searchParams.has(name)) fresh.searchParams.set(name, current.searchParams.get(name));
  }
  return fresh.href;
}

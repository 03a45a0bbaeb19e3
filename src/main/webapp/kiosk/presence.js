// Where the conversation stands (status frames) and the emergency numbers. Both stay above
// the conversation, outside the scrolling area, so that they cannot scroll out of sight.
// They are rebuilt from their state on a language switch.

import { el, icon } from "./dom.js";
import { t } from "./i18n.js";

/** What the page shows when nobody is signed in: the night line first, then emergencies. */
const NO_WORKER_NUMBERS = [
  { number: "115", key: "number_115" },
  { number: "15", key: "number_15" },
  { number: "17", key: "number_17" },
  { number: "112", key: "number_112" },
  { number: "114", key: "number_114", sms: true },
];

export class Presence {
  constructor(panel, emergencySection, emergencyList) {
    this.panel = panel;
    this.emergencySection = emergencySection;
    this.emergencyList = emergencyList;
    this.status = null;
    this.emergencies = []; // [{number, label, language}]
  }

  get current() {
    return this.status?.status ?? "WITH_BOT";
  }

  /** A status frame, or the conversation of a welcome. Missing fields keep what was known. */
  update(frame) {
    const previous = this.status ?? {};
    const sameStatus = previous.status === frame.status;
    this.status = {
      status: frame.status,
      position: frame.position ?? (sameStatus ? previous.position : undefined),
      urgent: frame.urgent ?? (sameStatus ? previous.urgent : false),
      workersAvailable: frame.workersAvailable ?? (sameStatus ? previous.workersAvailable : true),
      worker: frame.worker ?? (sameStatus ? previous.worker : undefined),
    };
    this.render();
  }

  addEmergency(emergency, language) {
    const number = String(emergency?.number ?? "").replace(/[^0-9+]/g, "");
    if (!number || this.emergencies.some((known) => known.number === number)) return;
    const label = typeof emergency.label === "string" ? emergency.label : "";
    this.emergencies.push({ number, label, language });
    this.renderEmergencies();
  }

  render() {
    this.renderStatus();
    this.renderEmergencies();
  }

  renderStatus() {
    const status = this.status;
    const panel = this.panel;
    if (!status || (status.status !== "WAITING" && status.status !== "WITH_WORKER")) {
      panel.hidden = true;
      panel.replaceChildren();
      return;
    }
    const body = el("div", "presence__body");
    if (status.status === "WITH_WORKER") {
      const title = status.worker ? t("worker_named", { name: status.worker }) : t("worker_joined");
      body.append(el("h2", "presence__title", title));
      panel.replaceChildren(icon("#i-person"), body);
    } else if (status.workersAvailable === false) {
      // Say plainly what happens: the request waits; meanwhile, here are the free numbers.
      body.append(
        el("h2", "presence__title", t("no_worker_title")),
        el("p", "presence__text", t("no_worker_text")),
        el("p", "presence__text", t("no_worker_urgent")),
        numberList(NO_WORKER_NUMBERS.map((entry) => ({ ...entry, label: t(entry.key) }))),
      );
      panel.replaceChildren(icon("#i-info"), body);
    } else {
      body.append(el("h2", "presence__title", t("waiting_title")));
      if (status.urgent) body.append(el("p", "presence__text", t("waiting_urgent")));
      else if (Number.isInteger(status.position) && status.position > 0) {
        body.append(el("p", "presence__text", t("waiting_position", { position: status.position })));
      }
      panel.replaceChildren(icon("#i-person"), body);
    }
    panel.hidden = false;
  }

  renderEmergencies() {
    this.emergencySection.hidden = this.emergencies.length === 0;
    this.emergencyList.replaceChildren(
      ...this.emergencies.map((emergency) => {
        const item = el("li");
        item.append(callLink(emergency, t("emergency_call", { number: emergency.number })));
        return item;
      }),
    );
  }
}

function numberList(entries) {
  const list = el("ul", "presence__numbers");
  for (const entry of entries) {
    const item = el("li");
    item.append(callLink(entry, entry.number));
    list.append(item);
  }
  return list;
}

/** A big call link: the number in large digits, what it is for under it. */
function callLink(entry, numberText) {
  const link = el("a", "emergency__call");
  link.href = `${entry.sms ? "sms" : "tel"}:${entry.number}`;
  const text = el("span");
  text.append(el("span", "emergency__number", numberText));
  if (entry.label) {
    const label = el("span", "emergency__label", entry.label);
    if (entry.language) label.lang = entry.language;
    text.append(label);
  }
  link.append(icon("#i-phone"), text);
  return link;
}

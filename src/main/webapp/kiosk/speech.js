// Read-aloud (FALC: text-to-speech offered) with the Web Speech API. Only voices that run on
// this machine (localService) are used: a network voice would send the conversation to a
// third party. A message whose language has no such voice gets no button at all.

import { icon, translated } from "./dom.js";
import { t } from "./i18n.js";

const synth = "speechSynthesis" in window ? window.speechSynthesis : null;
let voices = [];
let speaking = null; // { utterance, button }

function refreshVoices() {
  voices = synth ? synth.getVoices().filter((voice) => voice.localService) : [];
  for (const button of document.querySelectorAll("[data-speak-lang]")) {
    button.hidden = !voiceFor(button.dataset.speakLang);
  }
}

if (synth) {
  refreshVoices();
  // Chromium loads its voice list asynchronously.
  synth.addEventListener("voiceschanged", refreshVoices);
}

function primary(tag) {
  return String(tag).toLowerCase().split(/[-_]/)[0];
}

export function voiceFor(language) {
  const wanted = primary(language);
  const matching = voices.filter((voice) => primary(voice.lang) === wanted);
  return matching.find((voice) => voice.default) ?? matching[0] ?? null;
}

export function isSpeaking() {
  return speaking !== null;
}

export function stop() {
  if (!synth) return;
  const current = speaking;
  speaking = null;
  synth.cancel();
  if (current) showIdle(current.button);
}

/** A "listen" button for a text in a language; it turns into "stop" while reading. */
export function speakButton(readText, language) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "button button--speak";
  button.dataset.speakLang = language;
  button.hidden = !voiceFor(language);
  button.append(icon("#i-speaker"), label("read_aloud"));
  button.addEventListener("click", () => {
    if (speaking?.button === button) stop();
    else speak(readText(), language, button);
  });
  return button;
}

function speak(text, language, button) {
  const voice = voiceFor(language);
  if (!synth || !voice) return;
  stop();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = 0.9; // a little slower: easier to follow
  const finished = () => {
    if (speaking?.utterance === utterance) {
      speaking = null;
      showIdle(button);
    }
  };
  utterance.addEventListener("end", finished);
  utterance.addEventListener("error", finished);
  // Kept in a module variable: Chromium may otherwise collect it and never fire "end".
  speaking = { utterance, button };
  button.replaceChildren(icon("#i-stop"), label("stop_reading"));
  synth.speak(utterance);
}

function showIdle(button) {
  button.replaceChildren(icon("#i-speaker"), label("read_aloud"));
}

function label(key) {
  return translated("span", key, t(key));
}

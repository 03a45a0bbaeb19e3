// Small DOM helpers. Text always goes in through textContent: nothing the server or the
// visitor wrote is ever parsed as HTML.

export function el(tag, className, text) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/** A text that follows the interface language: re-filled by i18n.apply() on a switch. */
export function translated(tag, key, text, className) {
  const element = el(tag, className, text);
  element.dataset.i18n = key;
  return element;
}

/** A pictogram from the sprite in index.html; decorative, the text beside it says it all. */
export function icon(href) {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("class", "icon");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  const use = document.createElementNS("http://www.w3.org/2000/svg", "use");
  use.setAttribute("href", href);
  svg.append(use);
  return svg;
}

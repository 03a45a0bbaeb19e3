/*
 * Relais on a center's website, with one tag:
 *
 *   <script src="https://relais.example/widget.js" defer></script>
 *
 * A floating "Besoin d'aide ?" button opens the kiosk page (compact layout, ?embed=1) in an
 * iframe served by Relais itself: the chat's WebSocket is then same-origin with Relais, as
 * the server requires, whatever site hosts the button. The host page only gains one global,
 * window.RelaisWidget ({open, close, toggle}); the button lives in a shadow root so that the
 * site's CSS and ours cannot touch each other.
 *
 * Optional attributes on the script tag: data-label (button text), data-close-label,
 * data-title (the frame's title, read by screen readers).
 */
(function () {
  "use strict";
  if (window.RelaisWidget) return; // the tag was pasted twice

  var script =
    document.currentScript || document.querySelector('script[src*="widget.js"]');
  if (!script) return;
  var relais = new URL(".", script.src); // where Relais is, whoever serves the host page
  var KIOSK_LANGUAGES = ["fr", "en", "ar", "es", "fa", "ps", "uk"];

  var label = script.getAttribute("data-label") || "Besoin d'aide ?";
  var closeLabel = script.getAttribute("data-close-label") || "Fermer";
  var title = script.getAttribute("data-title") || "Relais : discuter avec l'accueil";

  var STYLE =
    ":host{all:initial}" +
    "*{box-sizing:border-box}" +
    ".launcher,.close{font:600 20px/1.3 system-ui,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif;" +
    "display:inline-flex;align-items:center;gap:.5em;min-height:56px;min-width:56px;cursor:pointer;" +
    "border-radius:12px}" +
    ".launcher{position:fixed;z-index:2147483000;inset-block-end:20px;inset-inline-end:20px;" +
    "padding:.5em 1em;border:3px solid #fff;background:#0b3d6b;color:#fff;" +
    "box-shadow:0 2px 10px rgba(0,0,0,.35)}" +
    ".launcher[aria-expanded=true]{display:none}" +
    ".launcher:focus-visible,.close:focus-visible{outline:4px solid #111;outline-offset:3px;" +
    "box-shadow:0 0 0 8px #ffd23f}" +
    "svg{width:1.4em;height:1.4em;fill:none;stroke:currentColor;stroke-width:2;" +
    "stroke-linecap:round;stroke-linejoin:round}" +
    ".panel{position:fixed;z-index:2147483000;inset-block-end:20px;inset-inline-end:20px;" +
    "width:min(430px,calc(100vw - 24px));height:min(720px,calc(100vh - 40px));display:flex;" +
    "flex-direction:column;border:3px solid #0b3d6b;border-radius:12px;background:#fff;" +
    "overflow:hidden;box-shadow:0 4px 24px rgba(0,0,0,.4)}" +
    ".panel[hidden]{display:none}" +
    ".bar{display:flex;align-items:center;justify-content:space-between;gap:8px;" +
    "padding:4px 4px 4px 14px;background:#0b3d6b;color:#fff;" +
    "font:700 18px/1.3 system-ui,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif}" +
    ".close{padding:.2em .7em;border:2px solid #fff;background:transparent;color:#fff}" +
    "iframe{flex:1;width:100%;border:0;background:#f3f4f6}" +
    "@media (max-width:480px){.panel{inset:0;width:100%;height:100%;border-radius:0;border:0}}";

  var PERSON =
    '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">' +
    '<circle cx="12" cy="7" r="4"/><path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7"/></svg>';
  var CROSS =
    '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">' +
    '<path d="M6 6l12 12M18 6L6 18"/></svg>';

  var host = document.createElement("div");
  host.setAttribute("data-relais-widget", "");
  var root = host.attachShadow({ mode: "open" });
  // Static markup only; every configurable text goes in with textContent below.
  root.innerHTML =
    "<style>" + STYLE + "</style>" +
    '<button type="button" class="launcher" aria-expanded="false" aria-controls="relais-panel">' +
    PERSON + "<span></span></button>" +
    '<div class="panel" id="relais-panel" role="dialog" hidden>' +
    '<div class="bar"><span class="title"></span>' +
    '<button type="button" class="close">' + CROSS + "<span></span></button></div></div>";

  var launcher = root.querySelector(".launcher");
  var panel = root.querySelector(".panel");
  var closeButton = root.querySelector(".close");
  launcher.querySelector("span").textContent = label;
  closeButton.querySelector("span").textContent = closeLabel;
  root.querySelector(".title").textContent = "Relais";
  panel.setAttribute("aria-label", title);
  var frame = null;

  /** The kiosk page, in the host page's language when Relais speaks it. */
  function kioskUrl() {
    var url = new URL("./", relais);
    url.searchParams.set("embed", "1");
    var language = (document.documentElement.lang || "").slice(0, 2).toLowerCase();
    if (KIOSK_LANGUAGES.indexOf(language) >= 0) url.searchParams.set("lang", language);
    return url.href;
  }

  function open() {
    if (!frame) {
      // Created on first use only: a visit to the site that never opens the chat costs
      // Relais nothing and tells it nothing.
      frame = document.createElement("iframe");
      frame.title = title;
      frame.src = kioskUrl();
      frame.setAttribute("referrerpolicy", "strict-origin");
      panel.appendChild(frame);
    }
    panel.hidden = false;
    launcher.setAttribute("aria-expanded", "true");
    frame.focus();
  }

  function close() {
    // Hidden, not removed: the conversation goes on if the visitor comes back to it.
    panel.hidden = true;
    launcher.setAttribute("aria-expanded", "false");
    launcher.focus();
  }

  function toggle() {
    if (panel.hidden) open();
    else close();
  }

  launcher.addEventListener("click", open);
  closeButton.addEventListener("click", close);
  root.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !panel.hidden) close();
  });

  function attach() {
    document.body.appendChild(host);
  }
  if (document.body) attach();
  else document.addEventListener("DOMContentLoaded", attach);

  window.RelaisWidget = Object.freeze({ open: open, close: close, toggle: toggle });
})();

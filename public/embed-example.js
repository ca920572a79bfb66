/* global window, document, location */
// Drives the embedded TCP State Lab through its postMessage API (docs/embed.md).
// The frame is sandboxed without allow-same-origin, so its origin is opaque ("null"): messages from it
// are recognised by their source window, not by their origin.
(function () {
  'use strict';
  var SOURCE = 'tcp-state-lab';
  var frame = document.getElementById('lab');
  var log = document.getElementById('log');
  var status = document.getElementById('status');
  var nextId = 1;

  frame.src = '/?embed=1&view=graph,chart,narration&parentOrigin=' + encodeURIComponent(location.origin);

  /** Sends one command; returns its id. The app's origin is opaque, so the target is '*'. */
  function send(type, fields) {
    var id = 'c' + nextId++;
    var message = Object.assign({ source: SOURCE, version: 1, type: type, id: id }, fields || {});
    frame.contentWindow.postMessage(message, '*');
    return id;
  }

  function note(text) {
    var item = document.createElement('li');
    item.textContent = text; // never as HTML
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
  }

  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow) return;
    var m = event.data;
    if (!m || m.source !== SOURCE) return;
    if (m.type === 'height') {
      frame.style.height = m.px + 'px';
    } else if (m.type === 'ready' || m.type === 'step') {
      status.textContent =
        'Step ' + m.step + ' of ' + m.steps + ' · client ' + m.client + ' · server ' + m.server;
    }
    if (m.type !== 'height') note(JSON.stringify(m));
  });

  document.getElementById('drive').addEventListener('submit', function (event) {
    event.preventDefault();
  });
  document.getElementById('drive').addEventListener('click', function (event) {
    var button = event.target.closest('button[data-cmd]');
    if (!button) return;
    var cmd = button.getAttribute('data-cmd');
    if (cmd === 'load') send('load', { scenario: document.getElementById('scenario').value });
    else if (cmd === 'seek') send('seek', { step: Number(document.getElementById('seek-step').value) });
    else send(cmd);
  });
  document.getElementById('speed').addEventListener('change', function (event) {
    send('speed', { speed: Number(event.target.value) });
  });
  document.getElementById('lang').addEventListener('change', function (event) {
    send('lang', { lang: event.target.value });
  });
})();

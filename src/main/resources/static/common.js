// Atende: what the agent home, the reports and the proposals pages share. Plain JS, no build.
'use strict';


const $ = (selector) => document.querySelector(selector);

/** Calls /api on the session; answers the JSON, or throws an Error with the server's pt-BR message. */
async function api(path, options = {}) {
  const response = await fetch('api' + path, {
    credentials: 'same-origin',
    ...options,
    headers: { 'Content-Type': 'application/json', ...(options.headers || {}) }
  });
  if (response.status === 401) {
    window.location.href = 'login';
    throw new Error('Sessão encerrada.');
  }
  const text = await response.text();
  const body = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new Error((body && body.message) || 'Erro ' + response.status + '. Tente de novo.');
  }
  return body;
}

/**
 * The pt-BR labels of the codes the pages show (outcome, leadStatus, situation, cancelReason,
 * dispatchKind, and seed 002's channel, purpose, followUpType, followUpStatus...), as the server's enums declare them; each page awaits labelsLoaded before it draws.
 */
const LABELS = {};
const labelsLoaded = api('/labels').then((labels) => Object.assign(LABELS, labels));

/** "2026-12-01T14:30" (São Paulo local time, as the API speaks) → "01/12/2026 14:30"; empty for none. */
const localDateTime = (local) => local ? local.replace(/^(\d{4})-(\d{2})-(\d{2})T/, '$3/$2/$1 ') : '';

/** Shows a pt-BR message (an error unless told otherwise) in a .message element, or clears it. */
function showMessage(target, text, kind = 'error') {
  target.textContent = text || '';
  target.className = 'message ' + (text ? kind : '');
}

/** A DOM element with attributes (on* are listeners) and children (nodes or text). */
function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'class') node.className = value;
    else if (name.startsWith('on')) node.addEventListener(name.substring(2), value);
    else if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

function taskUrl(taskId) {
  return 'camunda/app/tasklist/default/#/?task=' + encodeURIComponent(taskId);
}

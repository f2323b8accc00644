// Atende: seed 003's "Confirmação da Transação". After a sale or a proposal move is completed in
// Tasklist, a success message names the proposal and what happened to it, as the manual's pop-up
// does (the form itself states the move before Finalizar: proposal.form's "Confirmação da transação").
const appRoot = document.querySelector('base').getAttribute('app-root');
const atendeApi = appRoot.replace(/\/camunda\/?$/, '') + '/api';

async function atende(path) {
  const response = await fetch(atendeApi + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(response.status);
  return response.json();
}

function notify(message) {
  const root = window.angular && window.angular.element(document.documentElement).injector()
    ? document.documentElement : document.body;
  const injector = window.angular && window.angular.element(root).injector();
  if (!injector) return;
  const notifications = injector.get('Notifications');
  injector.get('$rootScope').$applyAsync(() => notifications.addMessage({
    status: 'Transação concluída', message, type: 'success', duration: 20000, scope: null }));
}

/** What a submit is about, read before it is sent (the form is gone afterwards); null when no proposal. */
function moveOf(body) {
  let variables;
  try {
    variables = JSON.parse(body).variables || {};
  } catch (notJson) {
    return null;
  }
  const value = (name) => variables[name] && variables[name].value;
  if (value('outcome') === 'CONTRACTED') return { sale: true, situation: value('situation') };
  if (!value('situation') || value('outcome')) return null;
  const confirmation = [...document.querySelectorAll('.fjs-form-field-text')]
    .find((text) => text.textContent.trim().startsWith('Confirmação da transação'));
  const code = confirmation && confirmation.querySelector('strong');
  const what = confirmation && confirmation.querySelector('em');
  return code && what ? { code: code.textContent.trim(), what: what.textContent.trim() } : null;
}

async function announce(move) {
  if (!move.sale) {
    notify('Proposta ' + move.code + ': ' + move.what + '.');
    return;
  }
  // The sale made the proposal: the agent's newest sale carries its code (seed 003: it is given to the agent).
  const [sales, labels] = await Promise.all([atende('/attendances/mine?status=CONCLUDED&outcome=CONTRACTED'),
    atende('/labels')]);
  const sale = sales.find((row) => row.proposalCode);
  if (!sale) return;
  const situation = move.situation || 'PENDING_AUDIT';
  notify('Venda registrada para ' + sale.leadName + ': proposta ' + sale.proposalCode + ', '
    + (labels.situation[situation] || situation) + '.');
}

const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  this.atendeSubmit = method === 'POST' && /\/task\/[^/]+\/submit-form$/.test(String(url));
  return open.call(this, method, url, ...rest);
};
XMLHttpRequest.prototype.send = function (body) {
  const move = this.atendeSubmit && typeof body === 'string' ? moveOf(body) : null;
  if (move) {
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) announce(move).catch(() => {});
    });
  }
  return send.call(this, body);
};

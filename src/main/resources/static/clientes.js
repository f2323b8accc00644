// Atende: the client record ("ficha do cliente", seed 002): search, register, interactions,
// follow-ups, sales and the timeline of everything done with the client. Plain JS, no build.
'use strict';

let current = null;

const when = (iso) => iso ? new Date(iso).toLocaleString('pt-BR', { timeZone: 'America/Sao_Paulo',
  day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }) : '';
const day = (isoDay) => isoDay ? isoDay.split('-').reverse().join('/') : '';

function options(select, labels) {
  select.replaceChildren(element('option', { value: '' }, 'Selecione'),
    ...Object.entries(labels).map(([code, label]) => element('option', { value: code }, label)));
}

function formData(form) {
  const data = {};
  for (const field of form.elements) {
    if (!field.name) continue;
    if (field.type === 'checkbox') data[field.name] = field.checked;
    else if (field.value.trim() !== '') data[field.name] = field.value.trim();
  }
  return data;
}

async function search(event) {
  event.preventDefault();
  showMessage($('#search-message'), '');
  try {
    const found = await api('/clients?q=' + encodeURIComponent($('#q').value));
    $('#results-wrap').hidden = false;
    $('#results tbody').replaceChildren(...found.map((client) => element('tr', {},
      element('td', {}, client.name, client.duplicateOf ? element('span', { class: 'hint' }, ' (duplicado)') : null),
      element('td', {}, client.phone), element('td', {}, client.cpfCnpj || '—'),
      element('td', {}, element('a', { href: '#cliente=' + client.id }, 'Abrir ficha')))));
    if (found.length === 0) showMessage($('#search-message'), 'Nenhum cliente encontrado.', 'ok');
  } catch (error) {
    showMessage($('#search-message'), error.message);
  }
}

async function register(event) {
  event.preventDefault();
  try {
    const created = await api('/clients', { method: 'POST', body: JSON.stringify(formData(event.target)) });
    event.target.reset();
    event.target.hidden = true;
    window.location.hash = 'cliente=' + created.id;
    showMessage($('#search-message'), created.duplicateOf
      ? 'Cliente cadastrado. O CPF/CNPJ já existia: a central de cadastros foi avisada.' : 'Cliente cadastrado.', 'ok');
  } catch (error) {
    showMessage($('#search-message'), error.message);
  }
}

async function open(id) {
  current = await api('/clients/' + encodeURIComponent(id));
  $('#record').hidden = false;
  $('#record-title').textContent = current.name;
  $('#record-data').textContent = [current.phone, current.cpfCnpj && 'CPF/CNPJ ' + current.cpfCnpj, current.email,
    current.noWhatsapp && 'não quer WhatsApp'].filter(Boolean).join(' · ');
  $('#alerts').replaceChildren(...current.alerts.map((alert) => element('li', { role: 'alert' }, alert)));
  const open = current.openFollowUps || [];
  $('#open-follow-ups tbody').replaceChildren(...open.map((f) => element('tr', {},
    element('td', {}, f.code), element('td', {}, f.typeLabel), element('td', { class: 'wrap' }, f.product),
    element('td', {}, f.owner), element('td', {}, day(f.dueOn)), element('td', {}, f.statusLabel))));
  $('#open-follow-ups-empty').hidden = open.length > 0;
  $('#timeline').replaceChildren(...current.timeline.map((entry) => element('li', { 'data-kind': entry.kind },
    element('span', { class: 'when' }, when(entry.at)),
    element('strong', {}, entry.title),
    entry.by ? element('span', { class: 'hint' }, ' · ' + entry.by) : null,
    entry.link ? element('span', {}, ' · ', element('a', { href: entry.kind === 'QUOTE' ? entry.link.replace(/^\//, '') : entry.link,
      target: '_blank', rel: 'noopener noreferrer' }, entry.kind === 'QUOTE' ? 'PDF' : 'Bitrix')) : null,
    entry.detail ? element('p', { class: 'detail' }, entry.detail) : null)));
}

function showAction(event) {
  event.preventDefault();
  const action = event.currentTarget.dataset.action;
  document.querySelectorAll('#record .tabs a').forEach((tab) => tab.classList.toggle('active', tab === event.currentTarget));
  document.querySelectorAll('form.action').forEach((form) => { form.hidden = form.id !== action; });
  showMessage($('#action-message'), '');
}

const ACTIONS = {
  interaction: { path: 'interactions', done: () => 'Movimentação registrada.' },
  'follow-up': { path: 'follow-ups', done: (r) => 'Agendamento ' + r.code + ' aberto, prazo ' + day(r.dueOn)
    + (r.status === 'PENDING_VALIDATION' ? ': aguarda a validação do gestor (mais de 7 dias).' : '.') },
  sale: { path: 'sales', done: (r) => 'Venda registrada. Comissão: ' + r.commissionLabel
    + (r.closedFollowUps.length ? '. Agendamentos retirados: ' + r.closedFollowUps.join(', ') : '') + '.'
    + r.alerts.map((alert) => ' ' + alert).join('') },
  quote: { path: 'quotes', body: quoteBody, done: (r) => 'Orçamento ' + r.code + ' de ' + r.totalLabel
    + ', válido até ' + day(r.validUntil) + '. Abra o PDF no histórico; um agendamento de 2 dias cobra o retorno.' },
  inbound: { path: 'inbound-contacts', done: (r) => 'Contato ' + r.code + ' encaminhado para '
    + (r.routedTo.user ? r.routedTo.user : 'a equipe ' + r.routedTo.group) + ' (regra ' + r.rule + ': ' + r.explanation + ').' },
  inactivation: { path: 'inactivation', done: () => 'Cliente inativado.' }
};

function addQuoteItem() {
  $('#quote-items tbody').append(element('tr', {},
    element('td', {}, element('input', { name: 'itemProduct', maxlength: 200, 'aria-label': 'Produto/serviço' })),
    element('td', {}, element('input', { name: 'itemQuantity', type: 'number', min: 1, step: 1, value: 1, 'aria-label': 'Quantidade' })),
    element('td', {}, element('input', { name: 'itemPrice', inputmode: 'decimal', placeholder: '0,00', 'aria-label': 'Valor unitário' }))));
}

/** The quote's rows that have a product, and its validity and notes. */
function quoteBody(form) {
  const items = [...form.querySelectorAll('#quote-items tbody tr')]
    .map((row) => ({ product: row.querySelector('[name=itemProduct]').value.trim(),
      quantity: row.querySelector('[name=itemQuantity]').value, unitPrice: row.querySelector('[name=itemPrice]').value.trim() }))
    .filter((item) => item.product);
  const { validUntil, notes } = formData(form);
  return { items, validUntil, notes };
}

async function submitAction(event) {
  event.preventDefault();
  const form = event.target;
  const action = ACTIONS[form.id];
  try {
    const result = action.path === 'inbound-contacts'
      ? await api('/inbound-contacts', { method: 'POST', body: JSON.stringify({ ...formData(form), clientId: current.id }) })
      : await api('/clients/' + current.id + '/' + action.path,
        { method: 'POST', body: JSON.stringify(action.body ? action.body(form) : formData(form)) });
    form.reset();
    if (form.id === 'quote') {
      $('#quote-items tbody').replaceChildren();
      addQuoteItem();
    }
    await open(current.id);
    showMessage($('#action-message'), action.done(result), 'ok');
  } catch (error) {
    showMessage($('#action-message'), error.message);
  }
}

async function route() {
  const match = window.location.hash.match(/^#cliente=(\d+)$/);
  if (!match) return;
  try {
    await open(match[1]);
  } catch (error) {
    showMessage($('#search-message'), error.message);
  }
}

async function start() {
  const [me] = await Promise.all([api('/me'), labelsLoaded]);
  $('#me').textContent = me.name;
  options($('#interaction select[name=channel]'), LABELS.channel);
  options($('#sale select[name=channel]'), LABELS.channel);
  options($('#interaction select[name=purpose]'), LABELS.purpose);
  options($('#follow-up select[name=type]'), LABELS.followUpType);
  options($('#inbound select[name=channel]'), LABELS.channel);
  options($('#inbound select[name=intent]'), LABELS.intent);
  options($('#inactivation select[name=kind]'), LABELS.inactivationKind);
  addQuoteItem();
  $('#quote-add-item').addEventListener('click', addQuoteItem);
  $('#search').addEventListener('submit', search);
  $('#new-client').addEventListener('submit', register);
  $('#new-client-toggle').addEventListener('click', () => { $('#new-client').hidden = !$('#new-client').hidden; });
  document.querySelectorAll('#record .tabs a').forEach((tab) => tab.addEventListener('click', showAction));
  document.querySelectorAll('form.action').forEach((form) => form.addEventListener('submit', submitAction));
  window.addEventListener('hashchange', route);
  await route();
}

start().catch((error) => showMessage($('#search-message'), error.message));

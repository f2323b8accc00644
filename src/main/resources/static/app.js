// Atende: the agent home (seed 000 "tela inicial de atendimentos", seed 001 lists). Plain JS, no build.
'use strict';

const REMINDER_MINUTES = 15;

/** "2026-12-01T14:30" (São Paulo local time, as the API speaks) → "01/12 14:30". */
function shortDateTime(local) {
  if (!local) return '';
  const [date, time] = local.split('T');
  const [, month, day] = date.split('-');
  return day + '/' + month + ' ' + time.substring(0, 5);
}

function formatInstant(iso) {
  return new Date(iso).toLocaleString('pt-BR', { timeZone: 'America/Sao_Paulo', dateStyle: 'short', timeStyle: 'short' });
}

/** Today in São Paulo as yyyy-MM-dd, whatever the browser's zone. */
function todayInSaoPaulo() {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'America/Sao_Paulo' });
}

/** Now in São Paulo as "yyyy-MM-ddTHH:mm", comparable with the API's callback times. */
function nowInSaoPaulo() {
  return new Date().toLocaleString('sv-SE', { timeZone: 'America/Sao_Paulo' }).replace(' ', 'T').substring(0, 16);
}

function addMinutes(local, minutes) {
  const [date, time] = local.split('T');
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const moved = new Date(Date.UTC(y, mo - 1, d, h, mi + minutes));
  return moved.toISOString().substring(0, 16);
}

// ---- tabs ----

function showTab() {
  const wanted = (window.location.hash || '#iniciar').substring(1);
  const tab = document.querySelector('[data-tab="' + wanted + '"]:not([hidden])') ? wanted : 'iniciar';
  document.querySelectorAll('.panel').forEach((panel) => { panel.hidden = panel.id !== tab; });
  document.querySelectorAll('.tabs a').forEach((link) => {
    link.classList.toggle('active', link.dataset.tab === tab);
    link.setAttribute('aria-selected', link.dataset.tab === tab);
  });
  if (tab === 'atendimentos') loadAttendances();
  if (tab === 'agenda') loadAgenda();
  if (tab === 'incluir') loadLinkCampaigns();
}

// ---- Iniciar atendimento ----

async function loadStores() {
  const target = $('#stores');
  const stores = await api('/stores');
  target.replaceChildren();
  if (stores.length === 0) {
    showMessage($('#start-message'), 'Nenhuma das suas lojas tem campanha ativa.', 'error');
    return;
  }
  for (const store of stores) {
    target.append(element('button', {
      type: 'button', 'data-store': store.code,
      onclick: (event) => {
        target.querySelectorAll('button').forEach((b) => b.classList.remove('active'));
        event.currentTarget.classList.add('active');
        loadCampaigns(store);
      }
    }, store.code + ' - ' + store.name));
  }
  if (stores.length === 1) target.querySelector('button').click();
}

async function loadCampaigns(store) {
  showMessage($('#start-message'), '');
  const campaigns = await api('/stores/' + encodeURIComponent(store.code) + '/campaigns');
  // Replaced in one go when the answer arrives, so two quick clicks never show cards twice.
  $('#campaigns').replaceChildren(...campaigns.map((campaign) => {
    const left = campaign.leadsLeft;
    return element('article', { class: 'card', 'data-campaign': campaign.code },
      element('h3', {}, campaign.name),
      element('div', {}, campaign.offer),
      element('div', { class: 'hint' }, 'Válida até ' + campaign.endsOn.split('-').reverse().join('/')),
      element('div', { class: 'left' }, left === 0 ? 'Não há clientes a acionar nesta campanha.'
        : left + (left === 1 ? ' cliente a acionar' : ' clientes a acionar')),
      left === 0 ? whyEmpty(store, campaign) : null,
      campaign.materialsUrl ? element('a', { href: campaign.materialsUrl, target: '_blank', rel: 'noopener' },
        'Clique para baixar os materiais desta campanha') : null,
      element('button', { type: 'button', disabled: left === 0, onclick: () => startSelling(store, campaign) },
        'Vamos às vendas'));
  }));
}

/** "amanhã às 09:00" / "às 09:00" / "em 26/12 às 10:00" for a "yyyy-MM-ddTHH:mm" against today in São Paulo. */
function whenPhrase(local) {
  const [date, time] = local.split('T');
  const today = todayInSaoPaulo();
  const tomorrow = addMinutes(today + 'T00:00', 24 * 60).substring(0, 10);
  const day = date === today ? '' : date === tomorrow ? 'amanhã ' : 'em ' + shortDateTime(local).substring(0, 5) + ' ';
  return day + 'às ' + time.substring(0, 5);
}

/** One line per reason the contact policy holds leads back (DESIGN queue-status), in the agent's words. */
function heldLine(held) {
  const many = held.count !== 1;
  const clients = held.count + (many ? ' clientes' : ' cliente');
  const back = held.untilLocal ? (many ? 'voltam ' : 'volta ') + whenPhrase(held.untilLocal) + ' no horário deles' : '';
  switch (held.reason) {
    case 'OUTSIDE_HOURS': return clients + ' fora do horário: ' + back;
    case 'HOLIDAY': return clients + ' em feriado: ' + back;
    case 'DAILY_CAP': return clients + (many ? ' já receberam' : ' já recebeu') + ' 2 ligações hoje: ' + back;
    case 'OPTED_OUT': return clients + (many ? ' pediram' : ' pediu') + ' para não receber ligações: não ' + (many ? 'serão acionados' : 'será acionado');
    default: return clients + ': ' + (LABELS.holdReason[held.reason] || held.reason);
  }
}

/** Why the queue is empty: the held leads by reason and when the next one may be called. */
function whyEmpty(store, campaign) {
  const box = element('ul', { class: 'held', 'aria-live': 'polite' });
  api('/campaigns/' + encodeURIComponent(campaign.code) + '/queue-status?store=' + encodeURIComponent(store.code))
    .then((status) => {
      const lines = status.held.map((held) => element('li', { 'data-reason': held.reason }, heldLine(held)));
      const next = status.held.map((held) => held.until).filter(Boolean).sort()[0];
      if (next) {
        lines.push(element('li', { class: 'next' }, 'O próximo cliente pode ser acionado ' + whenPhrase(next)
          + ' (horário de Brasília).'));
      }
      box.replaceChildren(...lines);
    })
    .catch(() => box.replaceChildren());
  return box;
}

async function startSelling(store, campaign) {
  const message = $('#start-message');
  showMessage(message, 'Carregando o próximo cliente…', 'ok');
  try {
    const pulled = await api('/attendances/next', {
      method: 'POST', body: JSON.stringify({ storeCode: store.code, campaignCode: campaign.code })
    });
    window.location.href = taskUrl(pulled.taskId);
  } catch (error) {
    showMessage(message, error.message);
    loadCampaigns(store);
  }
}

// ---- Meus atendimentos ----

async function loadAttendances() {
  const status = $('#filter-status').value;
  const campaign = $('#filter-campaign').value;
  // Seed 001's "Não atuados" are the campaign's clients nobody worked yet (campaign-clients.js).
  if (showListKind(status === 'NOT_ACTED')) return loadCampaignClients(false);
  const query = new URLSearchParams();
  if (status) query.set('status', status);
  if (campaign) query.set('campaign', campaign);
  if ($('#filter-city').value.trim()) query.set('city', $('#filter-city').value.trim());
  if ($('#filter-outcome').value) query.set('outcome', $('#filter-outcome').value);
  const rows = await api('/attendances/mine?' + query);
  fillCampaignFilter(rows);
  const body = $('#attendances tbody');
  body.replaceChildren(...rows.map((row) => element('tr', { 'data-lead': row.leadId },
    element('td', {}, row.leadName),
    element('td', {}, row.phone),
    element('td', {}, row.campaignName),
    element('td', {}, LABELS.leadStatus[row.status] || row.status,
      row.callbackAt ? ' (' + shortDateTime(row.callbackAt) + ')' : ''),
    element('td', {}, LABELS.outcome[row.lastOutcome] || '—', row.proposalCode ? element('span', { class: 'hint' },
      ' · proposta ', element('a', { href: 'propostas.html?code=' + encodeURIComponent(row.proposalCode) }, row.proposalCode)) : ''),
    element('td', {}, formatInstant(row.updatedAt)),
    element('td', {}, row.taskId ? element('a', { href: taskUrl(row.taskId) }, 'Abrir tarefa') : ''))));
  $('#attendances-empty').hidden = rows.length > 0;
}

const knownCampaigns = new Map();

function fillCampaignFilter(rows) {
  const select = $('#filter-campaign');
  let added = false;
  for (const row of rows) {
    if (!knownCampaigns.has(row.campaignCode)) {
      knownCampaigns.set(row.campaignCode, row.campaignName);
      added = true;
    }
  }
  if (!added) return;
  const current = select.value;
  select.replaceChildren(element('option', { value: '' }, 'Todas'),
    ...[...knownCampaigns].map(([code, name]) => element('option', { value: code }, name)));
  select.value = current;
}

// ---- Minha agenda ----

async function loadAgenda() {
  const from = $('#agenda-from').value || todayInSaoPaulo();
  const callbacks = await api('/callbacks/mine?from=' + from + '&days=7');
  const days = new Map();
  for (const callback of callbacks) {
    const day = callback.callbackAt.substring(0, 10);
    if (!days.has(day)) days.set(day, []);
    days.get(day).push(callback);
  }
  const target = $('#agenda-days');
  target.replaceChildren(...[...days].map(([day, items]) => element('section', { class: 'day' },
    element('h3', {}, new Date(day + 'T12:00:00Z').toLocaleDateString('pt-BR',
      { weekday: 'long', day: '2-digit', month: '2-digit', timeZone: 'UTC' })),
    ...items.map(callbackItem))));
  $('#agenda-empty').hidden = callbacks.length > 0;
}

function callbackItem(callback) {
  const message = element('p', { class: 'message', role: 'alert' });
  const head = [element('span', { class: 'time' }, callback.callbackAt.substring(11, 16)),
    element('span', {}, callback.leadName + ' · ' + callback.phone + ' · ' + callback.campaignName)];
  if (callback.status !== 'SCHEDULED') {
    // Closed without a call (the number opted out): kept where it was, with the reason.
    return element('div', { class: 'callback closed', 'data-lead': callback.leadId }, ...head,
      element('span', { class: 'hint' }, (LABELS.leadStatus[callback.status] || callback.status) + ': '
        + (callback.closedReason || '')));
  }
  // Remarcar: a day, then one of its free legal slots (GET /leads/{id}/callback-slots).
  const day = element('input', { type: 'date', value: callback.callbackAt.substring(0, 10),
    'aria-label': 'Dia do novo retorno', oninput: () => loadSlots(callback, day.value, slot, message) });
  const slot = element('select', { 'aria-label': 'Horário livre do novo retorno' });
  loadSlots(callback, day.value, slot, message);
  return element('div', { class: 'callback kind-' + callback.kind, 'data-lead': callback.leadId }, ...head,
    element('span', { class: 'hint' },
      { WHATSAPP_SENT: 'WhatsApp enviado', NO_ANSWER: 'Retorno após falta de contato' }[callback.kind] || 'Agendado'),
    element('span', { class: 'actions' },
      callback.taskId ? element('a', { href: taskUrl(callback.taskId) }, 'Abrir tarefa')
        : element('button', { type: 'button', class: 'take-now', onclick: () => takeNow(callback, message) },
          'Atender agora'),
      day, slot,
      element('button', { type: 'button', onclick: () => reschedule(callback, slot.value, message) }, 'Remarcar'),
      element('button', { type: 'button', class: 'secondary', onclick: () => cancel(callback, message) }, 'Cancelar')),
    message);
}

async function loadSlots(callback, day, select, message) {
  if (!day) return;
  try {
    const { slots } = await api('/leads/' + callback.leadId + '/callback-slots?day=' + day);
    select.replaceChildren(...(slots.length ? slots.map((s) => element('option', { value: s }, s.substring(11, 16)))
      : [element('option', { value: '' }, 'Sem horários livres')]));
  } catch (error) {
    showMessage(message, error.message);
  }
}

async function reschedule(callback, callbackAt, message) {
  if (!callbackAt) {
    showMessage(message, 'Escolha um dia com horário livre para remarcar.');
    return;
  }
  try {
    await api('/leads/' + callback.leadId + '/callback', {
      method: 'PUT', body: JSON.stringify({ callbackAt })
    });
    await loadAgenda();
  } catch (error) {
    showMessage(message, error.message);
  }
}

/** Issue 16 item 2: the booked callback's task opens now, to be finished in Tasklist. */
async function takeNow(callback, message) {
  try {
    const taken = await api('/leads/' + callback.leadId + '/callback/take-now', { method: 'POST' });
    if (taken.taskId) {
      window.location.href = taskUrl(taken.taskId);
    } else {
      showMessage(message, taken.message);
      await loadAgenda();
    }
  } catch (error) {
    showMessage(message, error.message);
  }
}

async function cancel(callback, message) {
  if (!window.confirm('Cancelar o retorno com ' + callback.leadName + '? O cliente volta para o fim da fila.')) return;
  try {
    await api('/leads/' + callback.leadId + '/callback', { method: 'DELETE' });
    await loadAgenda();
  } catch (error) {
    showMessage(message, error.message);
  }
}

// ---- reminders: seed 000 "o sistema notifica o vendedor 15 minutos antes" ----

const reminded = new Set();

async function checkReminders() {
  const callbacks = await api('/callbacks/mine?from=' + todayInSaoPaulo() + '&days=1');
  const now = nowInSaoPaulo();
  const soon = addMinutes(now, REMINDER_MINUTES);
  const due = callbacks.filter((c) => c.status === 'SCHEDULED' && c.callbackAt >= now && c.callbackAt <= soon);
  const banner = $('#reminders');
  banner.replaceChildren(...due.map((c) => element('div', { 'data-lead': c.leadId },
    'Retorno às ' + c.callbackAt.substring(11, 16) + ' com ' + c.leadName + ' (' + c.phone + '). ',
    c.taskId ? element('a', { href: taskUrl(c.taskId) }, 'Abrir tarefa') : null)));
  for (const c of due) {
    if (!reminded.has(c.leadId) && 'Notification' in window && Notification.permission === 'granted') {
      new Notification('Retorno às ' + c.callbackAt.substring(11, 16), { body: c.leadName + ' · ' + c.phone });
    }
    reminded.add(c.leadId);
  }
}

// ---- Incluir cliente (supervisors) ----

async function loadLinkCampaigns() {
  const select = $('#link-form select[name=campaign]');
  if (select.options.length > 0) return;
  const stores = await api('/stores');
  const seen = new Map();
  for (const store of stores) {
    for (const campaign of await api('/stores/' + encodeURIComponent(store.code) + '/campaigns')) {
      seen.set(campaign.code, campaign.name);
    }
  }
  select.replaceChildren(...[...seen].map(([code, name]) => element('option', { value: code }, name + ' (' + code + ')')));
}

async function linkClient(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const data = Object.fromEntries(new FormData(form));
  const campaign = data.campaign;
  delete data.campaign;
  for (const key of Object.keys(data)) if (data[key] === '') delete data[key];
  const message = $('#link-message');
  try {
    const linked = await api('/campaigns/' + encodeURIComponent(campaign) + '/leads', {
      method: 'POST', body: JSON.stringify(data)
    });
    showMessage(message, 'Cliente incluído na campanha (lead ' + linked.leadId + ').', 'ok');
    form.reset();
  } catch (error) {
    showMessage(message, error.message);
  }
}

// ---- start ----

async function start() {
  await labelsLoaded;
  const me = await api('/me');
  // Seed 002's commercial, support and registration teams work clients and follow-ups, not campaigns.
  if (!me.groups.includes('agents') && me.groups.some((g) => ['sales', 'support', 'central'].includes(g))) {
    window.location.replace('agendamentos.html');
    return;
  }
  $('#me').textContent = me.name;
  $('#logout-csrf').name = me.csrfParameter;
  $('#logout-csrf').value = me.csrfToken;
  const manager = me.groups.some((g) => ['supervisors', 'process-owners', 'camunda-admin'].includes(g));
  $('#tab-incluir').hidden = !manager;
  $('#cockpit-link').hidden = !manager;
  // The opt-out ledger and its evidence are the supervisors' (and admins') (OptOutService.keepsTheLedger).
  $('#evidence-link').hidden = !me.groups.some((g) => ['supervisors', 'camunda-admin'].includes(g));
  $('#agenda-from').value = todayInSaoPaulo();
  $('#agenda-from').addEventListener('change', loadAgenda);
  $('#filter-status').addEventListener('change', loadAttendances);
  $('#filter-campaign').addEventListener('change', loadAttendances);
  $('#link-form').addEventListener('submit', linkClient);
  if ('Notification' in window && Notification.permission === 'default') {
    const enable = $('#notify-enable');
    enable.hidden = false;
    enable.addEventListener('click', () => Notification.requestPermission().then(() => { enable.hidden = true; }));
  }
  window.addEventListener('hashchange', showTab);
  showTab();
  loadStores().catch((error) => showMessage($('#start-message'), error.message));
  checkReminders().catch(() => {});
  setInterval(() => checkReminders().catch(() => {}), 60_000);
}

start().catch((error) => showMessage($('#start-message'), error.message));

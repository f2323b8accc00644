// Atende: seed 004's dealer agenda and its Ficha. The list: the events to call, their LeadZap dots
// with "reenviar" and the arrival. The Ficha (#ficha=EV-…): the event, LeadZap's control, Remarcar,
// and the client's actions (Cadastro, Frota, Conversa, flags, Relacionados, a complaint); Voltar
// returns to the list.
'use strict';

const wanted = new URLSearchParams(window.location.search).get('event');
let current = null;

async function load() {
  const rows = await api('/service-events');
  $('#events tbody').replaceChildren(...rows.map(row));
  $('#empty').hidden = rows.length > 0;
  const highlighted = wanted && document.querySelector(`#events tr[data-event="${wanted}"]`);
  if (highlighted) highlighted.classList.add('highlight');
}

const fichaLink = (code) => element('a', { href: '#ficha=' + encodeURIComponent(code) }, code);

/** LeadZap's control: per dispatch its dot, state and message, with "Reenviar" once there is an appointment. */
function dispatches(event) {
  return event.dispatches.map((dispatch) => element('div', { class: 'dispatch', title: dispatch.message },
    element('span', { class: 'dot ' + (dispatch.sent ? 'sent' : 'unsent'),
      'aria-label': dispatch.sent ? 'enviado' : 'não enviado' }), ' ' + dispatch.label + ' — ' + dispatch.status + ' ',
    event.appointmentAt ? element('button', { type: 'button', class: 'secondary small', 'data-resend': dispatch.kind,
      onclick: () => resend(event.code, dispatch.kind) }, 'Reenviar') : ''));
}

function row(event) {
  const leadzap = element('td', { class: 'leadzap', 'data-label': 'LeadZap' });
  if (event.noWhatsapp) leadzap.append('Não quer WhatsApp');
  else leadzap.append(...dispatches(event));
  const actions = element('td', { 'data-label': 'Ações' },
    event.taskId ? element('a', { href: taskUrl(event.taskId) }, 'Abrir ficha') : '', ' ',
    mayArrive(event.status) ? element('button', { type: 'button', class: 'secondary small',
      onclick: () => arrived(event.code) }, 'Cliente chegou') : '');
  return element('tr', { 'data-event': event.code },
    element('td', { 'data-label': 'Evento', class: 'nowrap' }, fichaLink(event.code)),
    element('td', { 'data-label': 'Serviço' }, event.type, event.premium ? element('span', { class: 'hint' }, ' · Agenda Premium') : ''),
    element('td', { 'data-label': 'Cliente' }, element('a', { href: '#ficha=' + encodeURIComponent(event.code) }, event.clientName),
      ' ', element('span', { class: 'nowrap' }, event.phone),
      event.wantsNewCar ? element('span', { class: 'hint' }, ' · interessa carro novo') : ''),
    element('td', { 'data-label': 'Status' }, event.statusLabel),
    element('td', { 'data-label': 'Agendado para' }, localDateTime(event.appointmentAt)),
    leadzap,
    actions);
}

const mayArrive = (status) => status === 'SCHEDULED' || status === 'CONFIRMED';
const mayReschedule = (status) => status === 'CONFIRMED' || status === 'NO_SHOW';

async function resend(code, kind) {
  const target = current ? $('#ficha-message') : $('#message');
  try {
    await api(`/service-events/${encodeURIComponent(code)}/dispatches/${kind}/resend`, { method: 'POST' });
    showMessage(target, 'Reenvio de ' + LABELS.dispatchKind[kind] + ' pedido ao LeadZap.', 'ok');
    await refresh();
  } catch (error) {
    showMessage(target, error.message);
  }
}

async function arrived(code) {
  const target = current ? $('#ficha-message') : $('#message');
  try {
    await api(`/service-events/${encodeURIComponent(code)}/arrival`, { method: 'POST' });
    showMessage(target, 'Chegada registrada: ' + code + '.', 'ok');
    await refresh();
  } catch (error) {
    showMessage(target, error.message);
  }
}

/** The list or the open Ficha, again from the server. */
async function refresh() {
  if (current) await openFicha(current.event.code);
  else await load();
}

async function openFicha(code) {
  const event = await api('/service-events/' + encodeURIComponent(code));
  const client = await api('/clients/' + event.clientId);
  current = { event, client };
  $('#list').hidden = true;
  $('#ficha').hidden = false;
  $('#ficha-title').textContent = 'Ficha de agendamento · ' + event.code + ' · ' + client.name;
  $('#event-actions').replaceChildren(
    event.taskId ? element('a', { href: taskUrl(event.taskId), class: 'button-link' }, 'Abrir ' + event.taskName + ' no Tasklist') : '',
    mayArrive(event.status) ? element('button', { type: 'button', class: 'secondary', onclick: () => arrived(event.code) },
      'Cliente chegou') : '',
    !event.taskId && !mayArrive(event.status) && !mayReschedule(event.status)
      ? element('span', { class: 'hint' }, 'Evento ' + event.statusLabel.toLowerCase() + ': nada a fazer.') : '');
  $('#reschedule').hidden = !mayReschedule(event.status);
  const facts = [['Serviço', event.type + (event.premium ? ' · Agenda Premium' : '')], ['Veículo', event.vehicle || '—'],
    ['Status', event.statusLabel], ['Agendado para', localDateTime(event.appointmentAt) || '—'],
    ['Responsável', event.responsible || 'o time'], ['Produtivo', event.technician || '—'], ['Código do evento', event.code],
    ['Observações', event.observation || '—']];
  $('#ficha-data').replaceChildren(...facts.flatMap(([term, value]) => [element('dt', {}, term), element('dd', {}, value)]));
  $('#ficha-leadzap-block').hidden = client.noWhatsapp;
  $('#ficha-leadzap').replaceChildren(...(event.dispatches.length ? dispatches(event)
    : [element('span', { class: 'hint' }, 'Nenhum disparo ainda: o LeadZap envia ao agendar.')]));
  showClient(client);
}

function showClient(client) {
  $('#client-data').textContent = [client.name, client.phone, client.cpfCnpj, client.email].filter(Boolean).join(' · ');
  $('#client-record').href = 'cadastros.html#cliente=' + client.id;
  $('#client-fleet-link').href = 'cadastros.html#frota=' + client.id;
  // Seed 004: "Se cliente marcado para NÃO receber Whatsapp, ele não vai abrir a conversa."
  $('#conversation-toggle').hidden = client.noWhatsapp;
  $('#no-whatsapp-note').hidden = !client.noWhatsapp;
  if (client.noWhatsapp) $('#conversation').hidden = true;
  $('#flag-new-car').checked = client.wantsNewCar;
  $('#flag-no-whatsapp').checked = client.noWhatsapp;
  $('#client-fleet').replaceChildren(...(client.fleet.length ? client.fleet.map((v) => element('li', {}, v))
    : [element('li', { class: 'hint' }, 'Nenhum veículo cadastrado.')]));
  $('#client-related').replaceChildren(...Object.entries(client.related).map(([group, events]) =>
    element('div', {}, element('h5', {}, group + ' (' + events.length + ')'),
      events.length ? element('div', { class: 'table-wrap' }, element('table', { class: 'related' },
        element('thead', {}, element('tr', {}, ...['Evento', 'Serviço', 'Status', 'Agendado para', 'Responsável']
          .map((title) => element('th', {}, title)))),
        element('tbody', {}, ...events.map((e) => element('tr', {},
          element('td', {}, fichaLink(e.code)), element('td', {}, e.type), element('td', {}, e.status),
          element('td', {}, localDateTime(e.appointmentAt)), element('td', {}, e.responsible || '—')))))) : '')));
  $('#complaints-title').textContent = 'Nova reclamação (' + client.complaints + ' até agora)';
}

async function toggleConversation() {
  const panel = $('#conversation');
  if (!panel.hidden) {
    panel.hidden = true;
    return;
  }
  try {
    const conversation = await api('/clients/' + current.client.id + '/conversation');
    $('#conversation-lines').replaceChildren(...conversation.messages.map((line) =>
      element('li', { class: line.direction === 'IN' ? 'in' : 'out' },
        element('span', { class: 'when' }, line.at + ' · ' + line.who + (line.kind ? ' (' + line.kind + ', ' + line.eventCode + ')' : '')),
        element('p', {}, line.text))));
    $('#conversation-empty').hidden = conversation.messages.length > 0;
    panel.hidden = false;
  } catch (error) {
    showMessage($('#client-message'), error.message);
  }
}

async function reschedule(submitted) {
  submitted.preventDefault();
  const form = $('#reschedule');
  const data = Object.fromEntries(new FormData(form));
  try {
    await api('/service-events/' + encodeURIComponent(current.event.code) + '/reschedule',
      { method: 'POST', body: JSON.stringify(data) });
    form.reset();
    await openFicha(current.event.code);
    showMessage($('#ficha-message'), 'Agendamento remarcado para ' + localDateTime(current.event.appointmentAt)
      + '. O LeadZap envia o novo agendamento.', 'ok');
  } catch (error) {
    showMessage($('#ficha-message'), error.message);
  }
}

async function flag(changes) {
  try {
    await api('/clients/' + current.client.id + '/flags', { method: 'PATCH', body: JSON.stringify(changes) });
    showMessage($('#client-message'), 'Cliente atualizado.', 'ok');
    await openFicha(current.event.code);
  } catch (error) {
    showMessage($('#client-message'), error.message);
  }
}

async function openComplaint(event) {
  event.preventDefault();
  const data = Object.fromEntries(new FormData($('#complaint-form')));
  try {
    const created = await api('/clients/' + current.client.id + '/complaints', { method: 'POST', body: JSON.stringify(data) });
    $('#complaint-form').reset();
    await openFicha(current.event.code);
    showMessage($('#client-message'), 'Reclamação ' + created.code + ' aberta.', 'ok');
  } catch (error) {
    showMessage($('#client-message'), error.message);
  }
}

/** #ficha=EV-… shows that event's Ficha; no hash, the list. */
async function route() {
  const match = window.location.hash.match(/^#ficha=(.+)$/);
  for (const target of [$('#message'), $('#ficha-message'), $('#client-message')]) showMessage(target, '');
  $('#conversation').hidden = true;
  if (match) {
    try {
      await openFicha(decodeURIComponent(match[1]));
      window.scrollTo(0, 0);
      return;
    } catch (error) {
      current = null;
      $('#ficha').hidden = true;
      $('#list').hidden = false;
      await load();
      showMessage($('#message'), error.message);
      return;
    }
  }
  current = null;
  $('#ficha').hidden = true;
  $('#list').hidden = false;
  await load();
}

/** Voltar: back to the agenda, the event's row marked. */
function back() {
  const code = current && current.event.code;
  history.pushState(null, '', window.location.pathname + (code ? '?event=' + encodeURIComponent(code) : ''));
  route().then(() => {
    const row = code && document.querySelector(`#events tr[data-event="${code}"]`);
    if (row) {
      row.classList.add('highlight');
      row.scrollIntoView({ block: 'center' });
    }
  }).catch((error) => showMessage($('#message'), error.message));
}

async function start() {
  await labelsLoaded;
  const reasons = await api('/complaint-reasons');
  $('#complaint-form select').replaceChildren(...reasons.map((r) => element('option', { value: r.code }, r.name)));
  $('#flag-new-car').addEventListener('change', (e) => flag({ wantsNewCar: e.target.checked }));
  $('#flag-no-whatsapp').addEventListener('change', (e) => flag({ noWhatsapp: e.target.checked }));
  $('#complaint-form').addEventListener('submit', openComplaint);
  $('#reschedule').addEventListener('submit', reschedule);
  $('#conversation-toggle').addEventListener('click', toggleConversation);
  $('#back').addEventListener('click', back);
  window.addEventListener('hashchange', () => route().catch((error) => showMessage($('#message'), error.message)));
  await route();
}

start().catch((error) => showMessage($('#message'), error.message));

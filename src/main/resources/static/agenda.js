// Atende: seed 004's dealer agenda. The events to call, their LeadZap dots with "reenviar", the
// client's actions (flags, related events, complaint) and the arrival at the dealership.
'use strict';

const wanted = new URLSearchParams(window.location.search).get('event');
let currentClient = null;


async function load() {
  const rows = await api('/service-events');
  $('#events tbody').replaceChildren(...rows.map(row));
  $('#empty').hidden = rows.length > 0;
  const highlighted = wanted && document.querySelector(`#events tr[data-event="${wanted}"]`);
  if (highlighted) highlighted.classList.add('highlight');
}

function row(event) {
  const leadzap = element('td', { class: 'leadzap' });
  if (event.noWhatsapp) {
    leadzap.append('Não quer WhatsApp');
  } else {
    for (const dispatch of event.dispatches) {
      leadzap.append(element('div', { class: 'dispatch', title: dispatch.message },
        element('span', { class: 'dot ' + (dispatch.sent ? 'sent' : 'unsent'),
          'aria-label': dispatch.sent ? 'enviado' : 'não enviado' }), ' ' + dispatch.label + ' — ' + dispatch.status + ' ',
        event.appointmentAt ? element('button', { type: 'button', class: 'secondary', 'data-resend': dispatch.kind,
          onclick: () => resend(event.code, dispatch.kind) }, 'Reenviar') : ''));
    }
  }
  const actions = element('td', {},
    event.taskId ? element('a', { href: taskUrl(event.taskId) }, 'Abrir ficha') : '', ' ',
    event.appointmentAt ? element('button', { type: 'button', class: 'secondary',
      onclick: () => arrived(event.code) }, 'Cliente chegou') : '');
  return element('tr', { 'data-event': event.code },
    element('td', {}, event.code),
    element('td', {}, event.type, event.premium ? element('span', { class: 'hint' }, ' · Agenda Premium') : ''),
    element('td', {}, element('a', { href: '#', onclick: (e) => { e.preventDefault(); showClient(event.clientId); } },
      event.clientName), ' ', event.phone, event.wantsNewCar ? element('span', { class: 'hint' }, ' · interessa carro novo') : ''),
    element('td', {}, event.statusLabel),
    element('td', {}, localDateTime(event.appointmentAt)),
    leadzap,
    actions);
}

async function resend(code, kind) {
  try {
    await api(`/service-events/${encodeURIComponent(code)}/dispatches/${kind}/resend`, { method: 'POST' });
    showMessage($('#message'), 'Reenvio de ' + LABELS.dispatchKind[kind] + ' pedido ao LeadZap.', 'ok');
    await load();
  } catch (error) {
    showMessage($('#message'), error.message);
  }
}

async function arrived(code) {
  try {
    await api(`/service-events/${encodeURIComponent(code)}/arrival`, { method: 'POST' });
    showMessage($('#message'), 'Chegada registrada: ' + code + '.', 'ok');
    await load();
  } catch (error) {
    showMessage($('#message'), error.message);
  }
}

async function showClient(id) {
  const client = await api('/clients/' + id);
  currentClient = client;
  $('#client').hidden = false;
  $('#client-name').textContent = client.name;
  $('#client-data').textContent = [client.phone, client.cpfCnpj, client.email].filter(Boolean).join(' · ');
  $('#flag-new-car').checked = client.wantsNewCar;
  $('#flag-no-whatsapp').checked = client.noWhatsapp;
  $('#client-fleet').replaceChildren(...client.fleet.map((v) => element('li', {}, v)));
  $('#client-related').replaceChildren(...Object.entries(client.related).map(([group, events]) =>
    element('div', {}, element('h4', {}, group + ' (' + events.length + ')'),
      element('ul', {}, ...events.map((e) => element('li', {},
        e.code + ' · ' + e.type + ' · ' + e.status + (e.appointmentAt ? ' · ' + localDateTime(e.appointmentAt) : '')))))));
  $('#complaints-title').textContent = 'Nova reclamação (' + client.complaints + ' até agora)';
  $('#client').scrollIntoView();
}

async function flag(changes) {
  try {
    await api('/clients/' + currentClient.id + '/flags', { method: 'PATCH', body: JSON.stringify(changes) });
    showMessage($('#client-message'), 'Cliente atualizado.', 'ok');
    await Promise.all([showClient(currentClient.id), load()]);
  } catch (error) {
    showMessage($('#client-message'), error.message);
  }
}

async function openComplaint(event) {
  event.preventDefault();
  const data = Object.fromEntries(new FormData($('#complaint-form')));
  try {
    const created = await api('/clients/' + currentClient.id + '/complaints', { method: 'POST', body: JSON.stringify(data) });
    showMessage($('#client-message'), 'Reclamação ' + created.code + ' aberta.', 'ok');
    $('#complaint-form').reset();
    await showClient(currentClient.id);
  } catch (error) {
    showMessage($('#client-message'), error.message);
  }
}

async function start() {
  await labelsLoaded;
  const reasons = await api('/complaint-reasons');
  $('#complaint-form select').replaceChildren(...reasons.map((r) => element('option', { value: r.code }, r.name)));
  $('#flag-new-car').addEventListener('change', (e) => flag({ wantsNewCar: e.target.checked }));
  $('#flag-no-whatsapp').addEventListener('change', (e) => flag({ noWhatsapp: e.target.checked }));
  $('#complaint-form').addEventListener('submit', openComplaint);
  await load();
}

start().catch((error) => showMessage($('#message'), error.message));

// Atende: the dealer's registers (seed 004): clients and their fleet, event types, loss and
// complaint reasons; list, create, edit, and deactivate instead of delete. The server checks who
// may (managers; the client record also seed 002's teams) and each field, in pt-BR.
'use strict';

let me = null;
let fleetClient = null;
const active = (row) => row.active ? 'Ativo' : 'Inativo';

/** A form's fields as JSON: checkboxes as booleans, multi-selects as lists, empty text left out. */
function formData(form) {
  const data = {};
  for (const field of form.elements) {
    if (!field.name) continue;
    if (field.type === 'checkbox') data[field.name] = field.checked;
    else if (field.multiple) data[field.name] = [...field.selectedOptions].map((option) => option.value);
    else if (field.type === 'number') { if (field.value !== '') data[field.name] = Number(field.value); }
    else if (field.value.trim() !== '') data[field.name] = field.value.trim();
  }
  return data;
}

/** Puts a row's values into the form; the code of an existing row is not edited. */
function fill(form, row) {
  form.reset();
  for (const field of form.elements) {
    if (!field.name || !(field.name in row)) continue;
    const value = row[field.name];
    if (field.type === 'checkbox') field.checked = Boolean(value);
    else if (field.multiple) [...field.options].forEach((option) => { option.selected = (value || []).includes(option.value); });
    else field.value = value === null || value === undefined ? '' : value;
  }
  if (form.elements.code) form.elements.code.readOnly = true;
  form.dataset.editing = row.code || row.id;
  title(form, 'Editar: ' + (row.name || row.model || form.dataset.editing));
  form.scrollIntoView({ block: 'nearest' });
}

function newRow(form) {
  delete form.dataset.editing;
  if (form.elements.code) form.elements.code.readOnly = false;
  title(form, 'Novo');
}

/** The form's heading says whether it creates or edits which row. */
function title(form, text) {
  const heading = form.querySelector('h3');
  if (!heading.dataset.what) heading.dataset.what = heading.textContent;
  heading.textContent = heading.dataset.what + ' · ' + text;
}

/**
 * The three catalogues share one shape: a list, a form that creates (POST) or edits (PUT by code),
 * and "Ativo" to take a row out of use without losing the events that name it.
 */
const CATALOGUES = {
  tipos: { path: '/event-types', table: '#types', form: '#type-form', what: 'Tipo de evento',
    columns: [['Código', (r) => r.code], ['Nome', (r) => r.name], ['Grupo', (r) => r.group],
      ['Premium', (r) => r.premium ? 'Sim' : 'Não'], ['Departamento', (r) => r.department],
      ['Motivos cruzados', (r) => r.lossReasons.join(', ') || '—'], ['Responsável', (r) => r.fixedResponsible || r.team || '—'],
      ['Situação', active]],
    // The select speaks codes; the server stores and shows the group's label.
    toForm: (r) => ({ ...r, group: Object.entries(LABELS.eventGroup).find(([, label]) => label === r.group)?.[0] || '' }) },
  perda: { path: '/loss-reasons', table: '#loss', form: '#loss-form', what: 'Motivo de perda',
    columns: [['Código', (r) => r.code], ['Nome', (r) => r.name], ['Departamento', (r) => r.department], ['Situação', active]] },
  reclamacao: { path: '/complaint-reasons', list: '/complaint-reasons?all=true', table: '#complaints', form: '#complaint-form',
    what: 'Motivo de reclamação',
    columns: [['Código', (r) => r.code], ['Nome', (r) => r.name], ['Tipo de evento', (r) => r.eventTypeCode],
      ['Responsável', (r) => r.fixedResponsible || r.team || '—'], ['Situação', active]] }
};

async function loadCatalogue(name) {
  const catalogue = CATALOGUES[name];
  const rows = await api(catalogue.list || catalogue.path);
  const table = $(catalogue.table);
  table.tHead.replaceChildren(element('tr', {}, ...catalogue.columns.map(([title]) => element('th', {}, title)),
    element('th', {}, '')));
  table.tBodies[0].replaceChildren(...rows.map((row) => element('tr', { 'data-code': row.code, class: row.active ? '' : 'inactive' },
    ...catalogue.columns.map(([, value]) => element('td', { class: 'wrap' }, value(row))),
    element('td', {}, element('button', { type: 'button', class: 'secondary small',
      onclick: () => fill($(catalogue.form), catalogue.toForm ? catalogue.toForm(row) : row) }, 'Editar')))));
  return rows;
}

async function saveCatalogue(name, submitted) {
  submitted.preventDefault();
  const catalogue = CATALOGUES[name];
  const form = $(catalogue.form);
  const data = formData(form);
  const editing = form.dataset.editing;
  try {
    await api(editing ? catalogue.path + '/' + encodeURIComponent(editing) : catalogue.path,
      { method: editing ? 'PUT' : 'POST', body: JSON.stringify(data) });
    const code = editing || data.code;
    form.reset();
    newRow(form);
    await loadAll();
    showMessage($('#message'), catalogue.what + ' ' + code + (editing ? ' alterado.' : ' cadastrado.'), 'ok');
  } catch (error) {
    showMessage($('#message'), error.message);
  }
}

/** The lists the forms choose from: groups, loss reasons, event types. */
async function loadAll() {
  const [types, reasons] = await Promise.all([loadCatalogue('tipos'), loadCatalogue('perda')]);
  if (me.manager) await loadCatalogue('reclamacao');
  $('#type-form select[name=group]').replaceChildren(element('option', { value: '' }, 'Selecione'),
    ...Object.entries(LABELS.eventGroup).map(([code, label]) => element('option', { value: code }, label)));
  $('#type-form select[name=lossReasons]').replaceChildren(...reasons.map((r) =>
    element('option', { value: r.code }, r.name + (r.active ? '' : ' (inativo)'))));
  $('#complaint-form select[name=eventTypeCode]').replaceChildren(element('option', { value: '' }, 'Selecione'),
    ...types.map((t) => element('option', { value: t.code }, t.name + (t.active ? '' : ' (inativo)'))));
}

// Clients: the one client record (seed 002 and the dealer), found by name, phone or CPF/CNPJ.

async function searchClients(submitted) {
  if (submitted) submitted.preventDefault();
  try {
    const found = await api('/clients?q=' + encodeURIComponent($('#client-search').elements.q.value));
    $('#client-results-wrap').hidden = false;
    $('#client-results tbody').replaceChildren(...found.map((client) => element('tr', { 'data-client': client.id },
      element('td', {}, client.name), element('td', {}, client.phone), element('td', {}, client.cpfCnpj || '—'),
      element('td', {}, client.email || '—'),
      element('td', {}, element('a', { href: '#cliente=' + client.id }, 'Editar'), ' ',
        element('a', { href: '#frota=' + client.id }, 'Frota')))));
    if (found.length === 0) showMessage($('#message'), 'Nenhum cliente encontrado.', 'ok');
  } catch (error) {
    showMessage($('#message'), error.message);
  }
}

async function editClient(id) {
  const client = await api('/clients/' + encodeURIComponent(id));
  const form = $('#client-form');
  form.hidden = false;
  fill(form, client);
}

async function saveClient(submitted) {
  submitted.preventDefault();
  const form = $('#client-form');
  const editing = form.dataset.editing;
  try {
    const saved = await api(editing ? '/clients/' + editing : '/clients',
      { method: editing ? 'PUT' : 'POST', body: JSON.stringify(formData(form)) });
    const id = editing || saved.id;
    await editClient(id);
    showMessage($('#message'), editing ? 'Cliente alterado.' : 'Cliente cadastrado.', 'ok');
  } catch (error) {
    showMessage($('#message'), error.message);
  }
}

// The fleet: seed 004's "Botão Frota ... podendo alterar dados se tiver acesso liberado".

async function showFleet(clientId) {
  const [client, vehicles] = await Promise.all([api('/clients/' + clientId), api('/clients/' + clientId + '/vehicles')]);
  fleetClient = client;
  $('#fleet-client').textContent = 'Frota de ' + client.name + ' (' + vehicles.length + ' veículo' + (vehicles.length === 1 ? '' : 's') + ')';
  $('#fleet-wrap').hidden = false;
  $('#fleet tbody').replaceChildren(...vehicles.map((vehicle) => element('tr', { 'data-vehicle': vehicle.id },
    element('td', {}, vehicle.plate || '—'), element('td', {}, vehicle.model), element('td', {}, vehicle.year || '—'),
    element('td', {}, element('button', { type: 'button', class: 'secondary small',
      onclick: () => fill($('#vehicle-form'), vehicle) }, 'Editar')))));
  const form = $('#vehicle-form');
  form.hidden = false;
  form.reset();
  newRow(form);
}

async function saveVehicle(submitted) {
  submitted.preventDefault();
  const form = $('#vehicle-form');
  const editing = form.dataset.editing;
  const path = '/clients/' + fleetClient.id + '/vehicles';
  try {
    await api(editing ? path + '/' + editing : path, { method: editing ? 'PUT' : 'POST', body: JSON.stringify(formData(form)) });
    await showFleet(fleetClient.id);
    showMessage($('#message'), editing ? 'Veículo alterado.' : 'Veículo cadastrado.', 'ok');
  } catch (error) {
    showMessage($('#message'), error.message);
  }
}

/** #clientes, #cliente=ID, #frota[=ID], #tipos, #perda, #reclamacao. */
async function route() {
  const [, tab, id] = window.location.hash.match(/^#(\w+)(?:=(\d+))?$/) || [null, 'clientes'];
  const shown = tab === 'cliente' ? 'clientes' : (document.querySelector('#tab-' + tab) ? tab : 'clientes');
  document.querySelectorAll('.register').forEach((section) => { section.hidden = section.id !== 'tab-' + shown; });
  document.querySelectorAll('.tabs a').forEach((link) => link.classList.toggle('active', link.dataset.tab === shown));
  showMessage($('#message'), '');
  try {
    if (tab === 'cliente' && id) await editClient(id);
    if (tab === 'frota' && id) await showFleet(id);
  } catch (error) {
    showMessage($('#message'), error.message);
  }
}

async function start() {
  [me] = await Promise.all([api('/me'), labelsLoaded]);
  $('#me').textContent = me.name;
  $('#who').textContent = me.manager ? 'Você pode cadastrar e alterar todos os cadastros da agenda.'
    : 'Só supervisores, BI e administradores alteram a frota, os tipos e os motivos; aqui você os consulta.';
  $('#client-search').addEventListener('submit', searchClients);
  $('#client-new').addEventListener('click', () => {
    const form = $('#client-form');
    form.hidden = false;
    form.reset();
    newRow(form);
  });
  $('#client-form').addEventListener('submit', saveClient);
  $('#vehicle-form').addEventListener('submit', saveVehicle);
  $('#vehicle-new').addEventListener('click', () => {
    $('#vehicle-form').reset();
    newRow($('#vehicle-form'));
  });
  for (const name of Object.keys(CATALOGUES)) {
    const form = $(CATALOGUES[name].form);
    form.addEventListener('submit', (event) => saveCatalogue(name, event));
    form.addEventListener('reset', () => newRow(form));
  }
  window.addEventListener('hashchange', route);
  await loadAll();
  await route();
}

start().catch((error) => showMessage($('#message'), error.message));

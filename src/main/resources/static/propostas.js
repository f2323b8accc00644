// Atende: seed 003's proposal search (Pendência, Auditoria, Manutenção), the log, and the confirmed export.
'use strict';

let me = null;

const isIn = (group) => me.groups.includes(group);

function query() {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData($('#filters'))) if (value.trim()) params.set(name, value.trim());
  return params;
}

async function search(event) {
  if (event) event.preventDefault();
  showMessage($('#message'), '');
  const params = query();
  for (const format of ['xlsx', 'csv']) {
    const exportParams = new URLSearchParams(params);
    exportParams.set('format', format);
    $('#export-' + format).href = 'api/proposals/export?' + exportParams;
  }
  try {
    const result = await api('/proposals?' + params);
    $('#proposals tbody').replaceChildren(...result.proposals.map(row));
    $('#empty').hidden = result.proposals.length > 0;
    $('#limited').hidden = !result.limited;
    if (params.get('code') && result.proposals.length === 1) await showDetail(params.get('code'));
  } catch (error) {
    showMessage($('#message'), error.message);
  }
}

function row({ proposal, openTask }) {
  const actions = element('td', {});
  if (openTask && (openTask.step !== 'ResolvePendency' || openTask.assignee === me.id)) {
    actions.append(element('a', { href: taskUrl(openTask.id) }, 'Abrir tarefa'), ' ');
  }
  if (isIn('maintenance') || isIn('camunda-admin')) {
    actions.append(element('button', { type: 'button', class: 'secondary', 'data-maintain': proposal.code,
      onclick: () => maintain(proposal.code) }, 'Manutenção'));
  }
  return element('tr', { 'data-code': proposal.code },
    element('td', {}, element('a', { href: '#', onclick: (e) => { e.preventDefault(); showDetail(proposal.code); } },
      proposal.code)),
    element('td', {}, localDateTime(proposal.soldAt)),
    element('td', {}, proposal.clientName),
    element('td', {}, proposal.cpfCnpj || ''),
    element('td', {}, proposal.product),
    element('td', {}, proposal.seller),
    element('td', { class: 'situation' }, proposal.situationLabel),
    element('td', {}, openTask ? openTask.name + (openTask.assignee ? ' (' + openTask.assignee + ')' : '') : 'Encerrada'),
    actions);
}

/** Seed 003 "Manutenção": opens MaintainProposal (from any phase, or after the end) and goes to it. */
async function maintain(code) {
  if (!window.confirm('Abrir a proposta ' + code + ' na manutenção? A etapa em que ela está será interrompida.')) return;
  try {
    const opened = await api('/proposals/' + encodeURIComponent(code) + '/maintenance', {
      method: 'POST' });
    window.location.href = taskUrl(opened.taskId);
  } catch (error) {
    showMessage($('#message'), error.message);
  }
}

async function showDetail(code) {
  const proposal = await api('/proposals/' + encodeURIComponent(code));
  $('#detail').hidden = false;
  $('#detail-title').textContent = 'Proposta ' + proposal.code + ' — ' + proposal.situationLabel;
  $('#detail-summary').textContent = proposal.clientName + (proposal.cpfCnpj ? ' · ' + proposal.cpfCnpj : '')
    + ' · ' + proposal.product + ' · vendida por ' + proposal.seller + ' em ' + localDateTime(proposal.soldAt)
    + ' · ' + proposal.auditType;
  $('#detail-phones').replaceChildren(...proposal.phones.map((p) => element('li', {},
    p.type + ': ' + p.phone + ' — ' + p.status + (p.lastCallAt ? ' (última ligação ' + localDateTime(p.lastCallAt) + ')' : ''))));
  $('#detail-changes tbody').replaceChildren(...proposal.changes.map((c) => element('tr', {},
    element('td', {}, localDateTime(c.changedAt)),
    element('td', {}, c.changedBy),
    element('td', {}, c.step),
    element('td', {}, c.from ? LABELS.situation[c.from] : ''),
    element('td', {}, LABELS.situation[c.to]),
    element('td', {}, [c.cancelReason ? LABELS.cancelReason[c.cancelReason] + '.' : '', c.observation || '',
      c.changedFields ? '(' + c.changedFields + ')' : ''].join(' ').trim()))));
}

async function start() {
  await labelsLoaded;
  $('#filters select[name=situation]').append(...Object.entries(LABELS.situation)
    .map(([code, label]) => element('option', { value: code }, label)));
  me = await api('/me');
  const onlyAgent = isIn('agents') && !['supervisors', 'auditors', 'maintenance', 'process-owners', 'camunda-admin']
    .some(isIn);
  $('#scope-hint').textContent = onlyAgent ? 'Você vê as propostas que vendeu.' : 'Todas as propostas que você acompanha.';
  $('#export').hidden = onlyAgent;
  const code = new URLSearchParams(window.location.search).get('code');
  if (code) $('#filters [name=code]').value = code;
  $('#filters').addEventListener('submit', search);
  await search();
}

start();

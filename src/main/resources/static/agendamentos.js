// Atende: "Meus agendamentos" (seed 002 follow-ups by deadline) and the supervisors' team view with
// the follow-ups waiting for validation. Plain JS, no build.
'use strict';

const day = (isoDay) => isoDay ? isoDay.split('-').reverse().join('/') : '';

function selectOptions(select, labels, all) {
  select.replaceChildren(element('option', { value: '' }, all),
    ...Object.entries(labels).map(([code, label]) => element('option', { value: code }, label)));
}

async function loadMine() {
  const mine = await api('/follow-ups/mine');
  const buckets = new Map();
  for (const followUp of mine) {
    if (!buckets.has(followUp.bucket)) buckets.set(followUp.bucket, { label: followUp.bucketLabel, rows: [] });
    buckets.get(followUp.bucket).rows.push(followUp);
  }
  $('#mine').replaceChildren(...[...buckets].map(([bucket, group]) => element('div', { class: 'day' },
    element('h3', {}, group.label + ' (' + group.rows.length + ')'),
    element('div', { class: 'table-wrap' }, element('table', { 'data-bucket': bucket },
      element('thead', {}, element('tr', {}, ...['Código', 'Cliente', 'Tipo', 'Produto/serviço', 'Prazo', '']
        .map((title) => element('th', {}, title)))),
      element('tbody', {}, ...group.rows.map((f) => element('tr', { class: 'bucket-' + bucket.toLowerCase(), 'data-code': f.code },
        element('td', {}, f.code),
        element('td', {}, element('a', { href: 'clientes.html#cliente=' + f.clientId }, f.clientName)),
        element('td', {}, f.typeLabel), element('td', { class: 'wrap' }, f.product),
        element('td', {}, day(f.dueOn) + (f.renewals ? ' (renovado)' : '')),
        element('td', {}, f.taskId ? element('a', { href: taskUrl(f.taskId) }, 'Abrir tarefa') : '')))))))));
  $('#mine-empty').hidden = mine.length > 0;
}

async function reassign(row) {
  const owner = window.prompt('Passar o agendamento ' + row.code + ' para qual usuário (id)?', '');
  if (!owner) return;
  try {
    await api('/follow-ups/' + encodeURIComponent(row.code) + '/owner', { method: 'PUT', body: JSON.stringify({ owner }) });
    showMessage($('#team-message'), 'Agendamento ' + row.code + ' agora é de ' + owner + '.', 'ok');
    await loadTeam();
  } catch (error) {
    showMessage($('#team-message'), error.message);
  }
}

async function validate(row, decision) {
  const note = decision === 'REJECT' ? window.prompt('Por que o agendamento ' + row.code + ' não vale?', '') : '';
  if (note === null) return;
  try {
    await api('/follow-ups/' + encodeURIComponent(row.code) + '/validation',
      { method: 'POST', body: JSON.stringify({ decision, note }) });
    showMessage($('#team-message'), 'Agendamento ' + row.code + (decision === 'APPROVE' ? ' validado.' : ' recusado.'), 'ok');
    await loadTeam();
  } catch (error) {
    showMessage($('#team-message'), error.message);
  }
}

async function loadTeam(event) {
  if (event) event.preventDefault();
  const params = new URLSearchParams();
  for (const field of $('#team-filters').elements) {
    if (field.name && field.value) params.set(field.name, field.value.trim());
  }
  try {
    const rows = await api('/follow-ups?' + params);
    $('#team tbody').replaceChildren(...rows.map((row) => element('tr', { 'data-code': row.code },
      element('td', {}, row.code),
      element('td', {}, element('a', { href: 'clientes.html#cliente=' + row.clientId }, row.clientName)),
      element('td', {}, row.typeLabel), element('td', { class: 'wrap' }, row.product), element('td', {}, row.owner),
      element('td', {}, day(row.dueOn)), element('td', {}, row.statusLabel),
      element('td', {}, ...(row.status === 'PENDING_VALIDATION'
        ? [element('button', { type: 'button', class: 'secondary', onclick: () => validate(row, 'APPROVE') }, 'Validar'), ' ',
          element('button', { type: 'button', class: 'secondary', onclick: () => validate(row, 'REJECT') }, 'Recusar')]
        : row.status === 'OPEN'
          ? [element('button', { type: 'button', class: 'secondary', onclick: () => reassign(row) }, 'Passar para…')] : [])))));
    $('#team-empty').hidden = rows.length > 0;
    showMessage($('#team-message'), '');
  } catch (error) {
    showMessage($('#team-message'), error.message);
  }
}

async function loadSales() {
  const rows = await api('/sales');
  $('#sales tbody').replaceChildren(...rows.map((sale) => element('tr', {},
    element('td', {}, localDateTime(sale.soldAt)),
    element('td', { class: 'wrap' }, element('a', { href: 'clientes.html#cliente=' + sale.clientId }, sale.product)),
    element('td', {}, sale.soldBy),
    element('td', {}, sale.commissionLabel + (sale.commissionUser ? ' · ' + sale.commissionUser : '')),
    element('td', {}, sale.followUpOwner || '—'), element('td', { class: 'wrap' }, sale.rule))));
  $('#sales-empty').hidden = rows.length > 0;
}

async function loadReport(event) {
  if (event) event.preventDefault();
  const params = new URLSearchParams();
  for (const field of $('#report-filters').elements) {
    if (field.name && field.value) params.set(field.name, field.value);
  }
  for (const format of ['xlsx', 'csv']) {
    const exportParams = new URLSearchParams(params);
    exportParams.set('format', format);
    $('#report-' + format).href = 'api/reports/follow-ups/export?' + exportParams;
  }
  try {
    const report = await api('/reports/follow-ups?' + params);
    $('#report tbody').replaceChildren(...report.rows.map((row) => element('tr', {},
      element('td', {}, row.owner), element('td', {}, row.typeLabel),
      ...[row.opened, row.open, row.concluded, row.sold, row.expired].map((n) => element('td', { class: 'number' }, String(n))),
      element('td', { class: 'number' }, row.conversion.toFixed(1).replace('.', ',') + '%'))));
  } catch (error) {
    showMessage($('#team-message'), error.message);
  }
}

function showTab() {
  const tab = (window.location.hash || '#meus').substring(1);
  document.querySelectorAll('.tabs a').forEach((link) => link.classList.toggle('active', link.dataset.tab === tab));
  document.querySelectorAll('main .panel').forEach((panel) => { panel.hidden = panel.id !== tab; });
}

async function start() {
  const [me] = await Promise.all([api('/me'), labelsLoaded]);
  $('#me').textContent = me.name;
  const supervisor = me.groups.some((g) => ['supervisors', 'process-owners', 'camunda-admin'].includes(g));
  $('#tab-equipe').hidden = !supervisor;
  selectOptions($('#team-filters select[name=type]'), LABELS.followUpType, 'Todos');
  selectOptions($('#team-filters select[name=status]'), LABELS.followUpStatus, 'Abertos e a validar');
  $('#team-filters').addEventListener('submit', loadTeam);
  window.addEventListener('hashchange', showTab);
  showTab();
  await loadMine();
  $('#report-filters').addEventListener('submit', loadReport);
  if (supervisor) await Promise.all([loadTeam(), loadSales(), loadReport()]);
}

start().catch((error) => showMessage($('#mine-message'), error.message));

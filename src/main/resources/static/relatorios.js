// Atende: the reports page (seed 000 "Relatórios"). Filters → JSON on screen, exports as XLSX/CSV.
'use strict';

let charts = [];

function query() {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData($('#filters'))) if (value) params.set(name, value);
  return params;
}

function cells(row, values) {
  row.replaceChildren(...values.map((value) => {
    const td = document.createElement('td');
    td.textContent = value;
    if (typeof value === 'number') td.className = 'number';
    return td;
  }));
  return row;
}

const percent = (value) => value.toLocaleString('pt-BR', { minimumFractionDigits: 1 }) + '%';

async function generate(event) {
  if (event) event.preventDefault();
  const message = $('#report-message');
  message.textContent = '';
  const params = query();
  for (const report of ['mailing', 'conversion']) {
    for (const format of ['xlsx', 'csv']) {
      const exportParams = new URLSearchParams(params);
      exportParams.set('format', format);
      $('#' + report + '-' + format).href = 'api/reports/' + report + '/export?' + exportParams;
    }
  }
  try {
    const [mailing, conversion, statistics] = await Promise.all([
      api('/reports/mailing?' + params), api('/reports/conversion?' + params), api('/reports/statistics?' + params)]);
    $('#report-filters').textContent = mailing.filters;
    $('#mailing-note').textContent = mailing.note;
    $('#mailing-table tbody').replaceChildren(...mailing.rows.map((r) => cells(document.createElement('tr'), [
      r.campaignName, r.store, r.imported, r.notWorked, r.queued, r.scheduled, r.contracted, r.refused,
      r.exhausted, r.whatsappNoReply, r.expired, r.attempts])));
    $('#conversion-table tbody').replaceChildren(...conversion.rows.map((r) => cells(document.createElement('tr'), [
      r.campaignName, r.store, r.agent, r.attempts, r.contacts, r.sales, percent(r.conversion)])));
    drawCharts(conversion, statistics);
    const c = statistics.callbacks;
    $('#stat-callbacks').textContent = `Cumpridos: ${c.kept} · Perdidos: ${c.missed} · Pendentes: ${c.pending} · Repassados à loja: ${c.handedOver}`;
    $('#stat-average').textContent = statistics.averageAttemptsPerLead.toLocaleString('pt-BR');
    $('#reasons-table tbody').replaceChildren(...statistics.reasons.map((r) => cells(document.createElement('tr'), [
      LABELS.outcome[r.outcome] || r.outcome, r.reasonLabel || r.reason, r.attempts])));
    $('#agent-days-table tbody').replaceChildren(...statistics.attemptsPerAgentPerDay.map((r) =>
      cells(document.createElement('tr'), [r.agent, r.day.split('-').reverse().join('/'), r.attempts])));
  } catch (error) {
    message.textContent = error.message;
    message.className = 'message error';
  }
}

function drawCharts(conversion, statistics) {
  charts.forEach((chart) => chart.destroy());
  const byAgent = new Map();
  for (const row of conversion.rows) {
    const totals = byAgent.get(row.agent) || { attempts: 0, sales: 0 };
    totals.attempts += row.attempts;
    totals.sales += row.sales;
    byAgent.set(row.agent, totals);
  }
  charts = [
    new Chart($('#chart-agents'), {
      type: 'bar',
      data: {
        labels: [...byAgent.keys()],
        datasets: [{ label: 'Conversão (%)', backgroundColor: '#660099',
          data: [...byAgent.values()].map((t) => t.attempts ? Math.round(t.sales * 1000 / t.attempts) / 10 : 0) }]
      },
      options: { maintainAspectRatio: false, plugins: { title: { display: true, text: 'Conversão por consultor' } } }
    }),
    new Chart($('#chart-days'), {
      type: 'line',
      data: {
        labels: conversion.days.map((d) => d.day.split('-').reverse().join('/')),
        datasets: [
          { label: 'Acionamentos', data: conversion.days.map((d) => d.attempts), borderColor: '#1f6feb' },
          { label: 'Vendas', data: conversion.days.map((d) => d.sales), borderColor: '#1a8f3c' }]
      },
      options: { maintainAspectRatio: false, plugins: { title: { display: true, text: 'Acionamentos e vendas por dia' } } }
    }),
    new Chart($('#chart-outcomes'), {
      type: 'doughnut',
      data: {
        labels: statistics.outcomes.map((o) => LABELS.outcome[o.outcome] || o.outcome),
        datasets: [{ data: statistics.outcomes.map((o) => o.attempts),
          backgroundColor: ['#660099', '#1f6feb', '#1a8f3c', '#e3a008', '#b00020', '#5f6368'] }]
      },
      options: { maintainAspectRatio: false, plugins: { title: { display: true, text: 'Resultados das tentativas' } } }
    })];
}

async function start() {
  await labelsLoaded;
  const stores = await api('/stores');
  const storeSelect = $('#filters select[name=store]');
  const campaignSelect = $('#filters select[name=campaign]');
  for (const store of stores) {
    storeSelect.append(new Option(store.code + ' - ' + store.name, store.code));
    for (const campaign of await api('/stores/' + encodeURIComponent(store.code) + '/campaigns')) {
      if (![...campaignSelect.options].some((o) => o.value === campaign.code)) {
        campaignSelect.append(new Option(campaign.name, campaign.code));
      }
    }
  }
  $('#filters').addEventListener('submit', generate);
  await generate();
}

start().catch((error) => { $('#report-message').textContent = error.message; });

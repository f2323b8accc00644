// Atende: seed 001 "Clientes não atuados" on the agent home, the campaign's clients that received no
// operation yet, read only and a page at a time (the server pages by key). Plain JS, no build.
'use strict';

let notActedNext = null;
let activeCampaignsLoaded = null;

/** The agent's active campaigns (code → {name, stores}), read once from the home's store → campaign API. */
function activeCampaigns() {
  activeCampaignsLoaded = activeCampaignsLoaded || (async () => {
    const campaigns = new Map();
    for (const store of await api('/stores')) {
      for (const campaign of await api('/stores/' + encodeURIComponent(store.code) + '/campaigns')) {
        if (!campaigns.has(campaign.code)) campaigns.set(campaign.code, { name: campaign.name, stores: [] });
        campaigns.get(campaign.code).stores.push(store);
      }
    }
    fillCampaignFilter([...campaigns].map(([code, c]) => ({ campaignCode: code, campaignName: c.name })));
    return campaigns;
  })();
  return activeCampaignsLoaded;
}

/** Shows the filters and table of the list asked for; answers whether it is "Não atuados". */
function showListKind(notActed) {
  $('#not-acted').hidden = !notActed;
  $('#attendances-wrap').hidden = notActed;
  $('#filter-store-label').hidden = !notActed;
  $('#filter-outcome-label').hidden = notActed;
  if (notActed) $('#attendances-empty').hidden = true;
  return notActed;
}

/** The stores of the chosen campaign that the agent works, keeping the chosen one when it still applies. */
async function fillStoreFilter(wanted) {
  const campaign = (await activeCampaigns()).get($('#filter-campaign').value);
  const select = $('#filter-store');
  const current = wanted !== undefined ? wanted : select.value;
  select.replaceChildren(element('option', { value: '' }, 'Todas as minhas'),
    ...(campaign ? campaign.stores : []).map((s) => element('option', { value: s.code }, s.code + ' - ' + s.name)));
  select.value = [...select.options].some((o) => o.value === current) ? current : '';
}

async function loadCampaignClients(more) {
  const message = $('#not-acted-message');
  const body = $('#not-acted-clients tbody');
  showMessage(message, '');
  const campaigns = await activeCampaigns();
  // The manual lists the clients "para a campanha que foi selecionada": one campaign at a time.
  if (!$('#filter-campaign').value && campaigns.size > 0) $('#filter-campaign').value = campaigns.keys().next().value;
  const campaign = $('#filter-campaign').value;
  if (!more) {
    body.replaceChildren();
    notActedNext = null;
    $('#not-acted-client').hidden = true;
    await fillStoreFilter();
  }
  if (!campaign) {
    $('#not-acted-more').hidden = true;
    $('#not-acted-empty').hidden = false;
    return;
  }
  const query = new URLSearchParams({ campaign, size: 50 });
  if ($('#filter-store').value) query.set('store', $('#filter-store').value);
  if ($('#filter-city').value.trim()) query.set('city', $('#filter-city').value.trim());
  if (more && notActedNext !== null) query.set('after', notActedNext);
  try {
    const page = await api('/campaign-clients?' + query);
    body.append(...page.rows.map((row) => element('tr', { 'data-lead': row.leadId },
      element('td', {}, row.name),
      element('td', {}, row.phone),
      element('td', {}, row.city ? row.city + (row.uf ? ' - ' + row.uf : '') : '—'),
      element('td', {}, row.campaignName),
      element('td', {}, row.storeName),
      element('td', {}, element('button', { type: 'button', class: 'secondary', onclick: () => showClient(row) },
        'Ver cliente')))));
    notActedNext = page.next;
    $('#not-acted-more').hidden = page.next === null;
    $('#not-acted-empty').hidden = body.children.length > 0;
  } catch (error) {
    showMessage(message, error.message);
  }
}

/** The client's data, read only (seed 001: "apenas para consulta e estão bloqueados para edição"). */
async function showClient(row) {
  const card = $('#not-acted-client');
  try {
    const lead = await api('/leads/' + row.leadId);
    const item = (label, value) => [element('dt', {}, label), element('dd', {}, value || '—')];
    card.replaceChildren(element('h3', {}, lead.name),
      element('dl', {}, ...item('Telefone', lead.phone), ...item('Telefone 2', lead.phone2),
        ...item('Endereço', lead.address), ...item('Campanha', row.campaignName), ...item('Loja', row.storeName),
        ...item('Situação', LABELS.leadStatus[lead.status] || lead.status)),
      element('button', { type: 'button', class: 'secondary', onclick: () => { card.hidden = true; } }, 'Fechar'));
    card.hidden = false;
    card.scrollIntoView({ block: 'nearest' });
  } catch (error) {
    showMessage($('#not-acted-message'), error.message);
  }
}

$('#not-acted-more').addEventListener('click', () => loadCampaignClients(true));
$('#filter-store').addEventListener('change', loadAttendances);
$('#filter-city').addEventListener('change', loadAttendances);
$('#filter-outcome').addEventListener('change', loadAttendances);
labelsLoaded.then(() => {
  $('#filter-outcome').append(...Object.entries(LABELS.outcome)
    .map(([code, label]) => element('option', { value: code }, label)));
});

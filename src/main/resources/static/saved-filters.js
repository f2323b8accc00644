// Atende: seed 001 "filtros personalizados" on the agent home: the agent saves the list's filters under a
// name, finds them at the next login, applies and deletes them. Plain JS, no build.
'use strict';

async function loadSavedFilters() {
  const filters = await api('/my-filters');
  $('#saved-filters').replaceChildren(...(filters.length === 0 ? [element('span', { class: 'hint' }, 'nenhum ainda')]
    : filters.map((filter) => element('span', { class: 'chip', 'data-filter': filter.name },
      element('button', { type: 'button', class: 'link', title: 'Aplicar', onclick: () => applySavedFilter(filter) },
        filter.name),
      element('button', { type: 'button', class: 'secondary', 'aria-label': 'Excluir o filtro ' + filter.name,
        onclick: () => deleteSavedFilter(filter) }, '×')))));
}

async function applySavedFilter(filter) {
  showMessage($('#saved-filter-message'), '');
  $('#filter-status').value = filter.list || '';
  await activeCampaigns();
  $('#filter-campaign').value = filter.campaign || '';
  if (filter.campaign && $('#filter-campaign').value !== filter.campaign) {
    showMessage($('#saved-filter-message'), 'A campanha deste filtro não está mais ativa.');
    return;
  }
  await fillStoreFilter(filter.store || '');
  $('#filter-city').value = filter.city || '';
  $('#filter-outcome').value = filter.outcome || '';
  await loadAttendances();
  showMessage($('#saved-filter-message'), 'Filtro "' + filter.name + '" aplicado.', 'ok');
}

async function saveFilter() {
  const message = $('#saved-filter-message');
  const list = $('#filter-status').value;
  const value = (selector) => $(selector).value.trim() || null;
  try {
    const saved = await api('/my-filters', {
      method: 'POST', body: JSON.stringify({
        name: $('#saved-filter-name').value, list: list || null, campaign: value('#filter-campaign'),
        store: list === 'NOT_ACTED' ? value('#filter-store') : null, city: value('#filter-city'),
        outcome: list === 'NOT_ACTED' ? null : value('#filter-outcome')
      })
    });
    $('#saved-filter-name').value = '';
    await loadSavedFilters();
    showMessage(message, 'Filtro "' + saved.name + '" salvo.', 'ok');
  } catch (error) {
    showMessage(message, error.message);
  }
}

async function deleteSavedFilter(filter) {
  if (!window.confirm('Excluir o filtro "' + filter.name + '"?')) return;
  try {
    await api('/my-filters/' + filter.id, { method: 'DELETE' });
    await loadSavedFilters();
    showMessage($('#saved-filter-message'), 'Filtro "' + filter.name + '" excluído.', 'ok');
  } catch (error) {
    showMessage($('#saved-filter-message'), error.message);
  }
}

$('#saved-filter-save').addEventListener('click', saveFilter);
loadSavedFilters().catch((error) => showMessage($('#saved-filter-message'), error.message));

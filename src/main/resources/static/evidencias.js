// Atende: a number's calls across campaigns and its opt-outs, for a Procon or Anatel complaint. Plain JS, no build.
'use strict';

let currentPhone = null;

function options(select, labels) {
  select.replaceChildren(...Object.entries(labels).map(([code, label]) => element('option', { value: code }, label)));
}

function cells(...values) {
  return element('tr', {}, ...values.map((value) => element('td', {}, value === null || value === undefined ? '—' : String(value))));
}

async function show(phone) {
  const evidence = await api('/evidence?phone=' + encodeURIComponent(phone));
  currentPhone = evidence.phone;
  $('#evidence').hidden = false;
  $('#evidence-title').textContent = evidence.phoneDisplay;
  $('#evidence-summary').textContent = (evidence.optedOutOf.length
    ? 'Descadastrado de: ' + evidence.optedOutOf.join(', ') + '.' : 'Sem descadastro.')
    + ' Consultado em ' + evidence.generatedAt + '.';
  $('#evidence-csv').href = 'api/evidence.csv?phone=' + encodeURIComponent(evidence.phone);
  $('#attempts tbody').replaceChildren(...evidence.attempts.map((attempt) => cells(attempt.at,
    attempt.campaignName + ' (' + attempt.campaignCode + ')', attempt.storeName || attempt.storeCode, attempt.agent,
    attempt.outcomeLabel, attempt.reasonLabel, attempt.allowedBy)));
  $('#attempts-empty').hidden = evidence.attempts.length > 0;
  $('#attempts-hidden').hidden = evidence.otherStoresAttempts === 0;
  $('#attempts-hidden').textContent = evidence.otherStoresAttempts
    + ' ligação(ões) em lojas que você não supervisiona não aparecem aqui.';
  $('#opt-outs tbody').replaceChildren(...evidence.optOuts.map((row) => cells(row.recordedAt, row.channelLabel,
    row.sourceLabel, row.recordedBy, row.proof)));
  $('#opt-outs-empty').hidden = evidence.optOuts.length > 0;
}

async function search(event) {
  event.preventDefault();
  showMessage($('#search-message'), '');
  const phone = $('#phone').value.trim();
  try {
    await show(phone);
    history.replaceState(null, '', '#' + encodeURIComponent(phone));
  } catch (error) {
    $('#evidence').hidden = true;
    showMessage($('#search-message'), error.message);
  }
}

async function record(event) {
  event.preventDefault();
  const data = Object.fromEntries(new FormData($('#record')));
  try {
    await api('/opt-outs', { method: 'POST', body: JSON.stringify({ phone: currentPhone, ...data }) });
    $('#record').reset();
    await show(currentPhone);
    showMessage($('#record-message'), 'Descadastro registrado.', 'ok');
  } catch (error) {
    showMessage($('#record-message'), error.message);
  }
}

async function start() {
  const [me] = await Promise.all([api('/me'), labelsLoaded]);
  $('#me').textContent = me.name;
  options($('#record select[name=channel]'), LABELS.optOutChannel);
  options($('#record select[name=source]'), LABELS.optOutSource);
  $('#search').addEventListener('submit', search);
  $('#record').addEventListener('submit', record);
  const asked = decodeURIComponent(window.location.hash.substring(1));
  if (asked) {
    $('#phone').value = asked;
    await show(asked);
  }
}

start().catch((error) => showMessage($('#search-message'), error.message));

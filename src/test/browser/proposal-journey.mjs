// Seed 003 in a real browser: the agent sells and sees the proposal code, resolves the pendency in
// Tasklist; the auditor returns it to the operator and, after the agent resolves it, confirms it in
// Tasklist; the confirmed export holds it; maintenance cancels another sale; Cockpit shows the
// instances. Started by ProposalJourneyBrowserTest; exits non-zero on the first failed step.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE_URL, SHOTS, choose, closeNotifications, complete, journey, login, shot } from './journey.mjs';

const { SELLER, AUDITOR, KEEPER, SUPERVISOR, STORE, CAMPAIGN } = process.env;

/** From the proposals page, the row's "Abrir tarefa" into Tasklist, waiting for the proposal's form. */
async function openTask(page, code, taskName) {
  await page.goto(BASE_URL + '/propostas.html?code=' + code);
  const row = page.locator(`#proposals tr[data-code="${code}"]`);
  await row.getByText(taskName).waitFor();
  await row.getByRole('link', { name: 'Abrir tarefa' }).click();
  await page.waitForURL(/tasklist/);
  await page.getByText('Proposta ' + code).first().waitFor({ timeout: 30000 });
}

async function claim(page) {
  await page.getByText('Assumir', { exact: true }).click();
  await page.locator('.fjs-form-field-select').filter({ hasText: 'Situação do pedido' })
    .locator('.fjs-input-group').waitFor();
}

async function finish(page) {
  await complete(page);
  await page.locator('.fjs-container').waitFor({ state: 'detached', timeout: 15000 });
}

/** Seed 003's "Confirmação da Transação": Tasklist's success message after the move, naming the proposal. */
async function transactionMessage(page, text) {
  await page.locator('.page-notifications .alert:visible').filter({ hasText: 'Transação concluída' })
    .filter({ hasText: text }).waitFor({ timeout: 15000 });
}

/** The form states the move and the proposal before Finalizar. */
async function confirmation(page, code, move) {
  await page.locator('.fjs-form-field-text').filter({ hasText: 'Confirmação da transação — proposta ' + code })
    .filter({ hasText: move }).waitFor();
}

async function resolvePendency(page, code) {
  await openTask(page, code, 'Tratar pendência');
  await choose(page, 'Situação do pedido', 'Pré-venda/Pendente Auditoria Off-line (Não venda)');
  await finish(page);
}

/** The API as an integrator: HTTP Basic, the test password being the user id. */
async function http(user, method, path, body) {
  const response = await fetch(BASE_URL + path, {
    method,
    headers: { Authorization: 'Basic ' + Buffer.from(user + ':' + user).toString('base64'), 'Content-Type': 'application/json' },
    body: body && JSON.stringify(body)
  });
  const text = await response.text();
  assert.ok(response.ok, method + ' ' + path + ' → ' + response.status + ' ' + text);
  return text ? JSON.parse(text) : null;
}

/** A sale as an integrator makes it (defaults to the audit); answers its proposal code. */
async function sellByApi(product) {
  const pulled = await http(SELLER, 'POST', '/api/attendances/next', { storeCode: STORE, campaignCode: CAMPAIGN });
  await http(SELLER, 'POST', `/engine-rest/task/${pulled.taskId}/complete`, { variables: {
    outcome: { value: 'CONTRACTED' }, saleDescription: { value: product } } });
  return (await http(SELLER, 'GET', '/api/leads/' + pulled.leadId)).proposalCode;
}

await journey('proposal journey', async (browser) => {
  // The agent sells and leaves it pending with herself ("Pendente Auditoria Off-line - Operador").
  const ana = await login(browser, SELLER);
  await ana.goto(BASE_URL + '/#iniciar');
  await ana.click(`#stores button[data-store="${STORE}"]`);
  const card = ana.locator(`.card[data-campaign="${CAMPAIGN}"]`);
  await card.getByRole('button', { name: 'Vamos às vendas' }).click();
  await ana.waitForURL(/tasklist/);
  await ana.getByText('Já ofertou o plano?').waitFor({ timeout: 30000 });
  await ana.getByLabel('Contratado').check();
  await ana.getByLabel('Descreva o produto/venda').fill('Fibra 500 Mega');
  await choose(ana, 'Situação do pedido', 'Pendente Auditoria Off-line - Operador');
  await shot(ana, 'sale-left-pending-with-the-seller');
  await finish(ana);
  await transactionMessage(ana, 'Venda registrada para ');
  const announced = (await ana.locator('.page-notifications .alert:visible').filter({ hasText: 'Venda registrada' })
    .innerText()).match(/proposta (\S+), Pendente Auditoria Off-line - Operador\./)[1];
  await shot(ana, 'sale-announces-the-proposal-code');

  // The proposal code is shown to her with the sale.
  await ana.goto(BASE_URL + '/#atendimentos');
  await ana.selectOption('#filter-status', 'CONCLUDED');
  const code = (await ana.locator('#attendances tbody tr').filter({ hasText: 'Contratado' })
    .locator('a[href^="propostas.html"]').innerText()).trim();
  assert.match(code, /^\d{4}-\d{6}$/);
  assert.equal(announced, code);
  await shot(ana, 'sale-shows-the-proposal-code');

  // Pendency: only the seller's. The number on file does not answer; she inserts another one and
  // sends the proposal to the audit.
  await openTask(ana, code, 'Tratar pendência');
  assert.equal(await ana.getByLabel('Produto vendido').inputValue(), 'Fibra 500 Mega');
  // The lead's own number, the first of the list: "(62) 99000-0000 · Celular".
  await ana.locator('.fjs-form-field-select').filter({ hasText: 'Telefone discado' }).locator('.fjs-input-group').click();
  const dialled = (await ana.locator('.fjs-dropdownlist-item').first().innerText()).trim();
  await ana.locator('.fjs-dropdownlist-item').first().click();
  const [dialledNumber, dialledType] = dialled.split(' · ');
  await choose(ana, 'Resultado', 'Não atende');
  await choose(ana, 'Tipo', 'Comercial');
  await ana.getByRole('textbox', { name: 'DDD' }).fill('62');
  await ana.getByRole('textbox', { name: 'Telefone', exact: true }).fill('3212-0000');
  await shot(ana, 'pendency-form');
  await choose(ana, 'Situação do pedido', 'Pré-venda/Pendente Auditoria Off-line (Não venda)');
  await confirmation(ana, code, 'transferência para a auditoria');
  await shot(ana, 'pendency-confirms-the-transfer-to-audit');
  await finish(ana);
  await transactionMessage(ana, 'Proposta ' + code + ': transferência para a auditoria.');
  await shot(ana, 'pendency-sent-to-audit-with-its-code');

  // Audit: the auditor sees the client's history and returns it, saying what is pending.
  const diego = await login(browser, AUDITOR);
  await openTask(diego, code, 'Auditar proposta');
  await diego.getByText('Histórico do cliente').waitFor();
  await diego.locator('table').getByText('Contratado', { exact: true }).first().waitFor();
  await claim(diego);
  await choose(diego, 'Situação do pedido', 'retornado p/ operador');
  await complete(diego);
  const refusal = diego.locator('.page-notifications .alert:visible')
    .filter({ hasText: 'Ao devolver ao operador, descreva em Observação o que está pendente.' });
  await refusal.waitFor();
  assert.doesNotMatch(await refusal.innerText(), /ENGINE-|Exception/);
  await shot(diego, 'audit-return-refused-without-observation');
  await closeNotifications(diego);
  await diego.getByRole('textbox', { name: 'Observação' }).fill('Confirmar o endereço de instalação com o cliente');
  await finish(diego);

  // The seller resolves it again; the auditor confirms it.
  await resolvePendency(ana, code);
  await openTask(diego, code, 'Auditar proposta');
  await diego.locator('table').getByText('Confirmar o endereço de instalação com o cliente').waitFor();
  await claim(diego);
  await choose(diego, 'Situação do pedido', 'Confirmada na Auditoria Off-line');
  await confirmation(diego, code, 'confirmação da venda');
  await shot(diego, 'audit-confirms');
  await finish(diego);
  await transactionMessage(diego, 'Proposta ' + code + ': confirmação da venda');
  await shot(diego, 'audit-confirmation-succeeded');

  // Confirmed: the search says so, the log shows every move, the export holds it.
  await diego.goto(BASE_URL + '/propostas.html?code=' + code);
  const row = diego.locator(`#proposals tr[data-code="${code}"]`);
  await row.getByText('Confirmada na Auditoria Off-line').waitFor();
  await diego.locator('#detail-phones').getByText('Comercial: (62) 3212-0000 — Não discado').waitFor();
  await diego.locator('#detail-phones').getByText(`${dialledType}: ${dialledNumber} — Não atende (última ligação`).waitFor();
  await diego.locator('#detail-changes tbody tr').nth(4).waitFor();
  assert.equal(await diego.locator('#detail-changes tbody tr').count(), 5);
  await shot(diego, 'confirmed-with-its-log');
  const [download] = await Promise.all([diego.waitForEvent('download'), diego.click('#export-csv')]);
  assert.match(download.suggestedFilename(), /^propostas-confirmadas-\d{4}-\d{2}-\d{2}\.csv$/);
  await download.saveAs(`${SHOTS}/${download.suggestedFilename()}`);
  assert.match(readFileSync(`${SHOTS}/${download.suggestedFilename()}`, 'utf8'), new RegExp(code + '.*Confirmada na Auditoria Off-line'));

  // Maintenance cancels another sale while it waits for the audit.
  const other = await sellByApi('Fibra 300 Mega');
  const elisa = await login(browser, KEEPER);
  elisa.on('dialog', (dialog) => dialog.accept());
  await elisa.goto(BASE_URL + '/propostas.html?code=' + other);
  await elisa.locator(`#proposals tr[data-code="${other}"]`).getByRole('button', { name: 'Manutenção' }).click();
  await elisa.waitForURL(/tasklist/);
  await elisa.getByText('Proposta ' + other).first().waitFor({ timeout: 30000 });
  await claim(elisa);
  await choose(elisa, 'Situação do pedido', 'Cancelada na Manutenção');
  await choose(elisa, 'Motivo do cancelamento', 'Cliente desistiu da compra');
  await elisa.getByRole('textbox', { name: 'Observação' }).fill('Cliente ligou desistindo');
  await confirmation(elisa, other, 'cancelamento da proposta');
  await shot(elisa, 'maintenance-cancels');
  await finish(elisa);
  await transactionMessage(elisa, 'Proposta ' + other + ': cancelamento da proposta');
  await shot(elisa, 'maintenance-cancellation-succeeded');
  await elisa.goto(BASE_URL + '/propostas.html?code=' + other);
  await elisa.locator(`#proposals tr[data-code="${other}"]`).getByText('Cancelada na Manutenção').waitFor();

  // Cockpit: the supervisor sees the diagram (BPMNDI) and a third sale waiting for the audit.
  const waiting = await sellByApi('Fibra 1 Giga');
  const carla = await login(browser, SUPERVISOR);
  await carla.goto(BASE_URL + '/camunda/app/cockpit/default/#/processes');
  await carla.getByText('Proposta pós-venda').first().click();
  await carla.locator('.djs-element[data-element-id="AuditProposal"]').waitFor({ timeout: 30000 });
  await carla.locator('.djs-element[data-element-id="MaintainProposal"]').waitFor();
  await carla.getByText(waiting, { exact: true }).waitFor({ timeout: 30000 });
  await shot(carla, 'cockpit-proposal');
});

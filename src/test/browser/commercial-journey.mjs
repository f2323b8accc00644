// Seed 002 in a real browser: a seller records an interaction with the Bitrix link on the client
// page, opens a #venda follow-up, renews it in Tasklist from "Meus agendamentos", sells on the client
// page (which takes the follow-up away), and the manager sees the commission. Started by
// CommercialJourneyBrowserTest; exits non-zero on the first failed step.
import assert from 'node:assert/strict';
import { BASE_URL, complete, journey, login, shot } from './journey.mjs';

const { SELLER, MANAGER, SUPPORT, CLIENT_ID, CLIENT_NAME } = process.env;

/** The engine REST as the user (HTTP Basic; the test password is the user id). */
async function engine(user, path) {
  const response = await fetch(BASE_URL + '/engine-rest' + path,
    { headers: { Authorization: 'Basic ' + Buffer.from(user + ':' + user).toString('base64') } });
  assert.ok(response.ok, path + ' → ' + response.status);
  return response.json();
}
const BITRIX = 'https://empresa.bitrix24.com.br/crm/deal/details/4242/';

/** No horizontal scrolling at this width: the page fits the screen. */
async function fits(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, 'the page scrolls sideways by ' + overflow + 'px at ' + page.viewportSize().width + 'px');
}

async function tab(page, name) {
  await page.locator('#record .tabs a', { hasText: name }).click();
}

await journey('commercial journey', async (browser) => {
  // The seller lands on their follow-ups, then finds the client by a part of the name, without accents.
  const seller = await login(browser, SELLER);
  await seller.waitForURL(/agendamentos\.html/);
  await seller.goto(BASE_URL + '/clientes.html');
  await seller.fill('#q', CLIENT_NAME.split(' ')[0].normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
  await seller.getByRole('button', { name: 'Buscar' }).click();
  await seller.locator('#results tr', { hasText: CLIENT_NAME }).getByRole('link', { name: 'Abrir ficha' }).click();
  await seller.locator('#record-title', { hasText: CLIENT_NAME }).waitFor();
  await fits(seller);

  // An interaction: a placeholder summary is refused, then the real one with the Bitrix link.
  assert.equal(await seller.locator('#new-client').isVisible(), false, 'the new-client form waits for its button');
  await tab(seller, 'Registrar movimentação');
  const interaction = seller.locator('#interaction');
  assert.equal(await seller.locator('#follow-up').isVisible(), false, 'one action form at a time');
  assert.equal(await seller.locator('#sale').isVisible(), false, 'one action form at a time');
  await interaction.locator('select[name=channel]').selectOption({ label: 'Telefone' });
  await interaction.locator('select[name=purpose]').selectOption({ label: 'Venda' });
  await interaction.locator('input[name=product]').fill('Intimação eletrônica');
  await interaction.locator('input[name=link]').fill(BITRIX);
  await interaction.locator('textarea[name=summary]').fill('[...]');
  await interaction.getByRole('button', { name: 'Registrar' }).click();
  await seller.locator('#action-message.error', { hasText: 'escreva o que foi feito' }).waitFor();
  await interaction.locator('textarea[name=summary]').fill('#venda em andamento: orçamento de intimação enviado por e-mail.');
  await interaction.getByRole('button', { name: 'Registrar' }).click();
  await seller.locator('#action-message.ok', { hasText: 'Movimentação registrada.' }).waitFor();
  const line = seller.locator('#timeline li[data-kind=INTERACTION]').first();
  assert.equal(await line.getByRole('link', { name: 'Bitrix' }).getAttribute('href'), BITRIX);
  await shot(seller, 'interaction-with-the-bitrix-link');

  // A #venda follow-up with budget sent: 2 business days.
  await tab(seller, 'Abrir agendamento');
  const followUp = seller.locator('#follow-up');
  await followUp.locator('select[name=type]').selectOption({ label: '#venda/tratativas com contato' });
  await followUp.locator('input[name=product]').fill('Intimação eletrônica');
  await followUp.locator('input[name=budgetSent]').check();
  await followUp.locator('textarea[name=observation]').fill('Cliente decide com os sócios.');
  await followUp.getByRole('button', { name: 'Abrir agendamento' }).click();
  const opened = await seller.locator('#action-message.ok', { hasText: 'Agendamento AG-' }).innerText();
  const code = opened.match(/AG-\d{6}/)[0];
  await seller.locator('#open-follow-ups tr', { hasText: code }).waitFor();
  await shot(seller, 'follow-up-opened');

  // Meus agendamentos lists it; renewing happens in its Tasklist task.
  await seller.goto(BASE_URL + '/agendamentos.html');
  const row = seller.locator(`#mine tr[data-code="${code}"]`);
  const dueBefore = await row.locator('td').nth(4).innerText();
  await row.getByRole('link', { name: 'Abrir tarefa' }).click();
  await seller.waitForURL(/tasklist/);
  await seller.getByText('O que foi feito').first().waitFor({ timeout: 30000 });
  await seller.getByLabel('Renovar o prazo').check();
  await seller.getByRole('textbox', { name: /^O que você fez/ }).fill('Cliente pediu mais dois dias para fechar com os sócios.');
  await shot(seller, 'renewing-in-tasklist');
  await complete(seller);
  await seller.locator('.fjs-container').waitFor({ state: 'detached', timeout: 15000 });
  await seller.goto(BASE_URL + '/agendamentos.html');
  const renewed = seller.locator(`#mine tr[data-code="${code}"]`);
  await renewed.getByText('(renovado)').waitFor();
  assert.notEqual(await renewed.locator('td').nth(4).innerText(), dueBefore);

  // The sale on the client page takes the follow-up away ("retirar o agendamento").
  await seller.goto(BASE_URL + '/clientes.html#cliente=' + CLIENT_ID);
  await seller.locator('#record-title', { hasText: CLIENT_NAME }).waitFor();
  await tab(seller, 'Registrar venda');
  const sale = seller.locator('#sale');
  await sale.locator('input[name=product]').fill('intimacao eletronica');
  await sale.locator('select[name=channel]').selectOption({ label: 'Telefone' });
  await sale.locator('textarea[name=description]').fill('Plano anual de intimação para 3 advogados.');
  await sale.getByRole('button', { name: 'Registrar venda' }).click();
  const sold = await seller.locator('#action-message.ok', { hasText: 'Venda registrada.' }).innerText();
  assert.match(sold, new RegExp('Agendamentos retirados: ' + code));
  await seller.locator('#open-follow-ups-empty').waitFor();
  await shot(seller, 'sale-closes-the-follow-up');
  await seller.goto(BASE_URL + '/agendamentos.html');
  await seller.locator('#mine-empty').waitFor();
  assert.equal(await seller.locator(`#mine tr[data-code="${code}"]`).count(), 0);

  // On a phone the client page still fits.
  const phone = await login(browser, SELLER, { width: 390, height: 844 });
  await phone.waitForURL(/agendamentos\.html/);
  await phone.goto(BASE_URL + '/clientes.html#cliente=' + CLIENT_ID);
  await phone.locator('#record-title', { hasText: CLIENT_NAME }).waitFor();
  await fits(phone);
  await shot(phone, 'client-page-on-a-phone');

  // The manager sees the sale and whose commission it is.
  const manager = await login(browser, MANAGER);
  await manager.goto(BASE_URL + '/agendamentos.html#equipe');
  const saleRow = manager.locator('#sales tbody tr').filter({ hasText: 'intimacao eletronica' }).filter({ hasText: SELLER });
  await saleRow.waitFor();
  assert.match(await saleRow.innerText(), new RegExp('Quem vendeu.*' + SELLER));
  // And the follow-ups report: one opened, one sold, 100 % conversion for the seller.
  const reportRow = manager.locator('#report tbody tr').filter({ hasText: SELLER });
  await reportRow.waitFor();
  assert.deepEqual((await reportRow.locator('td').allInnerTexts()).slice(2),
    ['1', '0', '0', '1', '0', '100,0%']);
  await fits(manager);
  await shot(manager, 'manager-sees-the-commission');

  // A client calls support: registered on the record, routed by the table to the support team,
  // taken and resolved in Tasklist's "Atender contato".
  const support = await login(browser, SUPPORT);
  await support.waitForURL(/agendamentos\.html/);
  await support.goto(BASE_URL + '/clientes.html#cliente=' + CLIENT_ID);
  await support.locator('#record-title', { hasText: CLIENT_NAME }).waitFor();
  await tab(support, 'Contato recebido');
  const inbound = support.locator('#inbound');
  await inbound.locator('select[name=channel]').selectOption({ label: 'Chat' });
  await inbound.locator('select[name=intent]').selectOption({ label: 'Suporte' });
  await inbound.locator('textarea[name=message]').fill('Não consigo ver as intimações de hoje.');
  await inbound.getByRole('button', { name: 'Encaminhar' }).click();
  const routed = await support.locator('#action-message.ok', { hasText: 'encaminhado para a equipe support' }).innerText();
  assert.match(routed, /regra SUPPORT_TEAM/);
  const contact = routed.match(/RC-\d{6}/)[0];
  const [task] = await engine(SUPPORT, '/task?processInstanceBusinessKey=' + contact);
  await support.goto(BASE_URL + '/camunda/app/tasklist/default/#/?task=' + task.id);
  await support.getByText('Assumir', { exact: true }).click();
  await support.getByText('O que foi feito').first().waitFor({ timeout: 30000 });
  await support.getByLabel('Resolvido').check();
  await support.getByRole('textbox', { name: /^O que você fez/ }).fill('Expliquei o filtro de data das intimações.');
  await shot(support, 'support-resolves-the-contact');
  await complete(support);
  await support.locator('.fjs-container').waitFor({ state: 'detached', timeout: 15000 });
  await support.goto(BASE_URL + '/clientes.html#cliente=' + CLIENT_ID);
  await support.locator('#timeline li', { hasText: 'Expliquei o filtro de data das intimações.' }).waitFor();
});

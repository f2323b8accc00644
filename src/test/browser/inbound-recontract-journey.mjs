// Seed 002 "Vendas (receptivo)", second half: the owner did not answer in time, so a colleague of
// sales takes the contact, sends a quote from the record (its PDF opens) and closes the task as a
// quote sent; then the client asks to recontract with a year-old debt and a discount is refused.
import assert from 'node:assert/strict';
import { BASE_URL, closeNotifications, complete, journey, login, shot } from './journey.mjs';

const { RECEPTIONIST, COLLEAGUE, CLIENT_ID, CLIENT_NAME, FIRST_CONTACT } = process.env;

/** The engine REST as the user (HTTP Basic; the test password is the user id). */
async function taskOf(user, businessKey) {
  const response = await fetch(BASE_URL + '/engine-rest/task?processInstanceBusinessKey=' + businessKey,
    { headers: { Authorization: 'Basic ' + Buffer.from(user + ':' + user).toString('base64') } });
  assert.ok(response.ok, 'task query → ' + response.status);
  const [task] = await response.json();
  assert.ok(task, 'no task of ' + businessKey + ' visible to ' + user);
  return task.id;
}

async function openTask(page, businessKey) {
  await page.goto(BASE_URL + '/camunda/app/tasklist/default/#/?task=' + await taskOf(COLLEAGUE, businessKey));
  await page.getByText('Assumir', { exact: true }).click();
  await page.getByText('O que foi feito').first().waitFor({ timeout: 30000 });
}

await journey('inbound recontract journey', async (browser) => {
  const colleague = await login(browser, COLLEAGUE);

  // The owner's time ran out: the contact is the sales team's, with the rule that moved it.
  await openTask(colleague, FIRST_CONTACT);
  await colleague.getByText('NO_ANSWER_IN_TIME').first().waitFor();
  await shot(colleague, 'the-team-takes-the-contact');

  // A quote from the record: its PDF opens.
  const record = await colleague.context().newPage();
  await record.goto(BASE_URL + '/clientes.html#cliente=' + CLIENT_ID);
  await record.locator('#record-title', { hasText: CLIENT_NAME }).waitFor();
  await record.locator('#record .tabs a', { hasText: 'Orçamento' }).click();
  const item = record.locator('#quote-items tbody tr').first();
  await item.locator('[name=itemProduct]').fill('Intimação eletrônica');
  await item.locator('[name=itemQuantity]').fill('3');
  await item.locator('[name=itemPrice]').fill('120,50');
  await record.getByRole('button', { name: 'Gerar orçamento' }).click();
  await record.locator('#action-message.ok', { hasText: 'R$ 361,50' }).waitFor();
  const pdf = record.locator('#timeline li[data-kind=QUOTE]').first().getByRole('link', { name: 'PDF' });
  const [opened] = await Promise.all([record.context().waitForEvent('response',
    (response) => response.url().includes('/api/quotes/') && response.url().endsWith('/pdf')), pdf.click()]);
  assert.equal(opened.status(), 200);
  assert.equal(opened.headers()['content-type'], 'application/pdf');
  // The bytes, as the signed-in page fetches them (Chromium shows the navigation in its PDF viewer).
  const bytes = await (await record.request.get(opened.url())).body();
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  await shot(record, 'quote-on-the-timeline');

  // Back in Tasklist: the contact ends as a quote sent.
  await colleague.bringToFront();
  await colleague.getByLabel('Orçamento enviado').check();
  await colleague.getByRole('textbox', { name: 'Produto/serviço' }).fill('Intimação eletrônica');
  await colleague.getByRole('textbox', { name: /^O que você fez/ }).fill('Orçamento enviado pelo WhatsApp.');
  await complete(colleague);
  await colleague.locator('.fjs-container').waitFor({ state: 'detached', timeout: 15000 });

  // The client asks to recontract; a discount is refused (debt over a year, not a dispatch campaign).
  const receptionist = await login(browser, RECEPTIONIST);
  await receptionist.goto(BASE_URL + '/clientes.html#cliente=' + CLIENT_ID);
  await receptionist.locator('#record-title', { hasText: CLIENT_NAME }).waitFor();
  await receptionist.locator('#record .tabs a', { hasText: 'Contato recebido' }).click();
  const form = receptionist.locator('#inbound');
  await form.locator('select[name=channel]').selectOption({ label: 'Telefone' });
  await form.locator('select[name=intent]').selectOption({ label: 'Quer recontratar' });
  await form.locator('input[name=product]').fill('Intimação eletrônica');
  await form.getByRole('button', { name: 'Encaminhar' }).click();
  const routed = await receptionist.locator('#action-message.ok', { hasText: 'encaminhado para a equipe sales' }).innerText();
  const recontract = routed.match(/RC-\d{6}/)[0];

  await openTask(colleague, recontract);
  await colleague.getByLabel('Vendido').check();
  await colleague.getByRole('textbox', { name: 'Produto/serviço' }).fill('Intimação eletrônica');
  await colleague.getByRole('textbox', { name: 'O que foi vendido' }).fill('Recontratação do plano anual.');
  await colleague.getByLabel('Venda com desconto').check();
  await complete(colleague);
  await colleague.locator('.page-notifications .alert:visible', { hasText: 'Desconto (discount)' }).waitFor();
  await shot(colleague, 'discount-refused');
  await closeNotifications(colleague);
  await colleague.getByLabel('Venda com desconto').uncheck();
  await complete(colleague);
  await colleague.locator('.fjs-container').waitFor({ state: 'detached', timeout: 15000 });
});

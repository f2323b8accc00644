// Seed 002 "Vendas (receptivo)", first half: the client's WhatsApp message is registered on the
// record and the routing table hands it to the owner of the valid #venda follow-up. The test then
// lets the owner's time run out (inbound-recontract-journey.mjs goes on from there).
import assert from 'node:assert/strict';
import { BASE_URL, journey, login, shot } from './journey.mjs';

const { RECEPTIONIST, OWNER, CLIENT_ID, CLIENT_NAME } = process.env;

await journey('inbound contact journey', async (browser) => {
  const page = await login(browser, RECEPTIONIST);
  await page.goto(BASE_URL + '/clientes.html#cliente=' + CLIENT_ID);
  await page.locator('#record-title', { hasText: CLIENT_NAME }).waitFor();
  // The record warns about the old boleto before anyone talks to the client.
  await page.locator('#alerts li', { hasText: 'Boleto em aberto' }).waitFor();
  await page.locator('#record .tabs a', { hasText: 'Contato recebido' }).click();
  const form = page.locator('#inbound');
  await form.locator('select[name=channel]').selectOption({ label: 'WhatsApp' });
  await form.locator('select[name=intent]').selectOption({ label: 'Quer contratar' });
  await form.locator('input[name=product]').fill('Intimação eletrônica');
  await form.locator('textarea[name=message]').fill('Oi! Quero fechar a intimação que conversamos.');
  await form.getByRole('button', { name: 'Encaminhar' }).click();
  const routed = await page.locator('#action-message.ok', { hasText: 'encaminhado para ' + OWNER }).innerText();
  assert.match(routed, /regra VALID_FOLLOW_UP_OWNER/);
  await shot(page, 'whatsapp-message-goes-to-the-follow-up-owner');
});

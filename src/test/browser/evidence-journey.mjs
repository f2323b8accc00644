// The contact evidence in a real browser: a supervisor opens Evidências from the home page, finds a
// number typed as digits, reads its calls (with the rule that allowed each) and its opt-outs,
// records an LGPD opt-out with its proof and downloads the CSV; an agent has no such link.
// Started by EvidenceBrowserTest; exits non-zero on the first failed step.
import assert from 'node:assert/strict';
import { BASE_URL, journey, login, shot } from './journey.mjs';

const { SUPERVISOR, AGENT, PHONE_DIGITS, PHONE_DISPLAY, CAMPAIGN } = process.env;

await journey('evidence journey', async (browser) => {
  const agent = await login(browser, AGENT);
  assert.equal(await agent.locator('#evidence-link').isVisible(), false, 'agents have no evidence link');

  const page = await login(browser, SUPERVISOR);
  await page.getByRole('link', { name: 'Evidências' }).click();
  await page.waitForURL(/evidencias\.html/);
  await page.fill('#phone', '12');
  await page.getByRole('button', { name: 'Consultar' }).click();
  await page.locator('#search-message.error', { hasText: 'não é um número brasileiro válido' }).waitFor();

  await page.fill('#phone', PHONE_DIGITS);
  await page.getByRole('button', { name: 'Consultar' }).click();
  await page.locator('#evidence-title', { hasText: PHONE_DISPLAY }).waitFor();
  const call = page.locator('#attempts tbody tr').first();
  await call.locator('td', { hasText: CAMPAIGN }).waitFor();
  assert.match(await call.innerText(), /Recusado\s+Não quer mais receber ligações/);
  assert.match(await page.locator('#opt-outs tbody').innerText(), /Ligação\s+Pedido do cliente/);
  assert.match(await page.locator('#evidence-summary').innerText(), /Descadastrado de: Ligação\./);
  await shot(page, 'evidence-of-a-number');

  await page.locator('#record select[name=channel]').selectOption({ label: 'SMS' });
  await page.locator('#record select[name=source]').selectOption({ label: 'LGPD' });
  await page.fill('#record input[name=proof]', 'Protocolo LGPD 2026-123');
  await page.getByRole('button', { name: 'Registrar' }).click();
  await page.locator('#record-message.ok', { hasText: 'Descadastro registrado.' }).waitFor();
  await page.locator('#opt-outs tbody tr', { hasText: 'Protocolo LGPD 2026-123' }).waitFor();
  assert.match(await page.locator('#evidence-summary').innerText(), /Descadastrado de: Ligação, SMS\./);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Exportar para CSV' }).click()]);
  assert.match(download.suggestedFilename(), /^evidencias-55\d+-\d{4}-\d{2}-\d{2}\.csv$/);
  await shot(page, 'opt-out-recorded');
});

// Seed 001's agent list in a real browser: the campaign's clients nobody worked yet ("Clientes não
// atuados", paged), a saved filter kept to the next login, applied and deleted; then Tasklist without
// the Community Edition banner nor "Criar tarefa"/"Iniciar processo" for the agent (an admin, whom
// the engine allows, sees "Criar tarefa"), and Cockpit in pt-BR for a supervisor. Started by
// AgentListJourneyBrowserTest with AGENT, ADMIN, SUPERVISOR, CAMPAIGN; exits non-zero on a failed step.
import assert from 'node:assert/strict';
import { BASE_URL, journey, login, shot } from './journey.mjs';

const { AGENT, ADMIN, SUPERVISOR, CAMPAIGN } = process.env;

async function notActed(page) {
  await page.goto(BASE_URL + '/#atendimentos');
  await page.selectOption('#filter-status', 'NOT_ACTED');
  await page.locator('#not-acted-clients tbody tr').first().waitFor();
}

await journey('agent list journey', async (browser) => {
  const agent = await login(browser, AGENT);
  agent.on('dialog', (dialog) => dialog.accept());

  // 53 clients not worked: a first page of 50, then "Mais clientes" brings the rest.
  await notActed(agent);
  assert.equal(await agent.inputValue('#filter-campaign'), CAMPAIGN);
  const rows = agent.locator('#not-acted-clients tbody tr');
  assert.equal(await rows.count(), 50);
  await agent.getByRole('button', { name: 'Mais clientes' }).click();
  await rows.nth(52).waitFor();
  assert.equal(await rows.count(), 53);
  assert.ok(await agent.getByRole('button', { name: 'Mais clientes' }).isHidden());
  assert.ok(await agent.locator('#attendances').isHidden());
  await shot(agent, 'clients-not-worked');

  // By city, and one client opened read only.
  await agent.fill('#filter-city', 'Anápolis');
  await agent.press('#filter-city', 'Tab');
  await agent.locator('#not-acted-clients tbody tr', { hasText: 'Anápolis' }).nth(2).waitFor();
  await agent.waitForFunction(() => document.querySelectorAll('#not-acted-clients tbody tr').length === 3);
  const first = rows.first();
  assert.match(await first.innerText(), /Morador 1\s+\(62\) \d{5}-\d{4}\s+Anápolis - GO/);
  await first.getByRole('button', { name: 'Ver cliente' }).click();
  const card = agent.locator('#not-acted-client');
  await card.getByRole('heading', { name: 'Morador 1' }).waitFor();
  assert.match(await card.innerText(), /Situação\s+Novo/);
  assert.equal(await card.locator('input, textarea, select').count(), 0);
  await shot(agent, 'client-opened-read-only');

  // A named filter: refused without a name, saved with one.
  await agent.getByRole('button', { name: 'Salvar filtro' }).click();
  await agent.locator('#saved-filter-message').getByText('Dê um nome ao filtro (campo "name").').waitFor();
  await agent.fill('#saved-filter-name', 'Anápolis');
  await agent.getByRole('button', { name: 'Salvar filtro' }).click();
  await agent.locator('#saved-filter-message').getByText('Filtro "Anápolis" salvo.').waitFor();
  await agent.locator('#saved-filters .chip', { hasText: 'Anápolis' }).waitFor();
  await shot(agent, 'filter-saved');

  // Next login: the filter is there; applied, it brings back the list and its criteria.
  await agent.context().close();
  const again = await login(browser, AGENT);
  again.on('dialog', (dialog) => dialog.accept());
  await again.goto(BASE_URL + '/#atendimentos');
  const chip = again.locator('#saved-filters .chip', { hasText: 'Anápolis' });
  await chip.waitFor();
  await chip.getByRole('button', { name: 'Anápolis', exact: true }).click();
  await again.locator('#saved-filter-message').getByText('Filtro "Anápolis" aplicado.').waitFor();
  assert.equal(await again.inputValue('#filter-status'), 'NOT_ACTED');
  assert.equal(await again.inputValue('#filter-city'), 'Anápolis');
  await again.waitForFunction(() => document.querySelectorAll('#not-acted-clients tbody tr').length === 3);
  await shot(again, 'filter-applied-at-next-login');
  await chip.getByRole('button', { name: 'Excluir o filtro Anápolis' }).click();
  await again.locator('#saved-filter-message').getByText('Filtro "Anápolis" excluído.').waitFor();
  assert.equal(await again.locator('#saved-filters .chip').count(), 0);

  // Tasklist: no red banner, and no "Criar tarefa" / "Iniciar processo", which the engine refuses her.
  await again.goto(BASE_URL + '/camunda/app/tasklist/default/');
  await again.getByText('Meus atendimentos').first().waitFor({ timeout: 30000 });
  await again.locator('.create-task-action').waitFor({ state: 'attached' });
  await again.waitForLoadState('networkidle');
  assert.ok(await again.locator('.ce-eol-banner').isHidden());
  assert.ok(await again.getByText('Criar tarefa').isHidden());
  assert.ok(await again.getByText('Iniciar processo').isHidden());
  await shot(again, 'tasklist-agent-without-banner-or-create');

  // An admin may create a task, so the engine's answer shows it to them: the button hides by permission.
  const admin = await login(browser, ADMIN);
  await admin.goto(BASE_URL + '/camunda/app/tasklist/default/');
  await admin.getByText('Criar tarefa').waitFor({ timeout: 30000 });
  assert.ok(await admin.getByText('Iniciar processo').isHidden());
  assert.ok(await admin.locator('.ce-eol-banner').isHidden());
  await shot(admin, 'tasklist-admin-may-create-a-task');

  // Cockpit in pt-BR for the supervisor, without the banner.
  const supervisor = await login(browser, SUPERVISOR);
  await supervisor.goto(BASE_URL + '/camunda/app/cockpit/default/');
  await supervisor.getByText('Instâncias de processo em execução').first().waitFor({ timeout: 30000 });
  await supervisor.getByRole('link', { name: 'Processos' }).first().waitFor();
  await supervisor.getByRole('link', { name: 'Decisões' }).first().waitFor();
  assert.ok(await supervisor.locator('.ce-eol-banner').isHidden());
  await shot(supervisor, 'cockpit-dashboard-pt-br');
  await supervisor.goto(BASE_URL + '/camunda/app/cockpit/default/#/processes');
  await supervisor.getByText('definições de processo implantadas').first().waitFor({ timeout: 30000 });
  await shot(supervisor, 'cockpit-processes-pt-br');
});

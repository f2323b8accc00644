// Seed 004 in a real browser: the agent opens the dealer agenda, books a premium appointment in
// the Ficha de agendamento (Tasklist), sees LeadZap's SCHEDULED dot turn green there and in the
// agenda; the client who said "Não quer WhatsApp" gets no dispatch. Started by DealerJourneyBrowserTest.
import assert from 'node:assert/strict';
import { BASE_URL, choose, complete, journey, login, shot } from './journey.mjs';

const { AGENT, MARIA_EVENT, JOAO_EVENT } = process.env;

/** A São Paulo day `days` ahead, as the form's US-style date field takes it and as ISO. */
function dayAhead(days) {
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'America/Sao_Paulo' });
  const day = new Date(today + 'T12:00:00Z');
  day.setUTCDate(day.getUTCDate() + days);
  const iso = day.toISOString().substring(0, 10);
  return { iso, us: `${iso.substring(5, 7)}/${iso.substring(8, 10)}/${iso.substring(0, 4)}` };
}

async function openFicha(page, event) {
  await page.goto(BASE_URL + '/agenda.html');
  const row = page.locator(`#events tr[data-event="${event}"]`);
  await row.getByRole('link', { name: 'Abrir ficha' }).click();
  await page.waitForURL(/tasklist/);
  await page.locator('.fjs-container').waitFor({ timeout: 30000 });
}

async function book(page, day, note) {
  await page.getByLabel('Agenda', { exact: true }).check();
  const date = page.locator('input[id$="Field_AppointmentAt-date"]');
  await date.fill(day.us);
  await date.press('Enter');
  const time = page.locator('input[id$="Field_AppointmentAt-time"]');
  await time.fill('10:00');
  await time.press('Enter');
  // The time is committed when another field takes the focus.
  await page.getByLabel('Observações').fill(note);
}

await journey('dealer journey', async (browser) => {
  const page = await login(browser, AGENT);
  await page.goto(BASE_URL + '/agenda.html');
  await page.locator(`#events tr[data-event="${MARIA_EVENT}"]`).getByText('Pendente').waitFor();
  await page.locator(`#events tr[data-event="${JOAO_EVENT}"]`).getByText('Não quer WhatsApp').waitFor();
  await shot(page, 'agenda-pending-events');

  // The Ficha offers Agenda (premium, pending, no appointment yet) and Perdido, not Sucesso.
  await openFicha(page, MARIA_EVENT);
  await page.getByText('Revisão de 10.000 km · Maria Oliveira').waitFor();
  assert.equal(await page.getByLabel('Sucesso', { exact: true }).count(), 0);
  const day = dayAhead(3);
  await book(page, day, 'Cliente prefere de manhã');
  await page.getByLabel('Produtivo (quem fará o serviço)').fill('Carlos');
  await shot(page, 'ficha-books-premium-appointment');
  await complete(page);
  await page.locator('.fjs-container').waitFor({ state: 'detached', timeout: 15000 });

  // LeadZap sends the SCHEDULED message: its dot turns green in the agenda.
  await page.goto(BASE_URL + '/agenda.html');
  const maria = page.locator(`#events tr[data-event="${MARIA_EVENT}"]`);
  await maria.getByText('Agendado').waitFor();
  for (let tries = 0; tries < 20 && await maria.locator('.dot.sent').count() === 0; tries++) {
    await page.waitForTimeout(500);
    await page.reload();
  }
  await maria.locator('.dot.sent').waitFor();
  assert.match(await maria.locator('.leadzap').innerText(), /Agendamento — Enviado em/);
  await shot(page, 'agenda-scheduled-dispatch-green');

  // And in the confirmation task's form.
  await maria.getByRole('link', { name: 'Abrir ficha' }).click();
  await page.waitForURL(/tasklist/);
  await page.getByText('Confirmar agendamento').first().waitFor({ timeout: 30000 });
  await page.locator('table').getByText('🟢 enviado').waitFor();
  await shot(page, 'confirmation-form-leadzap-sent');

  // The client without WhatsApp: booked too, and nothing is sent.
  await openFicha(page, JOAO_EVENT);
  await book(page, dayAhead(4), 'Confirmar por telefone: não quer WhatsApp');
  await complete(page);
  await page.locator('.fjs-container').waitFor({ state: 'detached', timeout: 15000 });
  await page.goto(BASE_URL + '/agenda.html');
  const joao = page.locator(`#events tr[data-event="${JOAO_EVENT}"]`);
  await joao.getByText('Agendado').waitFor();
  assert.equal(await joao.locator('.dot').count(), 0);
  await shot(page, 'agenda-no-whatsapp-nothing-sent');
});

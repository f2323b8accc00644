// Seed 004 in a real browser: the agent opens the dealer agenda, books a premium appointment in
// the Ficha de agendamento (Tasklist), sees LeadZap's SCHEDULED dot turn green there and in the
// agenda; the client who said "Não quer WhatsApp" gets no dispatch. She confirms the appointment,
// opens the event's Ficha, reads the WhatsApp conversation, remarcar it and goes back (Voltar);
// the agenda fits 1366 px and a phone without sideways scrolling. A supervisor corrects a vehicle
// in the registers. Started by DealerJourneyBrowserTest.
import assert from 'node:assert/strict';
import { BASE_URL, choose, complete, journey, login, shot } from './journey.mjs';

const { AGENT, SUPERVISOR, MARIA_EVENT, MARIA_ID, JOAO_EVENT } = process.env;

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

/** Fails when the page scrolls sideways, or (for the agenda at 1366 px) its table does. */
async function assertFitsWidth(page, what, table = false) {
  const widths = await page.evaluate(() => {
    const wrap = document.querySelector('#list .table-wrap');
    return { page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth,
      table: wrap ? wrap.scrollWidth : 0, wrap: wrap ? wrap.clientWidth : 0 };
  });
  assert.ok(widths.page <= widths.view, `${what}: the page scrolls sideways (${widths.page} > ${widths.view})`);
  if (table) assert.ok(widths.table <= widths.wrap, `${what}: the table scrolls sideways (${widths.table} > ${widths.wrap})`);
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
  await page.getByLabel('Confirmar (cliente lembrado do dia e da hora)').check();
  await complete(page);
  await page.locator('.fjs-container').waitFor({ state: 'detached', timeout: 15000 });

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

  // The agenda fits a 1366 px screen and a phone without sideways scrolling.
  await page.goto(BASE_URL + '/agenda.html');
  await page.locator(`#events tr[data-event="${MARIA_EVENT}"]`).getByText('Confirmado').waitFor();
  await assertFitsWidth(page, 'agenda at 1366 px', true);
  await shot(page, 'agenda-1366');
  await page.setViewportSize({ width: 390, height: 844 });
  await assertFitsWidth(page, 'agenda at 390 px');
  await shot(page, 'agenda-390');
  await page.setViewportSize({ width: 1366, height: 768 });

  // The event's Ficha: the conversation on WhatsApp, in order, both directions.
  await page.locator(`#events tr[data-event="${MARIA_EVENT}"]`).getByRole('link', { name: MARIA_EVENT }).click();
  await page.locator('#ficha-title').getByText('Ficha de agendamento · ' + MARIA_EVENT).waitFor();
  await page.getByRole('button', { name: 'Conversa' }).click();
  const lines = page.locator('#conversation-lines li');
  await lines.first().waitFor();
  const texts = await lines.allInnerTexts();
  assert.equal(texts.length, 2, texts.join(' | '));
  assert.match(texts[0], /Maria Oliveira[\s\S]*Pode ser de manhã\?/);
  assert.match(texts[1], /LeadZap \(Agendamento, EV-[\s\S]*Olá, Maria!/);
  assert.equal(await page.locator('#conversation-lines li.in').count(), 1);
  await assertFitsWidth(page, 'ficha at 1366 px');
  await shot(page, 'ficha-conversation');

  // Remarcar the confirmed appointment: a past time is refused in pt-BR, a future one is booked again.
  const form = page.locator('#reschedule');
  await form.locator('input[name=appointmentAt]').fill(dayAhead(-1).iso + 'T10:00');
  await form.getByRole('button', { name: 'Remarcar' }).click();
  await page.locator('#ficha-message').getByText('O agendamento tem que ser no futuro.').waitFor();
  const newDay = dayAhead(5);
  await form.locator('input[name=appointmentAt]').fill(newDay.iso + 'T14:30');
  await form.locator('input[name=technician]').fill('Paulo');
  await form.getByRole('button', { name: 'Remarcar' }).click();
  const newTime = `${newDay.iso.substring(8, 10)}/${newDay.iso.substring(5, 7)}/${newDay.iso.substring(0, 4)} 14:30`;
  await page.locator('#ficha-message').getByText('Agendamento remarcado para ' + newTime).waitFor();
  assert.match(await page.locator('#ficha-data').innerText(), /Agendado[\s\S]*14:30[\s\S]*Paulo/);
  for (let tries = 0; tries < 20 && await page.locator('#ficha-leadzap .dot.sent').count() < 2; tries++) {
    await page.waitForTimeout(500);
    await page.reload();
    await page.locator('#ficha-title').getByText(MARIA_EVENT).waitFor();
  }
  assert.equal(await page.locator('#ficha-leadzap .dot.sent').count(), 2);
  await shot(page, 'ficha-rescheduled');

  // Voltar: back to the agenda, the event's row marked.
  await page.getByRole('button', { name: 'Voltar' }).click();
  const back = page.locator(`#events tr[data-event="${MARIA_EVENT}"]`);
  await back.getByText('Agendado').waitFor();
  assert.ok(await back.evaluate((row) => row.classList.contains('highlight')));
  assert.ok(await page.locator('#ficha').isHidden());
  await shot(page, 'agenda-after-voltar');

  // João does not want WhatsApp: his Ficha opens no conversation.
  await page.goto(BASE_URL + '/agenda.html#ficha=' + JOAO_EVENT);
  await page.locator('#ficha-title').getByText(JOAO_EVENT).waitFor();
  assert.ok(await page.getByRole('button', { name: 'Conversa' }).isHidden());
  await page.getByText('Cliente não quer WhatsApp (LGPD): sem conversa').waitFor();
  await shot(page, 'ficha-no-whatsapp-no-conversation');

  // A supervisor corrects Maria's car in the registers (Frota); a bad plate is refused naming the field.
  const supervisor = await login(browser, SUPERVISOR);
  await supervisor.goto(BASE_URL + '/cadastros.html#frota=' + MARIA_ID);
  const car = supervisor.locator('#fleet tr', { hasText: 'ABC1D23' });
  await car.getByRole('button', { name: 'Editar' }).click();
  const vehicle = supervisor.locator('#vehicle-form');
  await vehicle.locator('input[name=plate]').fill('AB12');
  await vehicle.getByRole('button', { name: 'Salvar' }).click();
  await supervisor.locator('#message').getByText('Placa: use o formato ABC1D23 ou ABC-1234.').waitFor();
  await vehicle.locator('input[name=plate]').fill('ABC1D23');
  await vehicle.locator('input[name=model]').fill('Toyota Corolla Altis');
  await vehicle.getByRole('button', { name: 'Salvar' }).click();
  await supervisor.locator('#message').getByText('Veículo alterado.').waitFor();
  await supervisor.locator('#fleet tr', { hasText: 'Toyota Corolla Altis' }).waitFor();
  await shot(supervisor, 'registers-vehicle-edited');
  await supervisor.goto(BASE_URL + '/cadastros.html#tipos');
  await supervisor.locator('#types tbody tr').first().waitFor();
  await shot(supervisor, 'registers-event-types');
  await supervisor.goto(BASE_URL + '/agenda.html#ficha=' + MARIA_EVENT);
  await supervisor.locator('#ficha-data').getByText('Toyota Corolla Altis 2023 · ABC1D23').waitFor();
});

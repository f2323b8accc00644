// Why is my queue empty (issue 15): an agent pulls from a SART campaign at night; the pull finds no
// lead the law lets us call, and the home page says why and when they come back. Started by
// ContactPolicyJourneyBrowserTest with BASE_URL, AGENT, STORE, CAMPAIGN and SHOTS.
import { journey, login, shot } from './journey.mjs';

const { AGENT, STORE, CAMPAIGN } = process.env;

await journey('contact policy journey', async (browser) => {
  const page = await login(browser, AGENT);
  await page.click(`#stores button[data-store="${STORE}"]`);
  const card = page.locator(`.card[data-campaign="${CAMPAIGN}"]`);
  await card.getByText('2 clientes a acionar').waitFor();

  await card.getByRole('button', { name: 'Vamos às vendas' }).click();
  await card.getByText('Não há clientes a acionar nesta campanha.').waitFor();
  await card.locator('li[data-reason="OUTSIDE_HOURS"]')
    .getByText(/^2 clientes fora do horário: voltam (amanhã |em \d\d\/\d\d )?às 09:00 no horário deles$/).waitFor();
  await card.locator('li[data-reason="OPTED_OUT"]')
    .getByText('1 cliente pediu para não receber ligações: não será acionado').waitFor();
  await card.getByText(/^O próximo cliente pode ser acionado (amanhã |em \d\d\/\d\d )?às 09:00 \(horário de Brasília\)\.$/)
    .waitFor();
  if (!(await card.getByRole('button', { name: 'Vamos às vendas' }).isDisabled())) {
    throw new Error('the button should be disabled while no lead may be called');
  }
  await shot(page, 'queue-empty-why');
});

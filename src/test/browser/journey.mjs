// What the browser journeys share: Debian's Chromium, numbered screenshots, login, Tasklist's
// complete button and notifications, and a failure report with a screenshot of every open page.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const { BASE_URL } = process.env;
export const SHOTS = process.env.SHOTS || 'target/browser-screenshots';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
mkdirSync(SHOTS, { recursive: true });

let step = 0;

/** A full-page screenshot named after the step, in SHOTS. */
export async function shot(page, name) {
  step++;
  await page.screenshot({ path: `${SHOTS}/${String(step).padStart(2, '0')}-${name}.png`, fullPage: true });
}

/** Runs `steps(browser)`; on the first failure reports it, screenshots every page, exits non-zero. */
export async function journey(name, steps) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
  });
  try {
    await steps(browser);
    console.log(`${name}: ${step} steps passed`);
  } catch (error) {
    console.error(`${name} failed after step ${step}:`, error);
    for (const context of browser.contexts()) {
      for (const open of context.pages()) {
        const formErrors = await open.locator('.fjs-form-field-error').allInnerTexts().catch(() => []);
        if (formErrors.length) console.error(open.url(), 'form errors:', formErrors);
        await open.screenshot({ path: `${SHOTS}/failed-${open.url().replace(/\W+/g, '_').slice(-60)}.png`, fullPage: true })
          .catch(() => {});
      }
    }
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

/** A new browser session signed in as `user` (test passwords are the user id), on the home page. */
export async function login(browser, user, viewport = { width: 1366, height: 768 }) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(user, 'page error:', error.message));
  page.on('console', (message) => message.type() === 'error' && console.error(user, 'console:', message.text()));
  await page.goto(BASE_URL + '/');
  await page.fill('#username', user);
  await page.fill('#password', user);
  await page.click('button[type=submit]');
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  // The home page may send the user on (seed 002's teams go to their follow-ups): let it settle first.
  await page.waitForLoadState('networkidle');
  return page;
}

/** Tasklist's complete button (our pt-BR locale). */
export async function complete(page) {
  await page.getByRole('button', { name: 'Finalizar atendimento' }).click();
}

export async function closeNotifications(page) {
  for (const close of await page.locator('.page-notifications .alert:visible .close').all()) {
    await close.click().catch(() => {});
  }
}

/**
 * Picks `option` in the form-js select labelled `label` (a custom dropdown, not a <select>).
 * Tasklist re-renders the form right after a claim, which can close a list just opened: then it
 * is opened again, up to three times.
 */
export async function choose(page, label, option) {
  const item = page.locator('.fjs-dropdownlist-item', { hasText: option }).first();
  for (let attempt = 1; ; attempt++) {
    await page.locator('.fjs-form-field-select').filter({ hasText: label }).locator('.fjs-input-group').click();
    try {
      await item.waitFor({ timeout: 5000 });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  await item.click();
}

import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildMember, buildProject } from '../support/factories';
import { launchBrowser, phoneContext, screenshot, signIn } from './support/browser';
import { startBrowserServer } from './support/server';

let server: Awaited<ReturnType<typeof startBrowserServer>>;
let browser: Browser;

beforeAll(async () => {
  server = await startBrowserServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('Buurtbot in the browser', () => {
  it('answers in the private Buurtbot room and its buttons work', async () => {
    const project = await buildProject(server.database.db, 'De Vlinderhof');
    const anouk = await buildMember(server.database.db, project.id, 'resident', 'Anouk');
    const context = await phoneContext(browser, server.baseURL);
    await signIn(context, server.baseURL, anouk.token);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'Buurtbot' }).click();
    await page.getByLabel('Je bericht').fill('ik heb hulp nodig');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByText('Is het dringend?').waitFor();
    await page.getByRole('button', { name: 'Nee, vandaag of morgen is goed' }).click();
    await page.getByRole('button', { name: 'Overslaan' }).click();
    await page.getByText('Ik geef je vraag aan alle begeleiders van het project.').waitFor();
    await screenshot(page, 'buurtbot');
  });
});

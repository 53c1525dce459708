import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { messages } from '../../db/schema';
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

describe('offline and back', () => {
  it('keeps what a resident types offline as "waiting" and sends it exactly once when the connection returns', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Vlinderhof');
    const noor = await buildMember(db, project.id, 'resident', 'Noor');
    const piet = await buildMember(db, project.id, 'resident', 'Piet');

    const noorContext = await phoneContext(browser, server.baseURL);
    await signIn(noorContext, server.baseURL, noor.token);
    const noorPage = await noorContext.newPage();
    await noorPage.goto('/');
    const pietContext = await phoneContext(browser, server.baseURL);
    await signIn(pietContext, server.baseURL, piet.token);
    const pietPage = await pietContext.newPage();
    await pietPage.goto('/');
    await pietPage.getByText('Nog geen berichten').waitFor();
    await noorPage.getByText('Nog geen berichten').waitFor();

    await noorContext.setOffline(true);
    await noorPage.getByRole('status').getByText('Geen verbinding').waitFor();
    const composer = noorPage.getByLabel('Je bericht');
    await composer.fill('Is er morgen koffie in de ontmoetingsruimte?');
    await composer.press('Enter');
    await composer.fill('Ik neem koekjes mee.');
    await noorPage.getByRole('button', { name: 'Versturen' }).click();
    const waiting = noorPage.locator('[data-pending="true"]');
    await expect.poll(() => waiting.count()).toBe(2);
    await expect(waiting.first().textContent()).resolves.toContain('wacht op verbinding');
    await screenshot(noorPage, 'offline');
    // Nothing reached the neighbour or the database while offline.
    await pietPage.waitForTimeout(500);
    await expect(pietPage.getByText('Ik neem koekjes mee.').count()).resolves.toBe(0);

    await noorContext.setOffline(false);
    await pietPage.getByRole('log').getByText('Ik neem koekjes mee.').waitFor({ timeout: 20_000 });
    await noorPage.getByRole('status').getByText('Geen verbinding').waitFor({ state: 'detached' });
    await noorPage.getByRole('status').getByText('Weer verbonden.').waitFor();
    await expect.poll(() => waiting.count()).toBe(0);

    // Exactly once everywhere: in both windows, in order, and in the database.
    for (const page of [noorPage, pietPage]) {
      const bodies = await page.getByRole('log').locator('.message .body').allTextContents();
      expect(bodies).toEqual([
        'Is er morgen koffie in de ontmoetingsruimte?',
        'Ik neem koekjes mee.',
      ]);
    }
    const stored = await db
      .select({ body: messages.body })
      .from(messages)
      .where(eq(messages.channelId, project.channels.common));
    expect(stored.map((m) => m.body).sort()).toEqual([
      'Ik neem koekjes mee.',
      'Is er morgen koffie in de ontmoetingsruimte?',
    ]);

    // A reload shows the same history, still without duplicates.
    await noorPage.reload();
    await noorPage.getByRole('log').getByText('Ik neem koekjes mee.').waitFor();
    await expect(noorPage.getByRole('log').locator('.message').count()).resolves.toBe(2);
  });

  it('shows a message written as HTML as plain text', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Zonnewijzer');
    const saar = await buildMember(db, project.id, 'resident', 'Saar');
    const context = await phoneContext(browser, server.baseURL);
    await signIn(context, server.baseURL, saar.token);
    const page = await context.newPage();
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await page.goto('/');
    const attack = '<img src=x onerror="alert(1)"><script>alert(2)</script><b>vet</b>';
    await page.getByLabel('Je bericht').fill(attack);
    await page.getByRole('button', { name: 'Versturen' }).click();
    const log = page.getByRole('log');
    await log.getByText(attack, { exact: true }).waitFor();
    await expect(log.locator('img, script, b').count()).resolves.toBe(0);
    expect(dialogs).toBe(0);
  });
});

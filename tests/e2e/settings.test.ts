import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { users } from '../../db/schema';
import { createSession } from '../../server/domain/auth/sessions';
import { systemClock } from '../../server/clock';
import { buildMember, buildProject } from '../support/factories';
import { seriousAxeViolations } from './support/axe';
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

describe('settings', () => {
  it('switches the whole interface to English and keeps it after a reload', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Vlinderhof');
    const ruben = await buildMember(db, project.id, 'resident', 'Ruben');
    const context = await phoneContext(browser, server.baseURL);
    await signIn(context, server.baseURL, ruben.token);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'Meer' }).click();
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('heading', { name: 'Instellingen', level: 1 }).waitFor();
    await screenshot(page, 'settings');
    // A resident has no password login section.
    await expect(
      page.getByRole('heading', { name: 'Inloggen met wachtwoord' }).count(),
    ).resolves.toBe(0);

    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await page
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('link', { name: 'Rooms' })
      .waitFor();
    await page.getByRole('button', { name: 'Ask for help' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    const [stored] = await db.select().from(users).where(eq(users.id, ruben.userId));
    expect(stored?.locale).toBe('en');

    await page.reload();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await page.getByRole('radio', { name: 'Nederlands' }).check();
    await page.getByRole('heading', { name: 'Instellingen', level: 1 }).waitFor();
  });

  it('lists where the person is signed in and signs out another device', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Vlinderhof');
    const sanne = await buildMember(db, project.id, 'resident', 'Sanne');
    await createSession(db, systemClock, {
      userId: sanne.userId,
      ttlDays: 30,
      userAgent:
        'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36',
    });
    const context = await phoneContext(browser, server.baseURL);
    await signIn(context, server.baseURL, sanne.token);
    const page = await context.newPage();
    await page.goto(`/p/${project.id}/settings`);
    const sessions = page.locator('.session');
    await expect.poll(() => sessions.count()).toBe(2);
    await page.locator('.session .tag').getByText('Dit apparaat', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Uitloggen op dit apparaat: Chrome · Android' }).click();
    await page.getByText('Dat apparaat is uitgelogd.').waitFor();
    await expect.poll(() => sessions.count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
    await page.getByRole('heading', { name: 'Welkom bij Buurtkamer' }).waitFor();
  });

  it('lets a staff member set an email and password, then sign in with them', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Vlinderhof');
    const tess = await buildMember(db, project.id, 'staff', 'Tess');
    const context = await phoneContext(browser, server.baseURL);
    await signIn(context, server.baseURL, tess.token);
    const page = await context.newPage();
    await page.goto(`/p/${project.id}/settings`);
    await page.getByRole('heading', { name: 'Inloggen met wachtwoord' }).waitFor();
    await page.getByLabel('E-mailadres').fill('tess@vlinderhof.example');
    await page.getByLabel('Nieuw wachtwoord').fill('kort');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.locator('#password-new-error').waitFor();
    await page.getByLabel('Nieuw wachtwoord').fill('een lang en sterk wachtwoord');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByText('Je wachtwoord is opgeslagen.').waitFor();

    const fresh = await (await phoneContext(browser, server.baseURL)).newPage();
    await fresh.goto('/login');
    await fresh.getByLabel('E-mailadres').fill('tess@vlinderhof.example');
    await fresh.getByLabel('Wachtwoord').fill('een lang en sterk wachtwoord');
    await fresh.getByRole('button', { name: 'Inloggen' }).click();
    await fresh.getByRole('button', { name: 'Hulp vragen' }).waitFor();
  });
});

import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { memberInterests, projects, users } from '../../db/schema';
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
    await fresh.getByRole('link', { name: /^Signalen/ }).waitFor();
  });
  it('keeps a chosen interest after a reload and makes a calendar link to copy', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Vlinderhof');
    const wim = await buildMember(db, project.id, 'resident', 'Wim');
    const context = await phoneContext(browser, server.baseURL);
    await signIn(context, server.baseURL, wim.token);
    const page = await context.newPage();
    await page.goto(`/p/${project.id}/settings`);
    await page.getByRole('heading', { name: 'Mijn interesses' }).waitFor();
    const walking = page.getByRole('checkbox', { name: 'wandelen' });
    await walking.check();
    await page.getByText('Opgeslagen.').waitFor();
    const stored = await db
      .select({ tag: memberInterests.tag })
      .from(memberInterests)
      .where(eq(memberInterests.userId, wim.userId));
    expect(stored).toEqual([{ tag: 'walking' }]);

    await page.reload();
    await page.getByRole('heading', { name: 'Agenda-link' }).waitFor();
    await expect.poll(() => walking.isChecked()).toBe(true);
    await expect(page.getByRole('checkbox', { name: 'vissen' }).isChecked()).resolves.toBe(false);

    await page.getByText('Je hebt nog geen agenda-link.').waitFor();
    await page.getByRole('button', { name: 'Maak een agenda-link' }).click();
    const link = page.getByLabel('Je agenda-link');
    await link.waitFor();
    const url = await link.inputValue();
    expect(url).toMatch(new RegExp(`^${server.baseURL}/api/activities/feed/[^/]+\\.ics$`));
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // A new link switches the old one off.
    await page.getByRole('button', { name: 'Maak een nieuwe link' }).click();
    await expect.poll(() => link.inputValue()).not.toBe(url);
    expect((await fetch(url)).status).toBe(404);
  });

  it("downloads the person's own data as a JSON file", async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Vlinderhof');
    const noor = await buildMember(db, project.id, 'resident', 'Noor van Dijk');
    const context = await phoneContext(browser, server.baseURL);
    await signIn(context, server.baseURL, noor.token);
    const page = await context.newPage();
    await page.goto(`/p/${project.id}/settings`);
    await page.getByRole('heading', { name: 'Mijn gegevens downloaden' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download mijn gegevens' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^buurtkamer-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await readFile(await download.path(), 'utf8');
    const data = JSON.parse(text) as Record<string, unknown>;
    expect(data.format).toBe('buurtkamer.personal-data.v1');
    expect(text).toContain('Noor van Dijk');
  });

  it('deletes the account only after a clear confirmation, and signs the person out', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Vlinderhof');
    const bram = await buildMember(db, project.id, 'resident', 'Bram');
    const context = await phoneContext(browser, server.baseURL);
    await signIn(context, server.baseURL, bram.token);
    const page = await context.newPage();
    await page.goto(`/p/${project.id}/settings`);
    const section = page.getByRole('region', { name: 'Account verwijderen' });
    await section.getByText('Je kunt dit niet terugdraaien', { exact: false }).waitFor();
    // The last section of the screen.
    await expect(page.locator('section.card').last().getAttribute('aria-labelledby')).resolves.toBe(
      'settings-delete',
    );

    // The first press only asks; "no" changes nothing.
    await section.getByRole('button', { name: 'Account verwijderen' }).click();
    await section.getByText('Weet je het zeker?', { exact: false }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await section.getByRole('button', { name: 'Nee, toch niet' }).click();
    const [kept] = await db.select().from(users).where(eq(users.id, bram.userId));
    expect(kept?.erasedAt).toBeNull();

    await section.getByRole('button', { name: 'Account verwijderen' }).click();
    await section.getByRole('button', { name: 'Ja, verwijder mijn account' }).click();
    await page.getByRole('heading', { name: 'Welkom bij Buurtkamer' }).waitFor();
    const [erased] = await db.select().from(users).where(eq(users.id, bram.userId));
    expect(erased?.erasedAt).not.toBeNull();
    expect(erased?.displayName).not.toBe('Bram');

    // The old session no longer works, in this browser or anywhere else.
    const me = await fetch(`${server.baseURL}/api/me`, {
      headers: { cookie: `bk_session=${bram.token}` },
    });
    expect(me.status).toBe(401);
    await page.goto(`/p/${project.id}/settings`);
    await page.getByRole('heading', { name: 'Welkom bij Buurtkamer' }).waitFor();
  });

  it("lets an admin set the project's retention period and language; staff do not see them", async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Bewaarhof');
    const ada = await buildMember(db, project.id, 'admin', 'Ada');
    const esther = await buildMember(db, project.id, 'staff', 'Esther');
    const context = await phoneContext(browser, server.baseURL);
    await signIn(context, server.baseURL, ada.token);
    const page = await context.newPage();
    await page.goto(`/p/${project.id}/settings`);
    await page.getByRole('heading', { name: 'Bewaartermijn van het project' }).waitFor();
    const field = page.getByLabel('Bewaartermijn in dagen');
    await expect.poll(() => field.inputValue()).toBe('730');
    await field.fill('10');
    await page.getByRole('button', { name: 'Bewaartermijn opslaan' }).click();
    await page.getByText('Te klein. Het moet minstens 30 zijn.').waitFor();
    await field.fill('365');
    await page.getByRole('button', { name: 'Bewaartermijn opslaan' }).click();
    await page.getByText('Opgeslagen.').waitFor();
    const [stored] = await db.select().from(projects).where(eq(projects.id, project.id));
    expect(stored?.retentionDays).toBe(365);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The project's language: what Buurtbot writes in the shared rooms.
    const language = page.getByRole('group', {
      name: 'In welke taal schrijft Buurtbot in de gedeelde kamers?',
    });
    await language.getByRole('radio', { name: 'Nederlands' }).waitFor();
    await expect
      .poll(() => language.getByRole('radio', { name: 'Nederlands' }).isChecked())
      .toBe(true);
    await language.getByRole('radio', { name: 'English' }).check();
    await language.getByText('Opgeslagen.').waitFor();
    const [changed] = await db.select().from(projects).where(eq(projects.id, project.id));
    expect(changed?.locale).toBe('en');
    expect(await seriousAxeViolations(page)).toEqual([]);

    const staffContext = await phoneContext(browser, server.baseURL);
    await signIn(staffContext, server.baseURL, esther.token);
    const staffPage = await staffContext.newPage();
    await staffPage.goto(`/p/${project.id}/settings`);
    await staffPage.getByRole('heading', { name: 'Instellingen', level: 1 }).waitFor();
    await staffPage.getByRole('heading', { name: 'Uitloggen' }).waitFor();
    await expect(
      staffPage.getByRole('heading', { name: 'Bewaartermijn van het project' }).count(),
    ).resolves.toBe(0);
    await expect(
      staffPage.getByRole('heading', { name: 'Taal van het project' }).count(),
    ).resolves.toBe(0);
  });
});

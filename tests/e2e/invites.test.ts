import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
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

describe('managing invites', () => {
  it('lets a coordinator make a link for the roles they may invite, copy it, see it used, and revoke it', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Vlinderhof');
    const coordinator = await buildMember(db, project.id, 'coordinator', 'Wendy');
    const context = await phoneContext(browser, server.baseURL);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: server.baseURL,
    });
    await signIn(context, server.baseURL, coordinator.token);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'Meer' }).click();
    await page.getByRole('link', { name: 'Uitnodigen' }).click();
    await page.getByRole('heading', { name: 'Uitnodigen', level: 1 }).waitFor();
    await page.getByText('Nog geen uitnodigingen.').waitFor();

    // A coordinator may invite residents, neighbours and coordinators, not staff.
    const options = await page
      .getByLabel('Als wat doet deze persoon mee?')
      .locator('option')
      .allTextContents();
    expect(options).toEqual(['Bewoner', 'Buurtbewoner (omwonende)', 'Woonvereniging']);

    await page.getByLabel('Als wat doet deze persoon mee?').selectOption('neighbour');
    await page.getByLabel('Voor wie is de link?').fill('Familie Jansen, nummer 14');
    await page.getByLabel('Hoeveel dagen werkt de link?').fill('3');
    await page.getByLabel('Hoeveel mensen mogen de link gebruiken?').fill('2');
    await page.getByRole('button', { name: 'Link maken' }).click();
    await page.getByText('De link is klaar.').waitFor();
    const link = await page.getByLabel('Uitnodigingslink').inputValue();
    expect(link).toMatch(new RegExp(`^${server.baseURL}/join/[A-Za-z0-9_-]{16,}$`));
    await page.getByRole('button', { name: 'Link kopiëren' }).click();
    await page.getByText('Gekopieerd.').waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(link);

    const item = page.locator('.invite').filter({ hasText: 'Familie Jansen, nummer 14' });
    await item.getByText('Werkt').waitFor();
    await item.getByText('0 van 2 keer gebruikt').waitFor();
    await screenshot(page, 'invites');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Someone joins with it; the count goes up.
    const guest = await (await phoneContext(browser, server.baseURL)).newPage();
    await guest.goto(link.replace(server.baseURL, ''));
    await guest.getByText('Je bent uitgenodigd als buurtbewoner.', { exact: false }).waitFor();
    await guest.getByLabel('Je naam').fill('Joost');
    await guest.getByRole('button', { name: 'Meedoen' }).click();
    await guest.getByRole('button', { name: 'Hulp vragen' }).waitFor();
    await page.reload();
    await item.getByText('1 van 2 keer gebruikt').waitFor();

    // Revoking asks first, then the link stops working.
    await item.getByRole('button', { name: 'Intrekken: Familie Jansen, nummer 14' }).click();
    await item.getByText('Zeker weten?').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await item.getByRole('button', { name: 'Ja, intrekken' }).click();
    await page.getByText('De link is ingetrokken.').waitFor();
    await item.getByText('Ingetrokken').waitFor();
    const late = await (await phoneContext(browser, server.baseURL)).newPage();
    await late.goto(link.replace(server.baseURL, ''));
    await late.getByText('Deze uitnodiging werkt niet meer.').waitFor();
  });

  it('shows a field error for a bad number and changes nothing', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Vlinderhof');
    const staff = await buildMember(db, project.id, 'staff', 'Xander');
    const context = await phoneContext(browser, server.baseURL);
    await signIn(context, server.baseURL, staff.token);
    const page = await context.newPage();
    await page.goto(`/p/${project.id}/invites`);
    await page.getByText('Nog geen uitnodigingen.').waitFor();
    const options = await page
      .getByLabel('Als wat doet deze persoon mee?')
      .locator('option')
      .allTextContents();
    expect(options).toContain('Begeleider');
    await page.getByLabel('Hoeveel dagen werkt de link?').fill('365');
    await page.getByRole('button', { name: 'Link maken' }).click();
    await page.locator('#invite-days-error').waitFor();
    await expect(
      page.getByLabel('Hoeveel dagen werkt de link?').getAttribute('aria-invalid'),
    ).resolves.toBe('true');
    await page.getByText('Nog geen uitnodigingen.').waitFor();
  });

  it('gives residents no invite screen and no link to it', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Vlinderhof');
    const resident = await buildMember(db, project.id, 'resident', 'Yara');
    const context = await phoneContext(browser, server.baseURL);
    await signIn(context, server.baseURL, resident.token);
    const page = await context.newPage();
    await page.goto(`/p/${project.id}/menu`);
    await page.getByRole('heading', { name: 'Menu' }).waitFor();
    await expect(page.getByRole('link', { name: 'Uitnodigen' }).count()).resolves.toBe(0);
    await page.goto(`/p/${project.id}/invites`);
    await page.getByRole('link', { name: 'Huiskamer' }).waitFor();
    await expect(page.getByRole('heading', { name: 'Uitnodigen' }).count()).resolves.toBe(0);
  });
});

describe('joining while signed in', () => {
  it('asks "Meedoen als <naam>?", joins as that person, or signs out to join as someone else', async () => {
    const db = server.database.db;
    const home = await buildProject(db, 'De Eikenhof');
    const other = await buildProject(db, 'De Berkenhof');
    const karim = await buildMember(db, home.id, 'resident', 'Karim');
    const staff = await buildMember(db, other.id, 'staff', 'Zoë');
    const { createInvite } = await import('../../server/domain/auth/invites');
    const { systemClock } = await import('../../server/clock');
    const makeCode = async () =>
      (
        await createInvite(db, systemClock, {
          projectId: other.id,
          actorRole: 'staff',
          actorId: staff.userId,
          role: 'resident',
          expiresInDays: 7,
          maxUses: 5,
        })
      ).code;

    const context = await phoneContext(browser, server.baseURL);
    await signIn(context, server.baseURL, karim.token);
    const page = await context.newPage();
    await page.goto(`/join/${await makeCode()}`);
    await page.getByRole('heading', { name: 'Meedoen als Karim?' }).waitFor();
    await expect(page.getByLabel('Je naam').count()).resolves.toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'join-as-signed-in');
    await page.getByRole('button', { name: 'Ja, meedoen als Karim' }).click();
    await page.waitForURL(new RegExp(`/p/${other.id}`));

    // Someone else on the same phone signs out first, then joins with their own name.
    const second = await context.newPage();
    await second.goto(`/join/${await makeCode()}`);
    await second.getByRole('button', { name: 'Ik ben iemand anders: uitloggen' }).click();
    await second.getByLabel('Je naam').fill('Sara');
    await second.getByRole('button', { name: 'Meedoen' }).click();
    await second.waitForURL(new RegExp(`/p/${other.id}`));
    const me = await second.evaluate(async () => (await fetch('/api/me')).json());
    expect(me).toMatchObject({ displayName: 'Sara' });
  });
});

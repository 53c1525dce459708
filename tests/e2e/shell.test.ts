import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { systemClock } from '../../server/clock';
import { storeMessage } from '../../server/domain/messages/messages';
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

describe('the app shell', () => {
  it('reaches the help flow from the help button, with the keyboard alone', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Vlinderhof');
    const ahmed = await buildMember(db, project.id, 'resident', 'Ahmed');
    const context = await phoneContext(browser, server.baseURL);
    await signIn(context, server.baseURL, ahmed.token);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'Huiskamer' }).waitFor();

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Ga naar de inhoud' });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Tab');
    const help = page.getByRole('button', { name: 'Hulp vragen' });
    await expect(help.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    // Focus is visible: a 3 px outline.
    await expect(
      help.evaluate((el) => {
        const style = getComputedStyle(el);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      }),
    ).resolves.toBe(true);
    // Large touch target.
    const box = await help.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);

    await page.keyboard.press('Enter');
    await page.waitForURL(`**/p/${project.id}/bot`);
    const log = page.getByRole('log');
    await log.getByText('Ik wil graag hulp van een begeleider.', { exact: true }).waitFor();
    await log.getByText('Is het dringend?').waitFor();
    // Replies in the open conversation count as read.
    const botEntry = page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: /Buurtbot/ });
    await botEntry.getByText('nieuw').waitFor({ state: 'detached' });
    await screenshot(page, 'help');
    // A reload does not start the help flow a second time.
    await page.reload();
    await page.getByRole('log').getByText('Is het dringend?').waitFor();
    await expect(
      page
        .getByRole('log')
        .getByText('Ik wil graag hulp van een begeleider.', { exact: true })
        .count(),
    ).resolves.toBe(1);
  });

  it('shows staff no "Hulp vragen" button: asking a support worker for help is for residents', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Vlinderhof');
    const sanne = await buildMember(db, project.id, 'staff', 'Sanne');
    const admin = await buildMember(db, project.id, 'admin', 'Ali');
    const carla = await buildMember(db, project.id, 'coordinator', 'Carla');
    for (const person of [sanne, admin]) {
      const context = await phoneContext(browser, server.baseURL);
      await signIn(context, server.baseURL, person.token);
      const page = await context.newPage();
      await page.goto(`/p/${project.id}`);
      await page.getByRole('link', { name: /^Signalen/ }).waitFor();
      await expect(page.getByRole('button', { name: 'Hulp vragen' }).count()).resolves.toBe(0);
      await expect(page.locator('body').textContent()).resolves.not.toContain(
        'Buurtbot helpt je een begeleider te bereiken.',
      );
      await context.close();
    }
    // Everyone else keeps it (here the residents' association).
    const context = await phoneContext(browser, server.baseURL);
    await signIn(context, server.baseURL, carla.token);
    const page = await context.newPage();
    await page.goto(`/p/${project.id}`);
    await page.getByRole('button', { name: 'Hulp vragen' }).waitFor();
    await context.close();
  });

  it('loads older messages when scrolling up and keeps the reading position', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Vlinderhof');
    const bram = await buildMember(db, project.id, 'resident', 'Bram');
    for (let i = 1; i <= 120; i += 1) {
      await storeMessage(db, systemClock, {
        channelId: project.channels.common,
        authorId: bram.userId,
        clientId: randomUUID(),
        body: `Bericht ${i}`,
      });
    }
    const context = await phoneContext(browser, server.baseURL);
    await signIn(context, server.baseURL, bram.token);
    const page = await context.newPage();
    await page.goto('/');
    const log = page.getByRole('log');
    await log.getByText('Bericht 120', { exact: true }).waitFor();
    const items = log.locator('.message');
    await expect(items.count()).resolves.toBe(50);
    await expect(items.first().textContent()).resolves.toContain('Bericht 71');

    const anchor = log.getByText('Bericht 71', { exact: true });
    await log.evaluate((el) => (el.scrollTop = 0));
    const before = (await anchor.boundingBox())?.y ?? 0;
    await expect.poll(() => items.count()).toBe(100);
    await log.getByText('Bericht 21', { exact: true }).waitFor({ state: 'attached' });
    // What the person was reading did not jump away.
    const after = (await anchor.boundingBox())?.y ?? 0;
    expect(Math.abs(after - before)).toBeLessThan(60);

    // The button does the same for keyboard users; at the start of history it disappears.
    await log.evaluate((el) => (el.scrollTop = 0));
    await expect.poll(() => items.count()).toBe(120);
    await expect(
      page.getByRole('button', { name: 'Eerdere berichten laden' }).count(),
    ).resolves.toBe(0);
    const bodies = await items.locator('.body').allTextContents();
    expect(bodies).toEqual(Array.from({ length: 120 }, (_, i) => `Bericht ${i + 1}`));
  });

  it('shows unread counts, typing and who is online', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Vlinderhof');
    const chris = await buildMember(db, project.id, 'resident', 'Chris');
    const dewi = await buildMember(db, project.id, 'resident', 'Dewi');
    const chrisContext = await phoneContext(browser, server.baseURL);
    await signIn(chrisContext, server.baseURL, chris.token);
    const chrisPage = await chrisContext.newPage();
    await chrisPage.goto(`/p/${project.id}/bot`);
    await chrisPage.getByRole('log').waitFor();

    const dewiContext = await phoneContext(browser, server.baseURL);
    await signIn(dewiContext, server.baseURL, dewi.token);
    const dewiPage = await dewiContext.newPage();
    await dewiPage.goto('/');
    await dewiPage.getByText('2 online').waitFor();
    await dewiPage.getByLabel('Je bericht').fill('Wie gaat er mee wandelen?');
    await dewiPage.getByLabel('Je bericht').press('Enter');
    await dewiPage.getByLabel('Je bericht').fill('Om tien uur');
    await dewiPage.getByLabel('Je bericht').press('Enter');

    // Chris is in the Buurtbot chat: the Rooms entry counts the new messages.
    const rooms = chrisPage
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: /Kamers/ });
    await rooms.getByText('2 nieuw').waitFor();
    await screenshot(chrisPage, 'unread');
    await rooms.click();
    await chrisPage.getByRole('log').getByText('Om tien uur').waitFor();
    await rooms.getByText('nieuw').waitFor({ state: 'detached' });

    await dewiPage.getByLabel('Je bericht').pressSequentially('Ik ');
    await chrisPage.getByText('Dewi typt…').waitFor();

    await chrisPage.goto(`/p/${project.id}/members`);
    const dewiRow = chrisPage.locator('.member').filter({ hasText: 'Dewi' });
    await dewiRow.getByText('online', { exact: false }).waitFor();
    await expect(dewiRow.locator('.dot.online').count()).resolves.toBe(1);
    await screenshot(chrisPage, 'members');
    await dewiContext.close();
    await expect.poll(() => dewiRow.locator('.dot.online').count(), { timeout: 10_000 }).toBe(0);
  });

  it('shows every label of the bottom bar whole on a 360 px phone, for every role', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Vlinderhof');
    // Enough to scroll, and unread counts on the bar.
    const writer = await buildMember(db, project.id, 'resident', 'Schrijver');
    for (let i = 1; i <= 30; i += 1) {
      await storeMessage(db, systemClock, {
        channelId: project.channels.common,
        authorId: writer.userId,
        clientId: randomUUID(),
        body: `Bericht ${i}`,
      });
    }
    const cut: string[] = [];
    for (const role of ['resident', 'staff', 'corporation'] as const) {
      for (const locale of ['nl-NL', 'en-GB']) {
        const language = locale === 'nl-NL' ? 'nl' : 'en';
        const member = await buildMember(
          db,
          project.id,
          role,
          `Tab ${role}`,
          systemClock,
          language,
        );
        const context = await phoneContext(browser, server.baseURL, locale);
        await signIn(context, server.baseURL, member.token);
        const page = await context.newPage();
        await page.goto('/');
        const labels = page.locator('.app-nav .nav-item:visible .nav-label:visible');
        await labels.last().waitFor();
        await page.evaluate(() => document.fonts.ready);
        // On every screen of the bar: a long screen that scrolls must not narrow the bar.
        const tabs = await page.locator('.app-nav .nav-item:visible a').all();
        for (const tab of tabs) {
          await tab.click();
          await page.waitForLoadState('networkidle');
          // In fractions of a pixel (scrollWidth rounds, and hides an ellipsis of half a pixel).
          const widths = await labels.evaluateAll((spans) =>
            spans.map((span) => {
              const range = document.createRange();
              range.selectNodeContents(span);
              return {
                text: span.textContent ?? '',
                needed: range.getBoundingClientRect().width,
                shown: span.getBoundingClientRect().width,
              };
            }),
          );
          expect(widths.length).toBeGreaterThanOrEqual(3);
          for (const { text, needed, shown } of widths)
            if (needed > shown)
              cut.push(`${role} ${locale} ${page.url()} "${text}" (${needed} > ${shown} px)`);
        }
        await context.close();
      }
    }
    expect(cut).toEqual([]);
  });

  it('lets staff keep who lives where on the members screen; residents do not see it', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Vlinderhof');
    const esther = await buildMember(db, project.id, 'staff', 'Esther');
    const sanne = await buildMember(db, project.id, 'resident', 'Sanne');
    const staffContext = await phoneContext(browser, server.baseURL);
    await signIn(staffContext, server.baseURL, esther.token);
    const staff = await staffContext.newPage();
    await staff.goto(`/p/${project.id}/members`);
    await staff.getByRole('heading', { name: 'Wie woont waar' }).waitFor();
    await staff.getByLabel('Woning van Sanne').fill('15');
    await staff
      .getByRole('listitem')
      .filter({ has: staff.getByLabel('Woning van Sanne') })
      .getByRole('button', { name: 'Opslaan' })
      .click();
    await staff.getByRole('status').getByText('De woning van Sanne is opgeslagen.').waitFor();
    await staff.getByRole('heading', { name: 'Wie woont waar' }).scrollIntoViewIfNeeded();
    await screenshot(staff, 'homes');
    await staff.reload();
    await expect.poll(() => staff.getByLabel('Woning van Sanne').inputValue()).toBe('15');
    await staffContext.close();

    const residentContext = await phoneContext(browser, server.baseURL);
    await signIn(residentContext, server.baseURL, sanne.token);
    const resident = await residentContext.newPage();
    await resident.goto(`/p/${project.id}/members`);
    await resident.getByText('Esther').waitFor();
    await expect(resident.getByText('Wie woont waar').count()).resolves.toBe(0);
    await residentContext.close();
  });

  it('lets staff link a resident to a support worker and remove it; residents see nothing of it', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Vlinderhof');
    const esther = await buildMember(db, project.id, 'staff', 'Esther');
    await buildMember(db, project.id, 'staff', 'Ilse');
    const bram = await buildMember(db, project.id, 'resident', 'Bram');
    const staffContext = await phoneContext(browser, server.baseURL);
    await signIn(staffContext, server.baseURL, esther.token);
    const staff = await staffContext.newPage();
    await staff.goto(`/p/${project.id}/members`);
    await staff.getByRole('heading', { name: 'Eigen begeleider' }).waitFor();
    await staff.getByText('Nog niemand heeft een eigen begeleider.').waitFor();
    await staff.getByLabel('Bewoner', { exact: true }).selectOption({ label: 'Bram' });
    await staff.getByLabel('Begeleider', { exact: true }).selectOption({ label: 'Ilse' });
    await staff.getByRole('button', { name: 'Koppelen' }).click();
    await staff.getByRole('status').getByText('Ilse is nu de begeleider van Bram.').waitFor();
    await staff.getByText('Bram: begeleider Ilse').waitFor();
    // The same link again: the server's reason is shown.
    await staff.getByRole('button', { name: 'Koppelen' }).click();
    await staff.getByText('Bram heeft deze begeleider al.').waitFor();
    await staff.reload();
    await staff.getByText('Bram: begeleider Ilse').waitFor();
    await staff.getByRole('button', { name: 'Ontkoppel Ilse van Bram' }).click();
    await staff
      .getByRole('status')
      .getByText('Ilse is niet meer de begeleider van Bram.')
      .waitFor();
    await staff.getByText('Nog niemand heeft een eigen begeleider.').waitFor();
    await staffContext.close();

    const residentContext = await phoneContext(browser, server.baseURL);
    await signIn(residentContext, server.baseURL, bram.token);
    const resident = await residentContext.newPage();
    await resident.goto(`/p/${project.id}/members`);
    await resident.getByText('Esther').waitFor();
    await expect(resident.getByText('Eigen begeleider').count()).resolves.toBe(0);
    await residentContext.close();
  });

  it('lays out the desktop with a side bar that lists every screen', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Vlinderhof');
    const staff = await buildMember(db, project.id, 'staff', 'Eva');
    const context = await browser.newContext({
      baseURL: server.baseURL,
      viewport: { width: 1280, height: 800 },
      locale: 'nl-NL',
    });
    await signIn(context, server.baseURL, staff.token);
    const page = await context.newPage();
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    for (const name of ['Kamers', 'Buurtbot', 'Buren', 'Uitnodigen', 'Instellingen'])
      await nav.getByRole('link', { name }).waitFor();
    await expect(nav.getByRole('link', { name: 'Meer' }).isVisible()).resolves.toBe(false);
    await page.getByRole('link', { name: 'Teamkamer' }).waitFor();
    await screenshot(page, 'desktop');
  });
});

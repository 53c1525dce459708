import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { systemClock } from '../../server/clock';
import { createAlert } from '../../server/domain/concerns/alerts';
import { storeMessage } from '../../server/domain/messages/messages';
import { phoneNumberPattern } from '../../server/protocol/phone';
import { buildMember, buildProject, type TestMember } from '../support/factories';
import { api } from '../support/http';
import { launchBrowser, phoneContext, signIn } from './support/browser';
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

async function phonePage(member: TestMember, path: string): Promise<Page> {
  const context = await phoneContext(browser, server.baseURL);
  await signIn(context, server.baseURL, member.token);
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

/** A concern reported through the form to the support worker: it gets a thread of its own. */
async function reportConcern(member: TestMember, projectId: string, unsafe = false) {
  const response = await api(server.baseURL, member.cookie, server.baseURL).post(
    `/api/projects/${projectId}/concerns`,
    {
      clientId: randomUUID(),
      category: 'noise',
      description: 'Elke nacht harde muziek in de gang.',
      step: 'begeleiding',
      unsafe,
    },
  );
  expect(response.status).toBe(201);
}

/** Elements inside `selector` that stick out of a 360 px screen (their text would be cut off). */
function overflowing(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((roots) =>
    roots.flatMap((root) =>
      [root, ...root.querySelectorAll('*')]
        .filter((el) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && (box.left < -0.5 || box.right > window.innerWidth + 0.5);
        })
        .map((el) => `${el.tagName} "${(el.textContent ?? '').slice(0, 40)}"`),
    ),
  );
}

describe('on a 360 px phone', () => {
  it('shows every room whole with its unread count, and "Kamers" leads to the unread room', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Vlinderhof');
    const esther = await buildMember(db, project.id, 'staff', 'Esther');
    const ilse = await buildMember(db, project.id, 'staff', 'Ilse');
    const anna = await buildMember(db, project.id, 'resident', 'Anna');
    await reportConcern(anna, project.id);
    await storeMessage(db, systemClock, {
      channelId: project.channels.staff,
      authorId: ilse.userId,
      clientId: randomUUID(),
      body: 'Wie neemt de dienst van zaterdag over?',
    });

    const staff = await phonePage(esther, `/p/${project.id}/members`);
    const rooms = staff
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: /Kamers/ });
    // Ilse's message and Buurtbot's notice in the Teamkamer, and the new concern's thread.
    await rooms.getByText(/\d+ nieuw/).waitFor();
    await rooms.click();
    // The count led to the first room with new messages, not to the Huiskamer.
    await staff.getByRole('log').getByText('Wie neemt de dienst van zaterdag over?').waitFor();
    await staff.waitForURL(`**/p/${project.id}/${project.channels.staff}`);
    const roomTabs = staff.getByRole('navigation', { name: 'Kamers' });
    const tabs = roomTabs.getByRole('link');
    await expect
      .poll(() => tabs.evaluateAll((links) => links.map((a) => a.firstChild?.textContent)))
      .toEqual(['Huiskamer', 'Activiteiten', 'Teamkamer', expect.stringMatching(/^Melding/)]);
    // The concern thread, further along, shows its own count, and all of it is on screen.
    await roomTabs
      .getByRole('link', { name: /^Melding/ })
      .getByText(/\d+ nieuw/)
      .waitFor();
    expect(await overflowing(staff, '.room-bar')).toEqual([]);

    // Anna sees her own concern thread as a room, whole, with the reply's count on it.
    await storeMessage(db, systemClock, {
      channelId: project.channels.common,
      authorId: ilse.userId,
      clientId: randomUUID(),
      body: 'Goedemorgen allemaal',
    });
    const resident = await phonePage(anna, `/p/${project.id}/${project.channels.common}`);
    await resident.getByRole('log').getByText('Goedemorgen allemaal').waitFor();
    const thread = resident
      .getByRole('navigation', { name: 'Kamers' })
      .getByRole('link', { name: /^Melding/ });
    await thread.waitFor();
    expect(await overflowing(resident, '.room-bar')).toEqual([]);
    // She has read what is in it; then the support worker answers there.
    await thread.click();
    await resident.getByRole('log').getByText('Elke nacht harde muziek in de gang.').waitFor();
    await resident
      .getByRole('navigation', { name: 'Kamers' })
      .getByRole('link', { name: 'Huiskamer' })
      .click();
    await resident.getByRole('log').getByText('Goedemorgen allemaal').waitFor();
    await staff
      .getByRole('navigation', { name: 'Kamers' })
      .getByRole('link', { name: /^Melding/ })
      .click();
    await staff.getByLabel('Je bericht').fill('Hoi Anna, ik kom morgen even langs.');
    await staff.getByLabel('Je bericht').press('Enter');
    await thread.getByText('1 nieuw').waitFor();
    await thread.click();
    await resident.getByRole('log').getByText('Hoi Anna, ik kom morgen even langs.').waitFor();
  });

  it('has one way in for "something is wrong" that leads to the right form', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Vlinderhof');
    const joke = await buildMember(db, project.id, 'resident', 'Joke');
    const page = await phonePage(joke, `/p/${project.id}`);
    await page.getByRole('link', { name: 'Melden', exact: true }).click();
    await page.getByText('Wat is er aan de hand?').waitFor();

    await page.getByRole('link', { name: 'Er is iets kapot' }).click();
    await page.waitForURL(`**/p/${project.id}/defects/report`);
    await page.getByRole('heading', { name: 'Gebreken' }).waitFor();
    await expect(page.getByText('Mijn meldingen').count()).resolves.toBe(0);

    await page.goBack();
    await page.getByRole('button', { name: 'Ik heb last van een buur' }).click();
    await page.getByLabel('Wat hoor of zie je?').waitFor();
    await expect(page.getByText('Mijn meldingen').count()).resolves.toBe(0);
    await page.getByText('Alleen jij en de begeleiders zien dit.').waitFor();
  });

  it('gives staff one name for their signals, an urgent count, and a detail that fits', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Vlinderhof');
    const esther = await buildMember(db, project.id, 'staff', 'Esther');
    const anna = await buildMember(db, project.id, 'resident', 'Anna');
    await reportConcern(anna, project.id, true);
    // Emergency words to Buurtbot raise such an alert; here it is made directly.
    await db.transaction((tx) =>
      createAlert(tx, systemClock, {
        projectId: project.id,
        kind: 'urgent',
        priority: 'urgent',
        subjectUserId: anna.userId,
        staffNotice: 'DRINGEND: noodgeval bij Anna.',
      }),
    );

    const desktopContext = await browser.newContext({
      baseURL: server.baseURL,
      viewport: { width: 1280, height: 800 },
      locale: 'nl-NL',
    });
    await signIn(desktopContext, server.baseURL, esther.token);
    const desktop = await desktopContext.newPage();
    await desktop.goto(`/p/${project.id}`);
    const signals = desktop
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: /^Signalen/ });
    await signals.getByText('1 dringend').waitFor();
    await desktopContext.close();

    const page = await phonePage(esther, `/p/${project.id}`);
    // Click once the link shows the count, as the desktop check above waits for it: in one CI
    // run (2026-12-07) the click led nowhere for 30 s, likely while the link was drawn again.
    const phoneSignals = page.getByRole('link', { name: /^Signalen/ });
    await phoneSignals.getByText('1 dringend').waitFor();
    await phoneSignals.click();
    await page.getByRole('heading', { name: 'Signalen', exact: true }).waitFor();
    const body = await page.locator('body').textContent();
    expect(body).not.toMatch(/Dashboard|Meldingen en signalen/);
    await page.locator('[data-concern]').first().getByRole('button', { name: 'Openen' }).click();
    await page.getByRole('heading', { name: /Wat er gebeurde/ }).waitFor();
    expect(await overflowing(page, '.detail')).toEqual([]);
  });

  it('makes every phone number on the buurtkaart and in Buurtbot\u2019s answers a tap-to-call link', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Vlinderhof');
    const esther = await buildMember(db, project.id, 'staff', 'Esther');
    const said = await buildMember(db, project.id, 'resident', 'Said');
    const saved = await api(server.baseURL, esther.cookie, server.baseURL).request(
      'PUT',
      `/api/card/${project.id}`,
      {
        contacts: [
          {
            kind: 'repairs',
            name: 'Reparatiedienst Woonstede',
            phone: '088-555 0123',
            note: 'Buiten kantoortijd: 088-555 0199, ook in het weekend.',
          },
        ],
        tips: ['Sleutel kwijt? Bel de huismeester: 06-12345678.'],
      },
    );
    expect(saved.status).toBe(200);

    const page = await phonePage(said, `/p/${project.id}/card`);
    await page.getByText('Reparatiedienst Woonstede').waitFor();
    const bare = await numbersWithoutLink(page, 'main');
    expect(bare).toEqual([]);
    for (const number of ['112', '088-555 0123', '088-555 0199', '06-12345678'])
      await expect(
        page.getByRole('link', { name: number, exact: true }).first().getAttribute('href'),
      ).resolves.toBe(`tel:${number.replace(/[^0-9+]/g, '')}`);

    await page.goto(`/p/${project.id}/bot`);
    await page.getByLabel('Je bericht').fill('wie bel ik bij lekkage?');
    await page.getByLabel('Je bericht').press('Enter');
    await page.getByRole('log').getByRole('link', { name: '088-555 0123' }).waitFor();
    expect(await numbersWithoutLink(page, '[role=log]')).toEqual([]);
  });

  it('drops "typt…" when the message arrives and shows the offline banner at once', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Vlinderhof');
    const chris = await buildMember(db, project.id, 'resident', 'Chris');
    const dewi = await buildMember(db, project.id, 'resident', 'Dewi');
    const chrisPage = await phonePage(chris, `/p/${project.id}/${project.channels.common}`);
    const dewiPage = await phonePage(dewi, `/p/${project.id}/${project.channels.common}`);
    await dewiPage.getByText('2 online').waitFor();
    await chrisPage.getByText('2 online').waitFor();

    const composer = dewiPage.getByLabel('Je bericht');
    await composer.pressSequentially('Wie heeft ');
    await chrisPage.getByText('Dewi typt…').waitFor();
    await composer.pressSequentially('er zin in koffie?');
    await composer.press('Enter');
    await chrisPage.getByRole('log').getByText('Wie heeft er zin in koffie?').waitFor();
    // Gone together with the message's arrival (the same update), not seconds later.
    await expect(chrisPage.getByText('Dewi typt…').count()).resolves.toBe(0);

    // The browser knows it is offline at once; the banner follows within 3 seconds.
    await chrisPage.context().setOffline(true);
    await chrisPage.getByRole('status').getByText('Geen verbinding').waitFor({ timeout: 3000 });
    await chrisPage.context().setOffline(false);
    await chrisPage.getByRole('status').getByText('Weer verbonden.').waitFor();
  });

  it('asks nothing of Discord on a server without it, and serves a real robots.txt', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Vlinderhof');
    const fatima = await buildMember(db, project.id, 'resident', 'Fatima');
    const context = await phoneContext(browser, server.baseURL);
    await signIn(context, server.baseURL, fatima.token);
    const page = await context.newPage();
    const asked: string[] = [];
    const failed: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`/p/${project.id}`);
    await page.getByRole('link', { name: 'Huiskamer' }).waitFor();
    await page.getByRole('link', { name: 'Meer' }).click();
    await page.getByRole('link', { name: 'Instellingen' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(asked.filter((path) => path.startsWith('/api/discord'))).toEqual([]);
    expect(failed).toEqual([]);
    await expect(page.getByRole('link', { name: /Discord/ }).count()).resolves.toBe(0);

    const robots = await fetch(`${server.baseURL}/robots.txt`);
    expect(robots.status).toBe(200);
    expect(robots.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await robots.text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).not.toContain('<html');
  });
});

/** Phone numbers in the text of `selector` that are not inside a tap-to-call link. */
function numbersWithoutLink(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((roots, source) => {
    const pattern = new RegExp(source, 'gu');
    const bare: string[] = [];
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('a[href^="tel:"]')) continue;
        if (node.parentElement?.closest('input, textarea, .visually-hidden')) continue;
        for (const match of (node.textContent ?? '').matchAll(pattern)) bare.push(match[0]);
      }
    }
    return bare;
  }, phoneNumberPattern.source);
}

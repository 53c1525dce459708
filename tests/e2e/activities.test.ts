import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { activities, activitySignups } from '../../db/schema';
import { buildMember, buildProject } from '../support/factories';
import { api } from '../support/http';
import { publishActivity } from '../integration/helpers/activities';
import { launchBrowser, phoneContext, screenshot, signIn } from './support/browser';
import { startBrowserServer } from './support/server';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

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

async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's strict CSP forbids inline scripts.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: () => Promise<{ violations: { id: string; impact: string }[] }> };
      }
    ).axe;
    return axe.run();
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.id);
}

describe('the activity board in the browser', () => {
  it('a resident signs up with one tap and another resident sees the places change', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Zonnehof');
    const coordinator = await buildMember(db, project.id, 'coordinator', 'Cor');
    const anouk = await buildMember(db, project.id, 'resident', 'Anouk');
    const bilal = await buildMember(db, project.id, 'resident', 'Bilal');
    await publishActivity(
      server.baseURL,
      coordinator.cookie,
      project.id,
      new Date(),
      {
        title: 'Walking dinner',
        capacity: 10,
        accessibility: ['wheelchair', 'no_alcohol'],
        tasks: [{ title: 'Koken', slots: 2 }],
      },
      { origin: server.baseURL },
    );

    const first = await phoneContext(browser, server.baseURL);
    await signIn(first, server.baseURL, anouk.token);
    const second = await phoneContext(browser, server.baseURL);
    await signIn(second, server.baseURL, bilal.token);
    const anoukPage = await first.newPage();
    const bilalPage = await second.newPage();
    await anoukPage.goto(`/p/${project.id}/activities`);
    await bilalPage.goto(`/p/${project.id}/activities`);
    await bilalPage.getByText('Nog 10 van de 10 plekken vrij').waitFor();
    await anoukPage.getByText('Nog 10 van de 10 plekken vrij').waitFor();

    await anoukPage.getByLabel('Neem je iemand mee?').selectOption('2');
    await anoukPage.getByRole('button', { name: 'Ik doe mee' }).click();
    await anoukPage.getByText('Je doet mee, met 2 gasten.').waitFor();
    await bilalPage.getByText('Nog 7 van de 10 plekken vrij').waitFor();
    await screenshot(bilalPage, 'activities');

    expect(await seriousViolations(anoukPage)).toEqual([]);
    await api(server.baseURL, coordinator.cookie).request(
      'PUT',
      `/api/card/${project.id}`,
      {
        contacts: [{ kind: 'police', name: 'Wijkagent Sanne de Boer', phone: '0900-8844' }],
        tips: ['Praat eerst rustig met je buren.'],
      },
      { origin: server.baseURL },
    );
    await bilalPage.goto(`/p/${project.id}/card`);
    await bilalPage.getByText('Wijkagent Sanne de Boer').waitFor();
    await screenshot(bilalPage, 'buurtkaart');
    expect(await seriousViolations(bilalPage)).toEqual([]);
    await first.close();
    await second.close();
  });

  it('the coordinator sees the create form and the newsletter without accessibility problems', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Lijsterhof');
    const coordinator = await buildMember(db, project.id, 'coordinator', 'Cor');
    const context = await phoneContext(browser, server.baseURL);
    await signIn(context, server.baseURL, coordinator.token);
    const page = await context.newPage();
    await page.goto(`/p/${project.id}/activities`);
    await page.getByRole('button', { name: 'Nieuwe activiteit' }).click();
    await page.getByLabel('Naam van de activiteit').fill('Koffieochtend');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('the coordinator reads participation per month with the month in words, small counts hidden', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Spreeuwhof');
    const coordinator = await buildMember(db, project.id, 'coordinator', 'Cor');
    const joke = await buildMember(db, project.id, 'resident', 'Joke');
    // An activity held an hour ago (made in the database: the API only plans ahead).
    const endsAt = new Date(Date.now() - 3_600_000);
    const [held] = await db
      .insert(activities)
      .values({
        projectId: project.id,
        title: 'Spelletjesmiddag',
        startsAt: new Date(endsAt.getTime() - 3_600_000),
        endsAt,
        status: 'published',
        organiserId: coordinator.userId,
        createdBy: coordinator.userId,
      })
      .returning();
    await db
      .insert(activitySignups)
      .values({ activityId: held!.id, userId: joke.userId, status: 'confirmed', queueNo: 1 });
    const month = new Intl.DateTimeFormat('nl-NL', {
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Amsterdam',
    }).format(endsAt);

    const context = await phoneContext(browser, server.baseURL);
    await signIn(context, server.baseURL, coordinator.token);
    const page = await context.newPage();
    await page.goto(`/p/${project.id}/activities`);
    const table = page.getByRole('region', { name: 'Deelname dit jaar' });
    await table.getByRole('rowheader', { name: month }).waitFor();
    expect(await table.getByRole('row', { name: month }).textContent()).toContain('minder dan 5');
    await table.getByRole('rowheader', { name: 'Totaal' }).waitFor();
    expect(await page.getByText(/\d{4}-\d{2}/).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('a coordinator makes a task in the form; guests never exceed the places; a full activity says "wachtlijst" first; Afmelden asks', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Merelhof');
    const coordinator = await buildMember(db, project.id, 'coordinator', 'Cor');
    const anouk = await buildMember(db, project.id, 'resident', 'Anouk');
    const bilal = await buildMember(db, project.id, 'resident', 'Bilal');
    const day = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);

    // The coordinator makes a 2-place activity with one volunteer task, in the web form.
    const corContext = await phoneContext(browser, server.baseURL);
    await signIn(corContext, server.baseURL, coordinator.token);
    const cor = await corContext.newPage();
    await cor.goto(`/p/${project.id}/activities`);
    await cor.getByRole('button', { name: 'Nieuwe activiteit' }).click();
    await cor.getByLabel('Naam van de activiteit').fill('Koffieochtend');
    await cor.getByLabel('Datum').fill(day);
    await cor.getByLabel('Begint om').fill('10:00');
    await cor.getByLabel('Eindigt om').fill('11:30');
    await cor.getByLabel('Hoeveel plekken?').fill('2');
    await cor.getByLabel('Taak', { exact: true }).fill('Koffie zetten');
    await cor.getByLabel('Hoeveel helpers').fill('1');
    await cor.getByRole('button', { name: 'Taak toevoegen' }).click();
    await cor.getByText('Koffie zetten: nog 1 nodig').waitFor();
    expect(await seriousViolations(cor)).toEqual([]);
    await cor.getByRole('button', { name: 'Plaatsen' }).click();
    const card = cor.locator('article', { hasText: 'Koffieochtend' });
    await card.getByText('Koffie zetten: nog 1 nodig').waitFor();
    // A second task, added on the card.
    await card.getByLabel('Taak', { exact: true }).fill('Opruimen');
    await card.getByRole('button', { name: 'Taak toevoegen' }).click();
    await card.getByText('Opruimen: nog 1 nodig').waitFor();
    // And changed afterwards: a later start and a place.
    await card.getByRole('button', { name: 'Aanpassen' }).click();
    await card.getByLabel('Begint om').fill('10:30');
    await card.getByLabel('Waar').fill('Gezamenlijke ruimte');
    await card.getByRole('button', { name: 'Bewaren' }).click();
    await card.getByText(/om 10:30 · Gezamenlijke ruimte/).waitFor();

    // Anouk: one of two places taken by her alone would leave one; she may bring at most 1 guest.
    const anoukContext = await phoneContext(browser, server.baseURL);
    await signIn(anoukContext, server.baseURL, anouk.token);
    const a = await anoukContext.newPage();
    await a.goto(`/p/${project.id}/activities`);
    await a.getByText('Nog 2 van de 2 plekken vrij').waitFor();
    const options = await a.getByLabel('Neem je iemand mee?').locator('option').allTextContents();
    expect(options).toEqual(['Nee, alleen ik', 'Ja, 1 gast']);
    await a.getByRole('button', { name: 'Ik doe mee' }).click();
    await a.getByText('Je doet mee.').waitFor();
    await a.getByRole('button', { name: 'Ik help: Koffie zetten' }).click();
    await a.getByRole('button', { name: 'Ik help niet meer' }).waitFor();

    // Bilal: 1 place left, so no guests are offered at all.
    const bilalContext = await phoneContext(browser, server.baseURL);
    await signIn(bilalContext, server.baseURL, bilal.token);
    const b = await bilalContext.newPage();
    await b.goto(`/p/${project.id}/activities`);
    await b.getByText('Nog 1 van de 2 plekken vrij').waitFor();
    expect(await b.getByLabel('Neem je iemand mee?').count()).toBe(0);
    // The coordinator takes the last place: Bilal's card says "full" and "waitlist" before he taps.
    await api(server.baseURL, coordinator.cookie).post(
      `/api/activities/${await activityId(b)}/signup`,
      { guests: 0 },
      { origin: server.baseURL },
    );
    await b.getByText('Vol. Je kunt op de wachtlijst.').waitFor();
    await b
      .getByText('Alle plekken zijn bezet. Je komt op de wachtlijst.', { exact: false })
      .waitFor();
    await b.getByRole('button', { name: 'Zet me op de wachtlijst' }).click();
    await b.getByText('Je staat op de wachtlijst, op plek 1.', { exact: false }).waitFor();
    await screenshot(b, 'activities-waitlist');

    // The coordinator sees who comes and who helps; Bilal sees counts only.
    await cor.reload();
    const corCard = cor.locator('article', { hasText: 'Koffieochtend' });
    await corCard.getByRole('button', { name: 'Wie doet mee?' }).click();
    await corCard.getByText('Bilal (wachtlijst, plek 1)').waitFor();
    await corCard.getByText('Anouk', { exact: true }).waitFor();
    await corCard.getByText('Helpers: Anouk').waitFor();
    expect(await seriousViolations(cor)).toEqual([]);
    expect(await b.getByRole('button', { name: 'Wie doet mee?' }).count()).toBe(0);
    expect(await b.getByText('Helpers: Anouk').count()).toBe(0);

    // Afmelden asks first; "no" keeps the place, "yes" withdraws.
    const questions: string[] = [];
    let answer = false;
    a.on('dialog', (dialog) => {
      questions.push(dialog.message());
      void (answer ? dialog.accept() : dialog.dismiss());
    });
    await a.getByRole('button', { name: 'Afmelden' }).click();
    await a.getByText('Je doet mee.').waitFor();
    answer = true;
    await a.getByRole('button', { name: 'Afmelden' }).click();
    // Her place went to Bilal, first on the waitlist: the card says it is full now.
    await a.getByRole('button', { name: 'Zet me op de wachtlijst' }).waitFor();
    // Bilal sees the offer, with until when he can say yes.
    await b
      .getByText(
        /Er is een plek vrij voor jou! Wil je hem\? Zeg het voor \S+ \d+ \S+ om \d\d:\d\d\./,
      )
      .waitFor();
    await b.getByRole('button', { name: 'Ja, ik kom' }).waitFor();
    expect(questions).toEqual([
      'Wil je je afmelden voor Koffieochtend?',
      'Wil je je afmelden voor Koffieochtend?',
    ]);
    await corContext.close();
    await anoukContext.close();
    await bilalContext.close();
  });
});

/** The id of the (only) activity on the page, from its calendar link. */
async function activityId(page: Page): Promise<string> {
  const href = await page.getByRole('link', { name: 'Zet in mijn agenda' }).getAttribute('href');
  return /\/api\/activities\/([0-9a-f-]{36})\/ics/.exec(href ?? '')![1]!;
}

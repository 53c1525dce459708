import axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { buildUnit, placeInUnit } from '../support/concerns';
import { api } from '../support/http';
import { launchBrowser, phoneContext, screenshot, signIn } from './support/browser';
import { startBrowserServer } from './support/server';

let server: Awaited<ReturnType<typeof startBrowserServer>>;
let browser: Browser;
let project: TestProject;
let anna: TestMember;
let esther: TestMember;
let wouter: TestMember;

beforeAll(async () => {
  server = await startBrowserServer();
  browser = await launchBrowser();
  const db = server.database.db;
  project = await buildProject(db, 'De Meidoorn');
  anna = await buildMember(db, project.id, 'resident', 'Anna');
  const bram = await buildMember(db, project.id, 'resident', 'Bram');
  esther = await buildMember(db, project.id, 'staff', 'Esther');
  wouter = await buildMember(db, project.id, 'corporation', 'Wouter');
  await placeInUnit(db, project.id, bram.userId, await buildUnit(db, project.id, '12'));
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** axe-core in the page (evaluated through the DevTools protocol, so the strict CSP stays on). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const result = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function pageFor(member: TestMember, path: string): Promise<Page> {
  const context = await phoneContext(browser, server.baseURL);
  await signIn(context, server.baseURL, member.token);
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

describe('a concern, from the resident\u2019s bot to the staff dashboard and back', () => {
  it('shows a concern reported through the bot live on the dashboard; staff claim it; the resident sees it', async () => {
    const staff = await pageFor(esther, `/p/${project.id}/dashboard`);
    await staff.getByRole('heading', { name: 'Signalen', exact: true }).waitFor();
    await staff.getByText('Geen open meldingen.').waitFor();
    // Nobody is on the rota in this project: the dashboard says so, loudly.
    await staff
      .getByRole('alert')
      .filter({ hasText: 'Er heeft nu niemand dienst!' })
      .getByText('Hulpvragen en spoedmeldingen gaan nu naar alle begeleiders.')
      .waitFor();

    const resident = await pageFor(anna, `/p/${project.id}`);
    await resident.getByRole('link', { name: 'Buurtbot' }).click();
    await resident.getByLabel('Je bericht').fill('/melding');
    await resident.getByRole('button', { name: 'Versturen' }).click();
    await resident.getByLabel('Je bericht').fill('elke nacht harde muziek bij nummer 12');
    await resident.getByRole('button', { name: 'Versturen' }).click();
    await resident.getByRole('button', { name: 'Ja, maak een melding' }).click();
    await resident.getByRole('button', { name: 'Ik slaap er slecht van' }).click();
    await resident.getByRole('button', { name: 'Ja, maar het hielp niet' }).click();
    await resident.getByText('Mijn tip is de knop "Een bericht via Buurtbot".').waitFor();
    await screenshot(resident, 'concern-bot');
    await resident.getByRole('button', { name: 'Een begeleider vragen' }).click();
    await resident.getByText('Ik heb een begeleider gevraagd').waitFor();

    // The dashboard shows it without a reload: the alert and the concern.
    const alert = staff.locator('[data-alert]').first();
    await alert.getByText('melding').first().waitFor();
    const card = staff.locator('[data-concern]').first();
    await card.getByText('Begeleiding').waitFor();
    await card.getByText('Van Anna').waitFor();
    await screenshot(staff, 'concern-dashboard');
    expect(await seriousViolations(staff)).toEqual([]);

    // The resident opens "Melden" (the bottom bar's word for Iets melden) and sees the step;
    // then staff claim it, live.
    await resident.getByRole('link', { name: 'Melden', exact: true }).click();
    const mine = resident.locator('[data-concern]').first();
    await mine.getByText('Begeleiding').waitFor();
    await alert.getByRole('button', { name: 'Oppakken' }).click();
    await mine.getByText('Esther (begeleider) heeft je melding opgepakt.').waitFor();
    await screenshot(resident, 'concern-mine');

    // The staff detail: note, audit trail, ladder buttons.
    await card.getByRole('button', { name: 'Openen' }).click();
    await staff.getByRole('heading', { name: /Wat er gebeurde/ }).waitFor();
    await staff.getByLabel('Notitie (alleen voor begeleiders)').fill('Morgen langs bij Anna.');
    await staff.getByRole('button', { name: 'Notitie opslaan' }).click();
    await staff.getByText('Morgen langs bij Anna.').waitFor();
    await staff.getByText('van Gemeld naar Begeleiding').waitFor();
    await screenshot(staff, 'concern-detail');
    expect(await seriousViolations(staff)).toEqual([]);
    // The resident never sees the note.
    await resident.reload();
    await resident.locator('[data-concern]').first().waitFor();
    expect(await resident.content()).not.toContain('Morgen langs bij Anna.');
  });

  it('lets a resident report through the form, and staff keep the rota and see the numbers', async () => {
    const resident = await pageFor(anna, `/p/${project.id}/meldingen`);
    await resident.getByRole('button', { name: 'Ik heb last van een buur' }).click();
    await resident.getByLabel('Afval').check();
    await resident
      .getByLabel('Wat hoor of zie je?')
      .fill('Vuilniszakken naast de container, al een week.');
    await resident.getByLabel('Huisnummer waar het om gaat (als je het weet)').fill('12');
    await resident.getByLabel('Dat durf ik niet').check();
    await expect(
      resident.getByLabel(/Een bericht via Buurtbot \(aangeraden\)/).isChecked(),
    ).resolves.toBe(true);
    await resident
      .getByText('Buurtbot stuurt je buur een vriendelijk bericht.', { exact: false })
      .waitFor();
    // The neutral message is shown before it is sent, without the reporter's words or name.
    const preview = resident.getByTestId('burenbericht-preview');
    await preview.getByText(/Een buur heeft last van afval bij jouw woning/).waitFor();
    expect(await preview.textContent()).not.toContain('Anna');
    expect(await seriousViolations(resident)).toEqual([]);
    await screenshot(resident, 'concern-form');
    await resident.getByRole('button', { name: 'Melding versturen' }).click();
    await resident.getByRole('status').getByText('Je melding is opgeslagen.').waitFor();
    await resident.locator('[data-concern]').getByText('Burenbericht').first().waitFor();
    expect(await seriousViolations(resident)).toEqual([]);

    const staff = await pageFor(esther, `/p/${project.id}/dashboard`);
    await staff.getByRole('button', { name: 'Rooster' }).click();
    await staff.getByLabel('Van').fill('2030-05-01T08:00');
    await staff.getByLabel('Tot').fill('2030-05-01T20:00');
    await staff.getByRole('button', { name: 'Opslaan' }).click();
    await staff.getByRole('button', { name: 'Dienst van Esther weghalen' }).waitFor();
    expect(await seriousViolations(staff)).toEqual([]);
    await staff.getByRole('button', { name: 'Cijfers' }).click();
    await staff.getByText('Aantallen onder de 5 tonen we niet').waitFor();
    await staff.getByRole('link', { name: 'Download als CSV' }).waitFor();
    // Months as people write them ("december 2026"), not "2026-12".
    const months = await staff.locator('table.numbers tbody th').allTextContents();
    expect(months.length).toBeGreaterThan(0);
    for (const month of months) expect(month).toMatch(/^[a-z]+ \d{4}$/);
    await staff.locator('svg.chart').scrollIntoViewIfNeeded();
    await screenshot(staff, 'concern-numbers');
    expect(await seriousViolations(staff)).toEqual([]);
  });

  it('shows the corporation its (empty) list of forwarded cases, accessibly', async () => {
    const corp = await pageFor(wouter, `/p/${project.id}/zaken`);
    await corp.getByRole('heading', { name: 'Doorgestuurde meldingen' }).waitFor();
    await corp.getByText('Er zijn nog geen meldingen doorgestuurd.').waitFor();
    expect(await seriousViolations(corp)).toEqual([]);
  });
});

describe('consent for the housing corporation', () => {
  it('shows the reporter the text the corporation will read, with a hint, and sends it changed', async () => {
    const db = server.database.db;
    const home = await buildProject(db, 'De Hazelaar');
    const rita = await buildMember(db, home.id, 'resident', 'Rita');
    const staffer = await buildMember(db, home.id, 'staff', 'Sem');
    const corp = await buildMember(db, home.id, 'corporation', 'Cora');
    const as = (m: TestMember) => api(server.baseURL, m.cookie, server.baseURL);
    const reported = await as(rita).post(`/api/projects/${home.id}/concerns`, {
      clientId: crypto.randomUUID(),
      category: 'other',
      description: 'Ik ben Rita (nr 7). Het plafond lekt al weken.',
      effect: 'Mijn astma wordt erger',
      step: 'begeleiding',
    });
    expect(reported.status).toBe(201);
    const concernId = (reported.json as { id: string }).id;
    expect((await as(staffer).post(`/api/concerns/${concernId}/consent-request`)).status).toBe(200);

    const page = await pageFor(rita, `/p/${home.id}/meldingen`);
    const review = page.getByRole('group', { name: 'Toestemming voor de woningcorporatie' });
    await review.getByRole('heading', { name: 'Dit leest de woningcorporatie' }).waitFor();
    await review.getByText(/Haal namen eruit/).waitFor();
    const what = review.getByLabel('Wat hoor of zie je?');
    await expect(what.inputValue()).resolves.toContain('Ik ben Rita (nr 7)');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'consent-review');
    await what.fill('Het plafond lekt al weken.');
    await review.getByLabel(/Wat doet het met je/).fill('');
    await review.getByRole('button', { name: 'Ja, zonder mijn naam' }).click();
    await review.waitFor({ state: 'detached' });

    const cases = await as(corp).get(`/api/projects/${home.id}/corporation/cases`);
    expect(cases.json.cases).toEqual([
      expect.objectContaining({ description: 'Het plafond lekt al weken.', effect: null }),
    ]);
    expect(JSON.stringify(cases.json)).not.toMatch(/Rita|astma/);
  });
});

describe('plain words in the concern screens', () => {
  it('marks the suggested step once, says "net" for a fresh concern, and leaves out empty facts', async () => {
    const db = server.database.db;
    const home = await buildProject(db, 'De Linde');
    const rita = await buildMember(db, home.id, 'resident', 'Rita');
    const sem = await buildMember(db, home.id, 'staff', 'Sem');

    // The form: talking yourself is suggested, marked once, and explained without an "ik".
    const form = await pageFor(rita, `/p/${home.id}/meldingen`);
    await form.getByRole('button', { name: 'Ik heb last van een buur' }).click();
    await form.getByLabel('Geluid').check();
    await form.getByLabel('Wat hoor of zie je?').fill('Harde muziek in de avond.');
    await form.getByLabel('Wat doet het met je? (mag je overslaan)').fill('Ik slaap er slecht van');
    await form.getByLabel('Nee, nog niet').check();
    const steps = form.getByRole('group', { name: 'Wat wil je doen?' });
    const zelf = steps.getByRole('radio', { name: /^Zelf praten, met tips \(aangeraden\)/ });
    await expect(zelf.isChecked()).resolves.toBe(true);
    const stepTexts = await steps.textContent();
    expect(stepTexts).toContain('Je krijgt tips voor dat gesprek.');
    expect(stepTexts).not.toMatch(/\(tip\)|Ik stuur|Ik geef/);
    await form.getByRole('button', { name: 'Melding versturen' }).click();
    await form.getByRole('status').getByText('Je melding is opgeslagen.').waitFor();
    const mine = await api(server.baseURL, rita.cookie, server.baseURL).get(
      `/api/projects/${home.id}/concerns/mine`,
    );
    const reportedAt = Date.parse(
      (mine.json as { concerns: { createdAt: string }[] }).concerns[0]!.createdAt,
    );

    // Staff, with the browser's clock 20 seconds after the report: "net", not "0 min geleden".
    const context = await phoneContext(browser, server.baseURL);
    await signIn(context, server.baseURL, sem.token);
    const staff = await context.newPage();
    await staff.clock.setFixedTime(reportedAt + 20_000);
    await staff.goto(`/p/${home.id}/dashboard`);
    const card = staff.locator('[data-concern]').first();
    await card.getByText('Van Rita').waitFor();
    await expect(card.locator('.card-title').textContent()).resolves.toMatch(/ · net$/);
    expect(await card.textContent()).not.toContain('min geleden');

    // The detail: the effect under a staff label; no "Gaat over" row with a dash (nobody named).
    await card.getByRole('button', { name: 'Openen' }).click();
    await staff.getByRole('heading', { name: /Wat er gebeurde/ }).waitFor();
    const facts = staff.locator('dl.facts');
    const labels = await facts.locator('dt').allTextContents();
    expect(labels).toContain('Wat het met de melder doet');
    expect(labels).not.toContain('Gaat over');
    expect(labels).not.toContain('Wat doet het met je? (mag je overslaan)');
    expect(await facts.locator('dd').allTextContents()).not.toContain('—');
    await facts.getByText('Ik slaap er slecht van').waitFor();
    await context.close();

    // Five minutes later the card says so.
    const later = await phoneContext(browser, server.baseURL);
    await signIn(later, server.baseURL, sem.token);
    const again = await later.newPage();
    await again.clock.setFixedTime(reportedAt + 5 * 60_000 + 10_000);
    await again.goto(`/p/${home.id}/dashboard`);
    await again.locator('[data-concern]').first().getByText('5 min geleden').waitFor();
    await later.close();
  });
});

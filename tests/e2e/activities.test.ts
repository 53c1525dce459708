import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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
    await anoukPage.getByText('Je doet mee (met 2 extra).').waitFor();
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
    await page.getByLabel('Naam').fill('Koffieochtend');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});

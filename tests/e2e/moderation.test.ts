import axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { alerts } from '../../db/schema';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { launchBrowser, phoneContext, screenshot, signIn } from './support/browser';
import { startBrowserServer } from './support/server';

/**
 * No public blame, in the browser: a resident types a text that names a neighbour with a label
 * in the Huiskamer and gets a kind reminder (they may still send it); a neighbour flags it to
 * staff ("Meld dit bericht"); staff hide it with a reason and it disappears for the room.
 */
let server: Awaited<ReturnType<typeof startBrowserServer>>;
let browser: Browser;
let project: TestProject;
let anouk: TestMember;
let samir: TestMember;
let esther: TestMember;

beforeAll(async () => {
  server = await startBrowserServer();
  browser = await launchBrowser();
  const db = server.database.db;
  project = await buildProject(db, 'De Wilgenhof');
  anouk = await buildMember(db, project.id, 'resident', 'Anouk');
  samir = await buildMember(db, project.id, 'resident', 'Samir');
  esther = await buildMember(db, project.id, 'staff', 'Esther');
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function pageFor(member: TestMember, path: string): Promise<Page> {
  const context = await phoneContext(browser, server.baseURL);
  await signIn(context, server.baseURL, member.token);
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

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

const blaming = 'Samir is weer dronken, wat een junk.';

describe('no public blame in the Huiskamer', () => {
  it('reminds kindly before a label, still lets it be sent; a neighbour flags it; staff hide it', async () => {
    const writer = await pageFor(anouk, `/p/${project.id}`);
    const neighbour = await pageFor(samir, `/p/${project.id}`);
    await writer.getByRole('link', { name: 'Huiskamer' }).waitFor();

    // An ordinary message goes straight through.
    await writer.getByLabel('Je bericht').fill('Goedemorgen allemaal!');
    await writer.getByLabel('Je bericht').press('Enter');
    await neighbour.getByRole('log').getByText('Goedemorgen allemaal!').waitFor();

    // A label about a neighbour: the reminder, the text kept, focus on "Aanpassen".
    await writer.getByLabel('Je bericht').fill(blaming);
    await writer.getByRole('button', { name: 'Versturen' }).click();
    const reminder = writer.getByRole('group', { name: 'Even nadenken' });
    await reminder
      .getByText(
        'Je schrijft over wie een buur is, niet over wat er gebeurt. Dat kan pijn doen. Wil je het toch sturen, of liever privé melden?',
      )
      .waitFor();
    await screenshot(writer, 'blame-reminder');
    expect(await seriousViolations(writer)).toEqual([]);
    await expect(
      writer
        .getByRole('button', { name: 'Aanpassen' })
        .evaluate((b) => b === document.activeElement),
    ).resolves.toBe(true);
    await writer.getByRole('button', { name: 'Aanpassen' }).click();
    await reminder.waitFor({ state: 'detached' });
    await expect(writer.getByLabel('Je bericht').inputValue()).resolves.toBe(blaming);
    expect(await neighbour.getByRole('log').getByText(blaming).count()).toBe(0);

    // Asked again, the person sends it anyway: it is their choice.
    await writer.getByLabel('Je bericht').press('Enter');
    await writer.getByRole('button', { name: 'Toch sturen' }).click();
    await neighbour.getByRole('log').getByText(blaming).waitFor();
    await expect(writer.getByLabel('Je bericht').inputValue()).resolves.toBe('');

    // The neighbour flags it to staff, by keyboard: the menu, the form, a note.
    const message = neighbour.locator('.message', { hasText: blaming });
    await message.getByRole('button', { name: 'Meer over dit bericht van Anouk' }).press('Enter');
    await message.getByRole('button', { name: 'Meld dit bericht' }).click();
    await message
      .getByLabel('Wil je iets uitleggen? (mag leeg blijven)')
      .fill('Dit is niet aardig.');
    await screenshot(neighbour, 'flag-message');
    await message.getByRole('button', { name: 'Melden', exact: true }).click();
    await neighbour
      .getByRole('status')
      .getByText('Dank je. Een begeleider kijkt naar het bericht.', { exact: false })
      .waitFor();
    expect(await seriousViolations(neighbour)).toEqual([]);
    const [alert] = await server.database.db
      .select()
      .from(alerts)
      .where(and(eq(alerts.projectId, project.id), eq(alerts.kind, 'flagged_message')));
    expect(alert?.summary).toContain(blaming);
    // One's own message has no "Meld dit bericht".
    const own = writer.locator('.message', { hasText: blaming });
    expect(await own.getByRole('button', { name: /Meer over dit bericht/ }).count()).toBe(0);

    // Staff see the alert on the dashboard, then hide the message with a reason.
    const staff = await pageFor(esther, `/p/${project.id}/dashboard`);
    await staff.locator('[data-alert]').getByText('gemeld bericht').waitFor();
    await staff.goto(`/p/${project.id}`);
    const inRoom = staff.locator('.message', { hasText: blaming });
    await inRoom.getByRole('button', { name: 'Meer over dit bericht van Anouk' }).click();
    await inRoom.getByRole('button', { name: 'Verberg bericht' }).click();
    await inRoom
      .getByLabel('Reden (de schrijver leest dit)')
      .fill('Het noemt een buur met een label.');
    await screenshot(staff, 'hide-message');
    await inRoom.getByRole('button', { name: 'Verbergen' }).click();
    await staff.getByRole('status').getByText('Het bericht is verborgen.').waitFor();

    // Gone for the room, live; the writer hears why from Buurtbot, privately.
    await neighbour.getByRole('log').getByText(blaming).waitFor({ state: 'detached' });
    await writer.getByRole('log').getByText(blaming).waitFor({ state: 'detached' });
    await writer.getByRole('link', { name: 'Buurtbot' }).first().click();
    await writer
      .getByText('Een begeleider heeft je bericht uit de Huiskamer gehaald.', { exact: false })
      .waitFor();
    await writer.getByText('Het noemt een buur met een label.', { exact: false }).waitFor();
    await writer.getByRole('button', { name: 'Praat met een begeleider' }).waitFor();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createInvite } from '../../server/domain/auth/invites';
import { systemClock } from '../../server/clock';
import { buildMember, buildProject, type TestProject } from '../support/factories';
import { launchBrowser, phoneContext, screenshot, signIn } from './support/browser';
import { startBrowserServer } from './support/server';

let server: Awaited<ReturnType<typeof startBrowserServer>>;
let browser: Browser;
let project: TestProject;

beforeAll(async () => {
  server = await startBrowserServer();
  browser = await launchBrowser();
  project = await buildProject(server.database.db, 'De Vlinderhof');
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the first web page', () => {
  it('lets a new resident join with an invite link and chat live with a neighbour in another window', async () => {
    const db = server.database.db;
    const anouk = await buildMember(db, project.id, 'resident', 'Anouk');
    const { code } = await createInvite(db, systemClock, {
      projectId: project.id,
      actorRole: 'staff',
      actorId: anouk.userId,
      role: 'resident',
      expiresInDays: 7,
      maxUses: 1,
    });

    const newcomer = await (await phoneContext(browser, server.baseURL)).newPage();
    await newcomer.goto(`/join/${code}`);
    await newcomer.getByRole('heading', { name: 'Doe mee met De Vlinderhof' }).waitFor();
    await screenshot(newcomer, 'join');
    // A name someone in the project has already, or a role, is refused with the reason.
    await newcomer.getByLabel('Je naam').fill('anouk');
    await newcomer.getByRole('button', { name: 'Meedoen' }).click();
    await newcomer.getByText('Iemand in deze buurtkamer heet al zo.', { exact: false }).waitFor();
    await newcomer.getByLabel('Je naam').fill('Samir (begeleider)');
    await newcomer.getByRole('button', { name: 'Meedoen' }).click();
    await newcomer.getByText('Een rol hoort niet in je naam', { exact: false }).waitFor();
    await newcomer.getByLabel('Je naam').fill('Samir');
    await newcomer.getByRole('button', { name: 'Meedoen' }).click();
    await newcomer.getByRole('link', { name: 'Huiskamer' }).waitFor();

    const anoukContext = await phoneContext(browser, server.baseURL);
    await signIn(anoukContext, server.baseURL, anouk.token);
    const neighbour = await anoukContext.newPage();
    await neighbour.goto('/');
    await neighbour.getByRole('link', { name: 'Huiskamer' }).waitFor();

    await newcomer.getByLabel('Je bericht').fill('Hallo allemaal, ik ben Samir van nummer 7!');
    await newcomer.getByRole('button', { name: 'Versturen' }).click();

    const log = neighbour.getByRole('log');
    await log.getByText('Hallo allemaal, ik ben Samir van nummer 7!').waitFor();
    await expect(log.locator('.author').last().textContent()).resolves.toBe('Samir');
    // Every author shows a public role, a resident too.
    await expect(log.locator('.role').last().textContent()).resolves.toBe(' · bewoner');

    await neighbour.getByLabel('Je bericht').fill('Welkom Samir!');
    await neighbour.getByLabel('Je bericht').press('Enter');
    await newcomer.getByRole('log').getByText('Welkom Samir!').waitFor();
    await screenshot(newcomer, 'chat');
  });
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../fake-discord';
import { commandsRegistered, discordAreas } from '../integration/helpers/discord';
import { buildMember, buildProject } from '../support/factories';
import { launchBrowser, phoneContext, screenshot, signIn } from './support/browser';
import { startBrowserServer } from './support/server';

let fake: FakeDiscord;
let server: Awaited<ReturnType<typeof startBrowserServer>>;
let browser: Browser;

beforeAll(async () => {
  fake = await startFakeDiscord();
  server = await startBrowserServer({
    env: {
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
    },
    areas: discordAreas(),
  });
  await commandsRegistered(fake);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await fake?.close();
});

describe('linking Discord in the browser', () => {
  it('staff link a room, a resident links their account, and Discord messages show in the room', async () => {
    const project = await buildProject(server.database.db, 'De Vlinderhof');
    const sanne = await buildMember(server.database.db, project.id, 'staff', 'Sanne');
    const bram = await buildMember(server.database.db, project.id, 'resident', 'Bram');
    const admin = fake.addUser({ username: 'beheer' });
    const discordBram = fake.addUser({ username: 'bram_b', globalName: 'Bram B.' });
    const algemeen = fake.guild.channel('algemeen');

    const staffContext = await phoneContext(browser, server.baseURL);
    await signIn(staffContext, server.baseURL, sanne.token);
    const staffPage = await staffContext.newPage();
    await staffPage.goto(`/p/${project.id}`);
    await staffPage.getByRole('link', { name: 'Meer' }).click();
    await staffPage.getByRole('link', { name: 'Discord' }).click();
    await staffPage.getByRole('button', { name: 'Code voor Huiskamer' }).click();
    const roomCode = await staffPage.locator('.link-code strong').innerText();
    await fake.runSlashCommand(
      'koppel',
      { code: roomCode },
      { userId: admin.id, channelId: algemeen.id },
    );
    await staffPage.reload();
    await staffPage.getByText('Huiskamer is gekoppeld aan #algemeen').waitFor();

    const context = await phoneContext(browser, server.baseURL);
    await signIn(context, server.baseURL, bram.token);
    const page = await context.newPage();
    await page.goto(`/p/${project.id}/discord`);
    await page.getByText('Je Discord-account is nog niet gekoppeld.').waitFor();
    await page.getByRole('button', { name: 'Maak een koppelcode' }).click();
    const code = await page.locator('.link-code strong').innerText();
    await screenshot(page, 'discord');
    await fake.runSlashCommand(
      'koppel',
      { code },
      { userId: discordBram.id, channelId: fake.dmChannel(discordBram.id).id },
    );
    await page.reload();
    await page.getByText('Gekoppeld aan Discord: Bram B.').waitFor();

    await page.goto(`/p/${project.id}`);
    await page.getByText('Deze kamer is nu gekoppeld aan het Discord-kanaal #algemeen.').waitFor();
    fake.userSays(algemeen.id, admin.id, 'Welkom op Discord, buren!');
    await page.getByText('Welkom op Discord, buren!').waitFor();
    await page.getByText('via Discord').first().waitFor();
    await context.close();
    await staffContext.close();
  });
});

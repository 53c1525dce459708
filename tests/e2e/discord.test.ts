import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../fake-discord';
import { commandsRegistered, discordAreas } from '../integration/helpers/discord';
import { eventually } from '../support/clients';
import { buildMember, buildProject } from '../support/factories';
import { api } from '../support/http';
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

  it('staff see a broken link and why Discord stopped, and ask to connect again', async () => {
    const project = await buildProject(server.database.db, 'De Eikenhof');
    const sanne = await buildMember(server.database.db, project.id, 'staff', 'Sanne');
    const buiten = fake.addTextChannel('buiten');
    const web = api(server.baseURL, sanne.cookie, server.baseURL);
    const made = await web.post(`/api/discord/projects/${project.id}/codes`, {
      channelId: project.channels.activities,
    });
    await fake.runSlashCommand(
      'koppel',
      { code: String(made.json.code) },
      { userId: fake.guild.ownerId, channelId: buiten.id },
    );
    await eventually(async () => {
      const links = await web.get(`/api/discord/projects/${project.id}/links`);
      return (links.json.links as unknown[]).length === 1;
    });
    fake.deleteChannel(buiten.id);
    fake.refuseIdentify(4014);
    fake.invalidateSession({ resumable: false });

    // Stopping and breaking are noticed by the connected node a moment later.
    await eventually(async () => {
      const status = await web.get('/api/discord/status');
      const links = await web.get(`/api/discord/projects/${project.id}/links`);
      const [link] = links.json.links as Array<{ broken?: string }>;
      return status.json.state === 'stopped' && link?.broken !== undefined;
    }, 15_000);

    const context = await phoneContext(browser, server.baseURL);
    await signIn(context, server.baseURL, sanne.token);
    const page = await context.newPage();
    await page.goto(`/p/${project.id}/discord`);
    await page.getByText('Werkt niet', { exact: true }).waitFor();
    await page.getByRole('alert').getByText('Buurtkamer is gestopt met Discord').waitFor();
    await page.getByText('Dat kanaal bestaat niet meer').waitFor();
    await screenshot(page, 'discord-refused');

    fake.refuseIdentify(null);
    await page.getByRole('button', { name: 'Opnieuw verbinden' }).click();
    await page.getByText('Buurtkamer probeert opnieuw te verbinden').waitFor();
    await context.close();
  });
});

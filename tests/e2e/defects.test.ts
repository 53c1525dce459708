import axe from 'axe-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { defectProject } from '../support/defects';
import { launchBrowser, phoneContext, screenshot, signIn } from './support/browser';
import { startBrowserServer } from './support/server';

let server: Awaited<ReturnType<typeof startBrowserServer>>;
let browser: Browser;
let world: Awaited<ReturnType<typeof defectProject>>;

beforeAll(async () => {
  server = await startBrowserServer();
  browser = await launchBrowser();
  world = await defectProject(server.database.db, 'De Vlinderhof');
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function pageFor(member: { token: string }, locale = 'nl-NL'): Promise<Page> {
  const context = await phoneContext(browser, server.baseURL, locale);
  await signIn(context, server.baseURL, member.token);
  return context.newPage();
}

/** axe-core in the page (evaluated through the browser's debugger, so the app's CSP stays on). */
async function expectAccessible(page: Page, what: string) {
  await page.evaluate(axe.source);
  const result = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  );
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${what}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  expect(serious).toEqual([]);
}

describe('defects in the browser', () => {
  it('a resident reports with a photo; a neighbour sees the look-alike and says "me too"', async () => {
    const anouk = await pageFor(world.anouk);
    await anouk.goto(`/p/${world.project.id}`);
    // Not one of the four tabs on a phone: in the "Meer" menu.
    await anouk.getByRole('link', { name: 'Meer' }).click();
    await anouk.getByRole('link', { name: 'Gebreken' }).click();
    await anouk.getByRole('heading', { name: 'Iets kapot melden' }).waitFor();
    await expectAccessible(anouk, 'report form');
    // The photo hint in plain words: no file formats, and "we erase" the place, not "we take" it.
    await anouk.getByText('Een gewone foto van je telefoon is goed.', { exact: false }).waitFor();
    await anouk.getByText('Dat wissen we voordat we de foto bewaren.', { exact: false }).waitFor();
    expect(await anouk.locator('main').textContent()).not.toMatch(/JPEG|WebP|GPS/);

    await anouk.getByLabel('Waar is het?').selectOption({ label: 'Hal en gangen' });
    await anouk.getByLabel('Wat is er kapot?').fill('De lamp in de hal doet het niet meer');
    await anouk.getByLabel('Een paar dagen').check();
    const photo = await sharp({
      create: { width: 120, height: 90, channels: 3, background: '#c0a060' },
    })
      .png()
      .toBuffer();
    await anouk
      .getByLabel('Foto (mag, hoeft niet)')
      .setInputFiles({ name: 'lamp.png', mimeType: 'image/png', buffer: photo });
    await anouk.getByRole('button', { name: 'Melding versturen' }).click();
    await anouk.getByText('Dank je! Je melding G-1 is verstuurd.').waitFor();
    await screenshot(anouk, 'defects-report');

    await anouk.getByRole('link', { name: 'G-1 bekijken' }).click();
    await anouk.getByRole('heading', { name: 'Melding G-1' }).waitFor();
    await anouk.getByRole('img', { name: 'Foto bij melding G-1' }).waitFor();
    const loaded = await anouk
      .getByRole('img', { name: 'Foto bij melding G-1' })
      .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth);
    expect(loaded).toBe(120);
    await expectAccessible(anouk, 'case page (reporter)');

    const joke = await pageFor(world.joke);
    await joke.goto(`/p/${world.project.id}/defects`);
    await joke.getByLabel('Waar is het?').selectOption({ label: 'Hal en gangen' });
    await joke.getByLabel('Wat is er kapot?').fill('licht in de gang kapot');
    await joke.getByRole('heading', { name: 'Lijkt dit op jouw melding?' }).waitFor();
    await expectAccessible(joke, 'look-alike suggestion');
    await screenshot(joke, 'defects-me-too');
    await joke.getByRole('button', { name: 'Ik ook: G-1' }).click();
    await joke.getByText('Dank je! Je bent meegeteld bij G-1.').waitFor();
    await joke.getByRole('link', { name: 'Door mij gemeld' }).click();
    await joke.getByText('Gemeld door 2 mensen').waitFor();
    await joke.getByText('Jij zei: ik ook').waitFor();
    await expectAccessible(joke, 'my reports');

    // Anouk's own list follows live.
    await anouk.goto(`/p/${world.project.id}/defects/mine`);
    await anouk.getByText('Gemeld door 2 mensen').waitFor();
    await anouk.context().close();
    await joke.context().close();
  });

  it("makes a phone camera's large photo smaller before sending it, instead of refusing it", async () => {
    // A photo as a phone camera makes it: 4000 x 3000 pixels, well over the 5 MB the server takes.
    const width = 4000;
    const height = 3000;
    const noise = Buffer.alloc(width * height * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + (i >> 7) * 104729) % 251;
    const big = await sharp(noise, { raw: { width, height, channels: 3 } })
      .jpeg({ quality: 98 })
      .toBuffer();
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024);

    const anouk = await pageFor(world.anouk);
    await anouk.goto(`/p/${world.project.id}/defects`);
    await anouk.getByLabel('Waar is het?').selectOption({ label: 'Hal en gangen' });
    await anouk.getByLabel('Wat is er kapot?').fill('De brievenbus bij de ingang klemt');
    await anouk.getByLabel('Een paar dagen').check();
    await anouk
      .getByLabel('Foto (mag, hoeft niet)')
      .setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: big });
    await anouk.getByRole('button', { name: 'Melding versturen' }).click();
    await anouk.getByText(/^Dank je! Je melding G-\d+ is verstuurd\./).waitFor();
    await anouk.getByRole('link', { name: /^G-\d+ bekijken$/ }).click();
    const photo = anouk.getByRole('img', { name: /^Foto bij melding G-\d+$/ });
    await photo.waitFor();
    await expect
      .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(2560);
    await anouk.context().close();
  });

  it('shows the repair line at once when a defect is urgent', async () => {
    const samir = await pageFor(world.samir, 'en-GB');
    await samir.goto(`/p/${world.project.id}/defects`);
    await samir.getByRole('heading', { name: 'Report something broken' }).waitFor();
    await samir.getByLabel('Yes, it is urgent').check();
    await samir.getByRole('heading', { name: 'This cannot wait' }).waitFor();
    await samir.getByRole('link', { name: '030-555 0101' }).waitFor();
    await expectAccessible(samir, 'urgent advice');
    await screenshot(samir, 'defects-urgent');
    await samir.context().close();
  });

  it('a coordinator forwards the case, the corporation plans it, the reporter sees it live', async () => {
    const anouk = await pageFor(world.anouk);
    await anouk.goto(`/p/${world.project.id}/defects/mine`);
    await anouk.getByText('Gemeld door 2 mensen').waitFor();

    const kees = await pageFor(world.kees);
    await kees.goto(`/p/${world.project.id}/defects/all`);
    await kees.getByRole('heading', { name: 'Alle meldingen' }).waitFor();
    await kees.getByText('Gezamenlijke ruimtes van het project').click();
    await kees.getByLabel('Naam van een nieuwe ruimte').fill('Dakterras');
    await kees.getByRole('button', { name: 'Ruimte toevoegen' }).click();
    await kees.getByRole('button', { name: 'Dakterras uit de lijst halen' }).waitFor();
    await expectAccessible(kees, 'all cases and spaces');
    await kees.getByRole('link', { name: 'G-1 bekijken' }).click();
    await kees.getByLabel('Nieuwe status').selectOption({ label: 'Doorgegeven aan de corporatie' });
    await kees.getByLabel('Toelichting (zien alle melders)').fill('Graag deze week.');
    await expectAccessible(kees, 'status form');
    await kees.getByRole('button', { name: 'Opslaan' }).click();
    await kees.getByText('Opgeslagen. De melders krijgen bericht.').waitFor();
    await screenshot(kees, 'defects-case-coordinator');

    const woonstede = await pageFor(world.woonstede);
    await woonstede.goto(`/p/${world.project.id}/defects`);
    await woonstede.getByRole('link', { name: 'G-1 bekijken' }).click();
    await woonstede.getByLabel('Nieuwe status').selectOption({ label: 'Wordt aan gewerkt' });
    await woonstede.getByLabel('Geplande datum').fill('2025-03-14');
    await woonstede.getByRole('button', { name: 'Opslaan' }).click();
    await woonstede.getByText('Opgeslagen. De melders krijgen bericht.').waitFor();
    await expectAccessible(woonstede, 'case page (corporation)');

    // The printable page opens for the corporation, without scripts.
    const print = await woonstede.context().newPage();
    await print.goto(`/api/defects/${(await woonstede.url()).split('/').pop()}/export.html`);
    await print.getByRole('heading', { name: 'Melding G-1' }).waitFor();
    expect(await print.locator('script').count()).toBe(0);
    await expectAccessible(print, 'printable page');

    await anouk.getByText('Wordt aan gewerkt').waitFor();
    await anouk.getByText('Gepland: 14 maart 2025').waitFor();
    for (const page of [anouk, kees, woonstede]) await page.context().close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildMember, buildProject } from '../support/factories';
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

function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe('installable web app', () => {
  it('serves a valid web app manifest with its icons', async () => {
    const page = await (await phoneContext(browser, server.baseURL)).newPage();
    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('/manifest.webmanifest');
    const response = await fetch(`${server.baseURL}${href}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/manifest+json');
    const manifest = (await response.json()) as {
      name: string;
      short_name: string;
      start_url: string;
      scope: string;
      display: string;
      lang: string;
      theme_color: string;
      background_color: string;
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({
      name: 'Buurtkamer',
      short_name: 'Buurtkamer',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      lang: 'nl',
    });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    // Installable: a 192 and a 512 px PNG, and a maskable icon for Android.
    const pngs = manifest.icons.filter((i) => i.type === 'image/png');
    for (const icon of pngs) {
      const image = await fetch(`${server.baseURL}${icon.src}`);
      expect(image.status, icon.src).toBe(200);
      expect(pngSize(Buffer.from(await image.arrayBuffer()))).toBe(icon.sizes);
    }
    expect(pngs.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((i) => i.purpose.includes('maskable'))).toBe(true);
    const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    expect((await fetch(`${server.baseURL}${apple}`)).status).toBe(200);
  });

  it('registers the service worker under the strict CSP, with no CSP violations', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Vlinderhof');
    const member = await buildMember(db, project.id, 'resident', 'Femke');
    const context = await phoneContext(browser, server.baseURL);
    await signIn(context, server.baseURL, member.token);
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
    });

    const response = await page.goto('/');
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("manifest-src 'self'");
    expect(csp).not.toContain('unsafe-inline');

    const scriptURL = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.scriptURL ?? '';
    });
    expect(scriptURL).toBe(`${server.baseURL}/sw.js`);
    const sw = await fetch(`${server.baseURL}/sw.js`);
    expect(sw.headers.get('content-type')).toMatch(/javascript/);
    expect(sw.headers.get('content-security-policy')).toContain("script-src 'self'");

    for (const path of [
      '/',
      `/p/${project.id}/settings`,
      `/p/${project.id}/members`,
      `/p/${project.id}/bot`,
    ]) {
      await page.goto(path);
      await page.locator('main h1').first().waitFor({ state: 'attached' });
      await page.waitForLoadState('networkidle');
    }
    // The settings screen offers the opt-in (the browser here supports the Push API).
    await page.goto(`/p/${project.id}/settings`);
    await page.getByRole('heading', { name: 'Meldingen op dit apparaat' }).waitFor();
    await page
      .getByRole('button', { name: 'Meldingen aanzetten' })
      .or(page.getByText('Meldingen zijn geblokkeerd'))
      .or(page.getByText('Deze browser kan geen meldingen tonen'))
      .first()
      .waitFor();
    expect(refused).toEqual([]);
  });
});

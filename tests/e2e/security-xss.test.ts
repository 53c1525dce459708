import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { projects } from '../../db/schema';
import { buildMember, buildProject, type TestProject } from '../support/factories';
import { connectSocket, waitForConnect } from '../support/clients';
import { launchBrowser, phoneContext, signIn } from './support/browser';
import { startBrowserServer } from './support/server';

/**
 * User text is text, everywhere: messages, names and the project name full of markup and
 * script reach a real browser, show literally, and nothing runs. Two layers are checked: the
 * page escapes (no element is made from the text), and the CSP would block inline script
 * anyway (no violation is even attempted, because nothing was injected).
 */
const attacks = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '<a href="javascript:window.__pwned=3">klik hier</a>',
  'javascript:window.__pwned=4',
  '[klik](javascript:window.__pwned=5)',
  '<svg onload="window.__pwned=6"></svg>',
  '<iframe srcdoc="<script>parent.__pwned=7</script>"></iframe>',
  '"><b onmouseover="window.__pwned=8">vet</b>',
  '{{constructor.constructor("window.__pwned=9")()}}',
  '<style>body{display:none}</style>',
];

let server: Awaited<ReturnType<typeof startBrowserServer>>;
let browser: Browser;
let project: TestProject;

beforeAll(async () => {
  server = await startBrowserServer();
  browser = await launchBrowser();
  project = await buildProject(server.database.db, 'Scripthof');
  await server.database.db
    .update(projects)
    .set({ name: '<img src=x onerror="window.__pwned=10">Scripthof' })
    .where(eq(projects.id, project.id));
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function watchedPage(token: string): Promise<{ page: Page; dialogs: string[] }> {
  const context = await phoneContext(browser, server.baseURL);
  await signIn(context, server.baseURL, token);
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(e.violatedDirective),
    );
  });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { page, dialogs };
}

describe('user text in the browser', () => {
  it('shows markup and script in messages, names and project names as plain text, and runs none of it', async () => {
    const db = server.database.db;
    const reader = await buildMember(db, project.id, 'resident', 'Lezer');
    const writer = await buildMember(
      db,
      project.id,
      'neighbour',
      '<img src=x onerror="window.__pwned=11">Piet',
    );
    const sender = connectSocket(server.baseURL, writer.cookie, { origin: server.baseURL });
    await waitForConnect(sender);
    for (const [i, body] of attacks.slice(0, 5).entries()) {
      const ack = await sender.emitWithAck('message:send', {
        channelId: project.channels.common,
        clientId: `xss-${i}-xxxxxxxx`,
        body,
      });
      expect('data' in ack).toBe(true);
    }

    const { page, dialogs } = await watchedPage(reader.token);
    await page.goto('/');
    await page.getByRole('link', { name: 'Huiskamer' }).first().click();
    const log = page.getByRole('log');
    for (const text of attacks.slice(0, 5)) await log.getByText(text, { exact: true }).waitFor();

    // Typed by a person in the page itself, the rest arrives live at a second reader.
    const { page: other } = await watchedPage(
      (await buildMember(db, project.id, 'resident', 'Tweede')).token,
    );
    await other.goto('/');
    await other.getByRole('link', { name: 'Huiskamer' }).first().click();
    for (const text of attacks.slice(5)) {
      await page.getByLabel('Je bericht').fill(text);
      await page.getByRole('button', { name: 'Versturen' }).click();
      await other.getByRole('log').getByText(text, { exact: true }).waitFor();
    }
    for (const text of attacks) await log.getByText(text, { exact: true }).waitFor();

    await expect(
      log
        .locator('.author', { hasText: '<img src=x onerror="window.__pwned=11">Piet' })
        .first()
        .textContent(),
    ).resolves.toBe('<img src=x onerror="window.__pwned=11">Piet');
    await expect(page.locator('.project-name').first().textContent()).resolves.toContain(
      '<img src=x',
    );

    for (const p of [page, other]) {
      const state = await p.evaluate(() => {
        const w = window as unknown as { __pwned?: number; __violations: string[] };
        const messages = document.querySelector('[role="log"]');
        return {
          pwned: w.__pwned ?? null,
          violations: w.__violations,
          injected: document.querySelectorAll(
            'img[src="x"], svg[onload], iframe, script:not([src]), b[onmouseover]',
          ).length,
          links: messages?.querySelectorAll('a').length ?? 0,
          styles: messages?.querySelectorAll('style').length ?? 0,
          visible: getComputedStyle(document.body).display !== 'none',
        };
      });
      expect(state).toEqual({
        pwned: null,
        violations: [],
        injected: 0,
        links: 0,
        styles: 0,
        visible: true,
      });
    }
    expect(dialogs).toEqual([]);
    sender.disconnect();
  });
});

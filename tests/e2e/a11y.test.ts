import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createInvite } from '../../server/domain/auth/invites';
import { systemClock } from '../../server/clock';
import type { Role } from '../../server/protocol/roles';
import { buildMember, buildProject, type TestProject } from '../support/factories';
import { seriousAxeViolations } from './support/axe';
import { launchBrowser, signIn } from './support/browser';
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

const widths = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
];

async function contextFor(width: (typeof widths)[number]): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: server.baseURL,
    viewport: { width: width.width, height: width.height },
    locale: 'nl-NL',
    hasTouch: width.name === 'phone',
  });
}

/** Every screen this person can reach, read from the menu (which the registry builds). */
async function screensOf(page: Page): Promise<string[]> {
  await page.goto(`/p/${project.id}/menu`);
  await page.getByRole('heading', { name: 'Menu' }).waitFor();
  const hrefs = await page
    .locator('.menu-list a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set([...hrefs, `/p/${project.id}/menu`])].filter((h) => h.startsWith('/p/'));
}

async function expectNoSeriousViolations(page: Page, where: string) {
  await page.locator('main').first().waitFor();
  await page.waitForLoadState('networkidle');
  const loading = page.getByText('Even laden…');
  await loading.waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
  const problems = await seriousAxeViolations(page);
  expect(problems, `${where}: ${JSON.stringify(problems, null, 1)}`).toEqual([]);
  // Nothing wider than the screen: no sideways scrolling on a 360 px phone (WCAG 1.4.10).
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    screen: window.innerWidth,
  }));
  expect(widths.page, `${where}: page wider than the screen`).toBeLessThanOrEqual(widths.screen);
}

describe('accessibility (axe-core, WCAG 2.1 AA) on every page', () => {
  for (const width of widths) {
    it(`has no serious or critical violations on the public pages (${width.name})`, async () => {
      const context = await contextFor(width);
      const page = await context.newPage();
      const { code } = await createInvite(server.database.db, systemClock, {
        projectId: project.id,
        actorRole: 'staff',
        actorId: (await buildMember(server.database.db, project.id, 'staff')).userId,
        role: 'resident',
        expiresInDays: 7,
        maxUses: 1,
      });
      for (const path of ['/', '/login', `/join/${code}`, '/join/not-a-valid-invite-code-000']) {
        await page.goto(path);
        await expectNoSeriousViolations(page, `${path} @ ${width.name}`);
      }
      await context.close();
    });

    for (const role of ['resident', 'coordinator', 'staff'] satisfies Role[]) {
      it(`has none on every screen a ${role} can open (${width.name})`, async () => {
        const member = await buildMember(server.database.db, project.id, role, `Lid ${role}`);
        const context = await contextFor(width);
        await signIn(context, server.baseURL, member.token);
        const page = await context.newPage();
        const screens = await screensOf(page);
        expect(screens.length).toBeGreaterThanOrEqual(4);
        for (const path of screens) {
          await page.goto(path);
          await expectNoSeriousViolations(page, `${path} as ${role} @ ${width.name}`);
        }
        await context.close();
      });
    }
  }
});

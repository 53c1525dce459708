import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { relaxedLimits } from '../support/app';
import { buildMember, buildProject } from '../support/factories';
import { launchBrowser, phoneContext, signIn } from './support/browser';
import { startBrowserServer } from './support/server';

/** Issue 19, point 6c: a connection over the cap says why on the page, and comes back later. */
let server: Awaited<ReturnType<typeof startBrowserServer>>;
let browser: Browser;

beforeAll(async () => {
  server = await startBrowserServer({
    limits: { ...relaxedLimits, sockets: { perUser: 1, perAddress: 100 } },
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('too many connections', () => {
  it('tells the person why the page cannot connect', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'De Lijsterbes');
    const tamara = await buildMember(db, project.id, 'resident', 'Tamara');
    const context = await phoneContext(browser, server.baseURL);
    await signIn(context, server.baseURL, tamara.token);
    const first = await context.newPage();
    await first.goto(`/p/${project.id}`);
    await first.getByRole('link', { name: 'Huiskamer' }).first().waitFor();
    await first.waitForTimeout(300);

    const second = await context.newPage();
    await second.goto(`/p/${project.id}`);
    await second
      .getByRole('status')
      .getByText('Je bent op te veel plekken tegelijk verbonden.', { exact: false })
      .waitFor();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordDirectOutbox, messages } from '../../db/schema';
import type { FakeDiscord } from '../fake-discord';
import type { TestServer } from '../support/app';
import { eventually } from '../support/clients';
import { concernWorld, reportByForm, type ConcernWorld } from '../support/concerns';
import { linkAccount, startDiscordServer } from './helpers/discord';

let fake: FakeDiscord;
let close: () => Promise<void>;
let server: TestServer;
let w: ConcernWorld;
let bram: string;

beforeAll(async () => {
  ({ fake, server, close } = await startDiscordServer());
  w = await concernWorld(server.database.db, 'Populierenhof');
  bram = fake.addUser({ username: 'bram12' }).id;
  await linkAccount(server.url, fake, { cookie: w.bram.cookie, discordUserId: bram });
});
afterAll(() => close());

describe('a direct message Discord refuses (50007: the person closed DMs)', () => {
  it('is tried once and dropped; the burenbericht is still in their Buurtbot conversation', async () => {
    fake.closeDms(bram);
    const from = fake.requestCount;
    await reportByForm(server.url, w.anna, w.project.id, {
      step: 'burenbericht',
      unit: '12',
      category: 'noise',
    });
    const refused = (r: (typeof fake.requests)[number]) =>
      r.route === 'POST /channels/:channelId/messages' &&
      r.status === 403 &&
      (r.response as { code?: number }).code === 50007;
    await fake.waitForRequest(refused, { fromIndex: from });
    const db = server.database.db;
    await eventually(async () => (await db.select().from(discordDirectOutbox)).length === 0);
    // Nothing waits to be tried again: the one refusal is all.
    expect(fake.requests.slice(from).filter(refused)).toHaveLength(1);
    expect(fake.messages(fake.dmChannel(bram).id)).toHaveLength(0);
    const bodies = (await db.select({ body: messages.body }).from(messages)).map((m) => m.body);
    expect(bodies.some((b) => b.includes('Een buur heeft last van geluid bij jouw woning.'))).toBe(
      true,
    );
  });
});

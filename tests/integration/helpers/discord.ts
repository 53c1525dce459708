import type { APIMessage } from 'discord-api-types/v10';
import { discordArea, discordAreaWith } from '../../../bot/discord/area';
import type { DiscordOptions } from '../../../bot/discord/options';
import { areas } from '../../../server/areas';
import { startFakeDiscord, type FakeDiscord } from '../../fake-discord';
import type { InteractionResponse } from '../../fake-discord/interactions';
import type { RecordedRequest } from '../../fake-discord/http/server';
import { startServer, testConfig } from '../../support/app';
import { createTestDatabase } from '../../support/database';
import { api } from '../../support/http';
import { CONDITION_WAIT_MS } from '../../support/waits';

/**
 * Quick settings for tests: leadership and the outbound timer poll often, and @discordjs/ws
 * skips its 5 s wait before a second IDENTIFY (see tests/fake-discord/README.md).
 */
export const fastDiscord: Partial<DiscordOptions> = {
  leaderPollMs: 100,
  outboundPollMs: 150,
  reconnectDelayMs: 100,
  clientOptions: {
    ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => undefined }) },
  },
};

/** The app's areas with the Discord one made quick. */
export function discordAreas(overrides: Partial<DiscordOptions> = fastDiscord) {
  return areas.map((factory) => (factory === discordArea ? discordAreaWith(overrides) : factory));
}

/** Configuration pointing the app's discord.js at the fake (`DISCORD_API_URL`). */
export function discordConfig(fake: FakeDiscord, extra: Record<string, string> = {}) {
  return testConfig({
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    ...extra,
  });
}

const COMMANDS_PUT = 'PUT /applications/:applicationId/commands';

/** Resolves when a connected node registered the guild commands (its session has started). */
export function commandsRegistered(fake: FakeDiscord, fromIndex = 0): Promise<RecordedRequest> {
  return fake.waitForRequest((r) => r.route === COMMANDS_PUT && r.status === 200, {
    fromIndex,
    timeoutMs: CONDITION_WAIT_MS,
  });
}

/**
 * Staff make a channel code in Buurtkamer; someone allowed to manage channels types `/koppel` in
 * it. Resolves once the app has answered (the link is in place by then).
 */
export async function linkRoom(
  url: string,
  fake: FakeDiscord,
  input: {
    cookie: string;
    projectId: string;
    roomId: string;
    discordChannelId: string;
    adminId: string;
  },
): Promise<InteractionResponse> {
  const made = await api(url, input.cookie).post(`/api/discord/projects/${input.projectId}/codes`, {
    channelId: input.roomId,
  });
  if (made.status !== 201) throw new Error(`no code: ${JSON.stringify(made.json)}`);
  const response = await fake.runSlashCommand(
    'koppel',
    { code: String(made.json.code) },
    { userId: input.adminId, channelId: input.discordChannelId },
  );
  await answerOf(fake, response);
  return response;
}

/** A member makes an account code in Buurtkamer and types `/koppel` in a DM with Buurtbot. */
export async function linkAccount(
  url: string,
  fake: FakeDiscord,
  input: { cookie: string; discordUserId: string },
): Promise<InteractionResponse> {
  const made = await api(url, input.cookie).post('/api/discord/account/code');
  if (made.status !== 201) throw new Error(`no code: ${JSON.stringify(made.json)}`);
  const response = await fake.runSlashCommand(
    'koppel',
    { code: String(made.json.code) },
    { userId: input.discordUserId, channelId: fake.dmChannel(input.discordUserId).id },
  );
  await answerOf(fake, response);
  return response;
}

/** The text of a recorded REST body's `content`, if any. */
export function contentOf(request: RecordedRequest): string | undefined {
  const body = request.body;
  return typeof body === 'object' && body !== null && 'content' in body
    ? String((body as { content: unknown }).content)
    : undefined;
}

/**
 * The app's answer to an interaction as the person finally sees it: a deferred reply (type 5)
 * is filled in by a later edit of `@original`.
 */
export async function answerOf(fake: FakeDiscord, response: InteractionResponse) {
  if (response.type === 5) {
    await fake.waitForRequest(
      (r) =>
        r.method === 'PATCH' &&
        r.params.token === response.token &&
        r.params.messageId === '@original' &&
        r.status === 200,
    );
  }
  const id = response.message?.id;
  const message = id ? fake.message(id) : undefined;
  if (!message) throw new Error('the interaction has no answer message');
  return message;
}

/** Follow-up messages the app sent for an interaction (after its first answer). */
export async function followUps(fake: FakeDiscord, token: string, count: number) {
  const found = () =>
    fake.requests.filter(
      (r) =>
        r.route === 'POST /webhooks/:webhookId/:token' &&
        r.params.token === token &&
        r.status === 200,
    );
  const deadline = Date.now() + CONDITION_WAIT_MS;
  while (found().length < count) {
    if (Date.now() > deadline)
      throw new Error(`expected ${count} follow-ups, got ${found().length}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return found().map((r) => r.response as APIMessage);
}

/**
 * A Buurtkamer server with the Discord adapter on a fresh database, connected to a new fake
 * Discord, its slash commands registered. `close()` stops all three.
 */
export async function startDiscordServer() {
  const fake = await startFakeDiscord();
  const testDb = await createTestDatabase();
  const server = await startServer({
    database: await testDb.open(),
    config: discordConfig(fake),
    areas: discordAreas(),
  });
  await commandsRegistered(fake);
  return {
    fake,
    server,
    async close() {
      await server.close();
      await fake.close();
      await testDb.destroy();
    },
  };
}

import { DiscordjsErrorCodes } from 'discord.js';
import { and, eq, inArray } from 'drizzle-orm';
import { channels, discordChannelLinks } from '../../db/schema';
import { t, type MessageKey, type MessageParams } from '../../server/i18n/catalogue';
import type { Locale } from '../../server/i18n/locale';
import {
  findChannel,
  markLinkBroken,
  type ChannelLinkRow,
} from '../../server/domain/discord/links';
import { projectLocale } from '../../server/domain/projects/locale';
import { brokenLinkText } from '../../server/presenters/discord';
import { postBotMessage } from '../../server/domain/buurtbot/messages';
import type { DiscordEnv } from './env';
import type { LinkRefused } from './errors';

/**
 * The close code a failed login amounts to: the one discord.js reported just before (it gives
 * up on 4004 and 4010-4014 and rejects the login with a bare Error), or 4004 when `GET
 * gateway/bot` already refused the token (401, discord.js's `TokenInvalid`).
 */
export function fatalCodeOfLogin(
  error: unknown,
  closeCode: number | undefined,
): number | undefined {
  if (closeCode !== undefined) return closeCode;
  if (error instanceof Error && 'code' in error && error.code === DiscordjsErrorCodes.TokenInvalid)
    return 4004;
  return undefined;
}

/**
 * How long to wait before the next login after `failures` failed ones in a row: doubling from
 * `baseMs` up to `maxMs`. When Discord said no IDENTIFY is left today (@discordjs/ws throws
 * "Not enough sessions remaining … resets at <ISO date>" from `session_start_limit`), until then.
 */
export function loginRetryDelayMs(
  error: unknown,
  failures: number,
  options: { baseMs: number; maxMs: number; now: number },
): number {
  const backoff = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, failures - 1));
  const message = error instanceof Error ? error.message : '';
  const reset = /Not enough sessions remaining.*resets at (\S+)/.exec(message)?.[1];
  const resetAt = reset ? Date.parse(reset) : NaN;
  return Number.isFinite(resetAt) ? Math.max(backoff, resetAt - options.now) : backoff;
}

/**
 * Buurtbot tells the team in the Teamkamer of the given projects (every project with a Discord
 * link when none are given): the staff room is where staff look every day.
 */
export async function tellStaff(
  env: DiscordEnv,
  key: MessageKey | ((locale: Locale) => string),
  params: MessageParams = {},
  projectIds?: string[],
): Promise<void> {
  const { db, clock, dispatcher } = env.deps;
  const projects =
    projectIds ??
    (await db.selectDistinct({ id: discordChannelLinks.projectId }).from(discordChannelLinks)).map(
      (row) => row.id,
    );
  if (projects.length === 0) return;
  const rooms = await db
    .select()
    .from(channels)
    .where(and(inArray(channels.projectId, projects), eq(channels.kind, 'staff')));
  for (const room of rooms) {
    // Each team reads it in its project's language.
    const locale = await projectLocale(db, room.projectId);
    const text = typeof key === 'function' ? key(locale) : t(locale, key, params);
    const event = await postBotMessage(
      db,
      clock,
      { channelId: room.id, projectId: room.projectId, channelKind: room.kind },
      text,
    );
    await dispatcher.publish(event);
  }
}

/**
 * Discord refused a linked channel for good (a permission taken away, the channel or webhook
 * deleted, the bot removed): the link is marked broken, so nothing more goes there and its
 * catch-up stops, and the project's team is told once what happened and how to repair it.
 */
export async function breakLink(
  env: DiscordEnv,
  link: ChannelLinkRow,
  refusal: LinkRefused,
): Promise<void> {
  const { db, clock } = env.deps;
  const changed = await markLinkBroken(db, link.id, {
    reason: refusal.reason,
    ...(refusal.permission ? { detail: refusal.permission } : {}),
    now: clock.now(),
  });
  if (!changed) return;
  env.logger.warn(
    { link: link.id, channel: link.discordChannelId, reason: refusal.message },
    'Discord link broken; nothing more is sent there until it is linked again',
  );
  const room = await findChannel(db, link.channelId);
  if (!room) return;
  const broken = {
    ...link,
    brokenReason: refusal.reason,
    brokenDetail: refusal.permission ?? null,
  };
  await tellStaff(
    env,
    (locale) => brokenLinkText(locale, broken, t(locale, `web.channel.${room.kind}`)) ?? '',
    {},
    [link.projectId],
  );
}

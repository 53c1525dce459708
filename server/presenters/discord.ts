import type { DiscordAccountRow } from '../domain/discord/accounts';
import type { ChannelLinkRow } from '../domain/discord/links';
import type { DiscordStatusRow } from '../domain/discord/status';
import { t } from '../i18n/catalogue';
import type { Locale } from '../i18n/locale';
import type {
  DiscordAccountStatus,
  DiscordConnectionStatus,
  DiscordLink,
} from '../protocol/discord';
import type { ChannelKind } from '../protocol/roles';

/** What the admins read when Discord refused the bot for good (close code 4004, 4010-4014). */
export function stoppedText(locale: Locale, closeCode: number): string {
  const key =
    closeCode === 4004
      ? 'discord.stopped.token'
      : closeCode === 4013 || closeCode === 4014
        ? 'discord.stopped.intents'
        : 'discord.stopped.other';
  return t(locale, key, { code: closeCode });
}

/** Why a link stopped working, in plain words (the same text the Teamkamer got). */
export function brokenLinkText(
  locale: Locale,
  link: Pick<ChannelLinkRow, 'brokenReason' | 'brokenDetail' | 'discordChannelName'>,
  roomName: string,
): string | undefined {
  if (!link.brokenReason) return undefined;
  const permission = link.brokenDetail
    ? t(locale, `discord.permission.${link.brokenDetail}` as 'discord.permission.ManageWebhooks')
    : '';
  return t(locale, `discord.broken.${link.brokenReason}`, {
    room: roomName,
    channel: link.discordChannelName,
    permission,
  });
}

/** A link as staff see it: never the webhook or message positions. */
export function presentDiscordLink(
  row: { link: ChannelLinkRow; roomKind: ChannelKind; roomName: string },
  locale: Locale,
  roomLabel: string = row.roomName,
): DiscordLink {
  const broken = brokenLinkText(locale, row.link, roomLabel);
  return {
    id: row.link.id,
    room: { id: row.link.channelId, kind: row.roomKind, name: row.roomName },
    discordChannelName: row.link.discordChannelName,
    createdAt: row.link.createdAt.toISOString(),
    ...(broken ? { broken } : {}),
  };
}

export function presentDiscordAccount(row: DiscordAccountRow | undefined): DiscordAccountStatus {
  return row ? { linked: true, discordName: row.discordName } : { linked: false };
}

export function presentDiscordStatus(
  row: DiscordStatusRow | undefined,
  locale: Locale,
): DiscordConnectionStatus {
  if (!row) return { state: 'unknown', retryRequested: false };
  const stopped = row.state === 'stopped' && row.closeCode !== null;
  return {
    state: row.state,
    since: row.since.toISOString(),
    retryRequested: Boolean(row.retryRequestedAt && row.retryRequestedAt >= row.since),
    ...(stopped && row.closeCode !== null
      ? { closeCode: row.closeCode, message: stoppedText(locale, row.closeCode) }
      : {}),
  };
}

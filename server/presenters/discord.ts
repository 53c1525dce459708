import type { DiscordAccountRow } from '../domain/discord/accounts';
import type { ChannelLinkRow } from '../domain/discord/links';
import type { DiscordAccountStatus, DiscordLink } from '../protocol/discord';
import type { ChannelKind } from '../protocol/roles';

/** A link as staff see it: never the webhook or message positions. */
export function presentDiscordLink(row: {
  link: ChannelLinkRow;
  roomKind: ChannelKind;
  roomName: string;
}): DiscordLink {
  return {
    id: row.link.id,
    room: { id: row.link.channelId, kind: row.roomKind, name: row.roomName },
    discordChannelName: row.link.discordChannelName,
    createdAt: row.link.createdAt.toISOString(),
  };
}

export function presentDiscordAccount(row: DiscordAccountRow | undefined): DiscordAccountStatus {
  return row ? { linked: true, discordName: row.discordName } : { linked: false };
}

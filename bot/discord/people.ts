import { eq } from 'drizzle-orm';
import type { GuildMember, User } from 'discord.js';
import { users } from '../../db/schema';
import type { Db } from '../../db/database';
import {
  ensureGuestAuthor,
  findDiscordAccount,
  type DiscordAccountRow,
} from '../../server/domain/discord/accounts';
import { findLinkByDiscordChannel, linksOfGuild } from '../../server/domain/discord/links';
import { findMembership, listMemberships } from '../../server/domain/membership/memberships';
import type { Locale } from '../../server/i18n/locale';
import type { Role } from '../../server/protocol/roles';
import { storableFrom } from '../../server/protocol/common';
import { cleanName } from '../../server/protocol/names';
import { reservedWordIn } from '../../server/domain/membership/names';

/**
 * Who a Discord user is in a project:
 * - `member`: linked to a Buurtkamer account that is a member: their role and rules apply;
 * - `outsider`: linked, but not a member of this project;
 * - `guest`: not linked: they may chat in bridged rooms, nothing more.
 */
export type Person =
  | {
      kind: 'member';
      discordUserId: string;
      userId: string;
      displayName: string;
      locale: Locale;
      role: Role;
    }
  | { kind: 'outsider'; discordUserId: string; userId: string; locale: Locale }
  | { kind: 'guest'; discordUserId: string; discordName: string; locale: Locale };

/**
 * The name Discord shows (the server nickname, the display name, or the user name), cleaned as
 * every name is: invisible and direction-changing characters left out. Discord names cannot be
 * refused, so one that holds Buurtbot's name or a role word ("Esther (begeleider)"), or nothing
 * visible, becomes "Discord" and the end of the Discord id.
 */
export function discordNameOf(user: User, member?: GuildMember | null): string {
  const name = cleanName(storableFrom(member?.displayName ?? user.globalName ?? user.username));
  return name && !reservedWordIn(name) ? name : `Discord ${user.id.slice(-4)}`;
}

/** Discord's interface language is the best guess for someone we do not know. */
export function localeOfDiscord(discordLocale: string | undefined | null): Locale {
  return discordLocale?.startsWith('en') ? 'en' : 'nl';
}

export async function personIn(
  db: Db,
  discordUser: { id: string; name: string; locale: Locale },
  projectId: string | undefined,
): Promise<Person> {
  const account = await findDiscordAccount(db, discordUser.id);
  if (!account?.linked)
    return {
      kind: 'guest',
      discordUserId: discordUser.id,
      discordName: discordUser.name,
      locale: discordUser.locale,
    };
  const [user] = await db.select().from(users).where(eq(users.id, account.userId)).limit(1);
  const locale = user?.locale ?? discordUser.locale;
  const membership = projectId ? await findMembership(db, account.userId, projectId) : undefined;
  if (!user || !membership)
    return { kind: 'outsider', discordUserId: discordUser.id, userId: account.userId, locale };
  return {
    kind: 'member',
    discordUserId: discordUser.id,
    userId: user.id,
    displayName: user.displayName,
    locale,
    role: membership.role,
  };
}

/** The author id for a person's bridged message: their own account, or their guest author. */
export async function authorIdOf(db: Db, person: Person): Promise<string> {
  if (person.kind !== 'guest') return person.userId;
  const guest: DiscordAccountRow = await ensureGuestAuthor(db, {
    discordUserId: person.discordUserId,
    discordName: person.discordName,
  });
  return guest.userId;
}

/**
 * Which project a Discord interaction or message belongs to: the linked channel's, else the
 * server's (its first link), else (in DMs, or a server without links) the project they last used
 * Buurtbot in on Discord, else their first membership. `roomId`: the bridged room it came from
 * (or the server's first).
 */
export async function whereIs(
  db: Db,
  where: { channelId: string | null; guildId: string | null; discordUserId: string },
): Promise<{ projectId: string; roomId?: string } | undefined> {
  if (where.channelId) {
    const link = await findLinkByDiscordChannel(db, where.channelId);
    if (link) return { projectId: link.projectId, roomId: link.channelId };
  }
  if (where.guildId) {
    const first = (await linksOfGuild(db, where.guildId))[0]?.link;
    if (first) return { projectId: first.projectId, roomId: first.channelId };
  }
  const account = await findDiscordAccount(db, where.discordUserId);
  if (!account?.linked) return undefined;
  const memberships = await listMemberships(db, account.userId);
  const last = memberships.find((m) => m.projectId === account.lastProjectId);
  const projectId = (last ?? memberships[0])?.projectId;
  return projectId ? { projectId } : undefined;
}

import {
  ChannelType,
  MessageType,
  SnowflakeUtil,
  type Client,
  type Message,
  type PartialMessage,
} from 'discord.js';
import {
  advanceInbound,
  findChannel,
  findLinkByDiscordChannel,
  listAllLinks,
  type ChannelLinkRow,
} from '../../server/domain/discord/links';
import {
  findByDiscordId,
  forgetDiscordMessages,
  recordDiscordMessage,
} from '../../server/domain/discord/messageMap';
import { deleteMessage, editMessage } from '../../server/domain/messages/edits';
import { findStoredMessage, storeMessage } from '../../server/domain/messages/messages';
import { MESSAGE_MAX_LENGTH, storableFrom } from '../../server/protocol/common';
import { isStaffRole } from '../../server/protocol/roles';
import type { Conversations } from './conversation';
import type { DiscordEnv } from './env';
import { authorIdOf, discordNameOf, localeOfDiscord, personIn } from './people';
import { truncate } from './render';
import type { Work } from './work';
import { t } from '../../server/i18n/catalogue';
import { needing, refusalOf } from './errors';
import { breakLink } from './refusals';

/** Catch-up reads at most this many pages of 100 per channel (older ones are left). */
const CATCH_UP_PAGES = 20;

/** Only people write into Buurtkamer: not bots, webhooks (our own echoes), interaction replies or system notices. */
function fromAPerson(message: Message): boolean {
  if (message.author.bot || message.webhookId || message.system) return false;
  if (message.interactionMetadata) return false;
  return message.type === MessageType.Default || message.type === MessageType.Reply;
}

/**
 * The text as people read it (mentions as names). An attachment is named, without its link:
 * Discord's attachment links are signed and stop working after about a day, so a stored link
 * would be dead by the time someone scrolls back to it.
 */
function textOf(message: Message): string {
  const locale = localeOfDiscord(message.guild?.preferredLocale);
  const lines = [storableFrom(message.cleanContent).trim()];
  for (const attachment of message.attachments.values())
    lines.push(
      storableFrom(`📎 ${t(locale, 'discord.attachment.on_discord', { name: attachment.name })}`),
    );
  return truncate(lines.filter(Boolean).join('\n'), MESSAGE_MAX_LENGTH);
}

/** The inbound side's state, shared by the functions below (one per client). */
interface InboundState {
  readonly env: DiscordEnv;
  readonly client: Client;
  readonly work: Work;
  readonly conversations: Conversations;
  /**
   * Whether the channels' "last message taken in" may move. While a session may have missed
   * events (a new one, or before its catch-up finished) live messages are stored but do not
   * move it, or the catch-up would start after a gap.
   */
  synced: boolean;
  /** Counts connection losses, so a catch-up that began before one does not count as done. */
  losses: number;
  catchingUp: Promise<void> | undefined;
}

type Advance = (link: ChannelLinkRow, id: string) => Promise<void>;

/**
 * Discord to Buurtkamer: a message in a linked channel is stored in the room once (client id
 * `discord:<id>`, and the id map), whatever the gateway replays; edits and deletions follow.
 * After a fresh session (events may have been missed) each channel is read through REST from
 * the last message taken in.
 */
export function createInbound(
  env: DiscordEnv,
  client: Client,
  work: Work,
  conversations: Conversations,
) {
  const state: InboundState = {
    env,
    client,
    work,
    conversations,
    synced: false,
    losses: 0,
    catchingUp: undefined,
  };
  const { db } = env.deps;

  return {
    onMessage(message: Message): Promise<void> {
      if (message.author.id === client.user?.id) return Promise.resolve();
      if (!message.inGuild()) {
        if (!fromAPerson(message)) return Promise.resolve();
        return work.serial(`dm:${message.author.id}`, () => conversations.onDirectMessage(message));
      }
      return work.serial(`channel:${message.channelId}`, async () => {
        const link = await findLinkByDiscordChannel(db, message.channelId);
        if (link) await takeIn(state, link, message);
      });
    },

    onEdit(message: Message | PartialMessage): Promise<void> {
      return work.serial(`channel:${message.channelId}`, () => takeEdit(env, message));
    },

    onDelete(message: Message | PartialMessage): Promise<void> {
      return work.serial(`channel:${message.channelId}`, () => takeDeletion(env, message));
    },

    /** The connection dropped: until the next catch-up, events may be missing. */
    unsynced(): void {
      state.synced = false;
      state.losses += 1;
    },
    isSynced: () => state.synced,

    /**
     * Reads what was missed in every linked channel (after a new or resumed session, and again
     * on the timer until it succeeds); afterwards live messages move the positions again.
     */
    catchUpAll(): Promise<void> {
      state.catchingUp ??= catchUpEvery(state).finally(() => {
        state.catchingUp = undefined;
      });
      return state.catchingUp;
    },
  };
}

export type Inbound = ReturnType<typeof createInbound>;

/** Moves the channel's "last message taken in", unless events may have been missed. */
async function seen(state: InboundState, link: ChannelLinkRow, id: string): Promise<void> {
  if (state.synced) await advanceInbound(state.env.deps.db, link, id);
}

/** Takes one Discord message in; the caller holds the channel's queue. */
async function takeIn(
  state: InboundState,
  link: ChannelLinkRow,
  message: Message,
  advance: Advance = (l, id) => seen(state, l, id),
): Promise<void> {
  const { db, clock, dispatcher } = state.env.deps;
  if (!fromAPerson(message) || (await findByDiscordId(db, message.id))) {
    await advance(link, message.id);
    return;
  }
  const room = await findChannel(db, link.channelId);
  if (!room) return;
  const person = await personIn(
    db,
    {
      id: message.author.id,
      name: discordNameOf(message.author, message.member),
      locale: localeOfDiscord(message.guild?.preferredLocale),
    },
    link.projectId,
  );
  const body = textOf(message);
  // The staff room takes in only linked staff: Discord's own permissions are not Buurtkamer's.
  const allowed = room.kind !== 'staff' || (person.kind === 'member' && isStaffRole(person.role));
  if (!allowed || body === '') {
    await advance(link, message.id);
    return;
  }
  const { message: row, created } = await storeMessage(db, clock, {
    channelId: room.id,
    authorId: await authorIdOf(db, person),
    clientId: `discord:${message.id}`,
    body,
    meta: { source: 'discord' },
  });
  await recordDiscordMessage(db, {
    discordMessageId: message.id,
    messageId: row.id,
    discordChannelId: message.channelId,
    direction: 'inbound',
  });
  await advance(link, message.id);
  if (!created) return;
  const stored = await findStoredMessage(db, row.id);
  if (stored)
    await dispatcher.publish({
      type: 'message.created',
      message: stored,
      projectId: room.projectId,
      channelKind: room.kind,
    });
  // Buurtbot answers beside the bridge, so the channel's next messages need not wait for it.
  void state.work.track(
    state.conversations
      .onRoomMessage(message, person, room, body)
      .catch((error: unknown) =>
        state.env.logger.error({ err: error }, 'Buurtbot could not answer on Discord'),
      ),
  );
}

async function fullMessage(message: Message | PartialMessage): Promise<Message | undefined> {
  if (!message.partial) return message;
  return message.fetch().catch(() => undefined);
}

/** A message taken in was edited on Discord: the room's copy follows; the caller holds the queue. */
async function takeEdit(env: DiscordEnv, message: Message | PartialMessage): Promise<void> {
  const { db, clock } = env.deps;
  const known = await findByDiscordId(db, message.id);
  if (known?.direction !== 'inbound') return;
  const full = await fullMessage(message);
  if (!full) return;
  const updated = await editMessage(db, clock, {
    messageId: known.messageId,
    body: textOf(full) || '…',
  });
  if (updated) await publishUpdate(env, updated.id);
}

/** A message was deleted on Discord; the caller holds the channel's queue. */
async function takeDeletion(env: DiscordEnv, message: Message | PartialMessage): Promise<void> {
  const { db, clock } = env.deps;
  const known = await findByDiscordId(db, message.id);
  if (!known) return;
  if (known.direction === 'outbound') {
    // Removed on Discord only (by a moderator): Buurtkamer keeps it; forget the copy.
    await forgetDiscordMessages(db, [known.discordMessageId]);
    return;
  }
  const updated = await deleteMessage(db, clock, { messageId: known.messageId });
  if (updated) await publishUpdate(env, updated.id);
}

/** Reads what was missed in every linked channel, each in its channel's queue. */
async function catchUpEvery(state: InboundState): Promise<void> {
  const { db } = state.env.deps;
  const since = state.losses;
  let complete = true;
  for (const { link } of await listAllLinks(db)) {
    await state.work
      .serial(`channel:${link.discordChannelId}`, async () => {
        const fresh = await findLinkByDiscordChannel(db, link.discordChannelId);
        if (fresh && !fresh.brokenReason) await catchUp(state, fresh);
      })
      .catch((error: unknown) => {
        complete = false;
        state.env.logger.warn(
          { err: error, channel: link.discordChannelId },
          'Discord catch-up failed',
        );
      });
  }
  state.synced = complete && since === state.losses;
}

/** Reads what was missed in one channel; a channel Discord refuses for good breaks the link. */
async function catchUp(state: InboundState, link: ChannelLinkRow): Promise<void> {
  try {
    await readMissed(state, link);
  } catch (error) {
    const refused = refusalOf(error);
    if (!refused) throw error;
    await breakLink(state.env, link, refused);
  }
}

async function readMissed(state: InboundState, link: ChannelLinkRow): Promise<void> {
  const { db } = state.env.deps;
  const channel = await needing('ViewChannel', () =>
    state.client.channels.fetch(link.discordChannelId),
  );
  if (!channel || channel.type !== ChannelType.GuildText) return;
  let after =
    link.lastDiscordMessageId ??
    SnowflakeUtil.generate({ timestamp: link.createdAt.getTime() }).toString();
  for (let page = 0; page < CATCH_UP_PAGES; page++) {
    const batch = await needing('ReadMessageHistory', () =>
      channel.messages.fetch({ after, limit: 100, cache: false }),
    );
    const sorted = [...batch.values()].sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
    for (const message of sorted)
      await takeIn(state, link, message, (l, id) => advanceInbound(db, l, id));
    const last = sorted[sorted.length - 1];
    if (!last || sorted.length < 100) return;
    after = last.id;
  }
}

async function publishUpdate(env: DiscordEnv, messageId: string): Promise<void> {
  const { db, dispatcher } = env.deps;
  const stored = await findStoredMessage(db, messageId);
  const room = stored ? await findChannel(db, stored.channelId) : undefined;
  if (!stored || !room) return;
  await dispatcher.publish({
    type: 'message.updated',
    message: stored,
    projectId: room.projectId,
    channelKind: room.kind,
  });
}

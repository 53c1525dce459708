import { type RepliableInteraction } from 'discord.js';
import { rememberProject } from '../../server/domain/discord/accounts';
import { findStoredMessage, storeMessage } from '../../server/domain/messages/messages';
import { AppError } from '../../server/errors';
import { t } from '../../server/i18n/catalogue';
import { consume } from '../../server/limits/limiters';
import { MESSAGE_MAX_LENGTH } from '../../server/protocol/common';
import type { ChannelKind } from '../../server/protocol/roles';
import type { BotInput, EngineResult } from '../engine/types';
import { conversationOf } from '../../server/domain/buurtbot/conversations';
import type { ReplySink } from '../runtime/runtime';
import type { DiscordEnv } from './env';
import {
  authorIdOf,
  discordNameOf,
  localeOfDiscord,
  personIn,
  whereIs,
  type Person,
} from './people';
import { truncate } from './render';
import { answerInteraction, interactionSink, lostText, type AnswerMode } from './sinks';

export type Member = Extract<Person, { kind: 'member' }>;

/** A room (or the person's own Buurtbot channel) that Buurtbot hears the message in. */
interface Place {
  id: string;
  kind: ChannelKind;
}

/** The same budget as typing in the web chat. */
export async function withinLimits(env: DiscordEnv, person: Member): Promise<boolean> {
  try {
    await consume(env.deps.limiters.messages, person.userId);
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}

/** Stores what the person said or pressed in their own Buurtbot channel (their record, as on the web). */
export async function recordTurn(
  env: DiscordEnv,
  person: Member,
  projectId: string,
  turn: { clientId: string; body: string; choice?: string },
): Promise<{ created: boolean; place: Place }> {
  const { conversation, created: opened } = await conversationOf(
    env.deps.db,
    projectId,
    person.userId,
  );
  for (const event of opened) await env.deps.dispatcher.publish(event);
  const { message, created } = await storeMessage(env.deps.db, env.deps.clock, {
    channelId: conversation.channelId,
    authorId: person.userId,
    clientId: turn.clientId,
    body: truncate(turn.body, MESSAGE_MAX_LENGTH) || '…',
    meta: { source: 'discord', ...(turn.choice ? { choice: turn.choice } : {}) },
  });
  if (created) {
    const stored = await findStoredMessage(env.deps.db, message.id);
    if (stored)
      await env.deps.dispatcher.publish({
        type: 'message.created',
        message: stored,
        projectId,
        channelKind: 'bot',
      });
  }
  await rememberProject(env.deps.db, person.discordUserId, projectId);
  return { created, place: { id: conversation.channelId, kind: 'bot' } };
}

export function memberInput(
  person: Member,
  projectId: string,
  place: Place,
  text: string,
  extra: Pick<BotInput, 'button' | 'addressedToBot'> = {},
): BotInput {
  return {
    text,
    ...extra,
    author: {
      userId: person.userId,
      displayName: person.displayName,
      role: person.role,
      locale: person.locale,
    },
    projectId,
    channel: place,
  };
}

/**
 * Someone without a linked account, in a project: the engine runs without memory; only an
 * emergency answer (112, staff alerted) goes through, anything else becomes the link hint.
 */
export async function guestTurn(
  env: DiscordEnv,
  person: Extract<Person, { kind: 'guest' }>,
  projectId: string,
  place: Place,
  text: string,
  sink: ReplySink,
  addressed: boolean,
): Promise<void> {
  const userId = await authorIdOf(env.deps.db, person);
  const input: BotInput = {
    text,
    addressedToBot: addressed,
    author: {
      userId,
      displayName: `${person.discordName} (Discord)`,
      role: 'neighbour',
      locale: person.locale,
    },
    projectId,
    channel: place,
  };
  await env.bot.runtime.converse(input, {
    sink,
    guest: {
      permit: (result: EngineResult): EngineResult =>
        result.understood?.intent === 'emergency'
          ? result
          : {
              ...result,
              actions: [],
              replies: addressed
                ? [{ visibility: 'private', text: t(person.locale, 'discord.link.needed') }]
                : [],
            },
    },
  });
}

async function whoIsAsking(env: DiscordEnv, interaction: RepliableInteraction) {
  const where = await whereIs(env.deps.db, {
    channelId: interaction.channelId,
    guildId: interaction.guildId,
    discordUserId: interaction.user.id,
  });
  const projectId = where?.projectId;
  const member = interaction.inCachedGuild() ? interaction.member : null;
  const person = await personIn(
    env.deps.db,
    {
      id: interaction.user.id,
      name: discordNameOf(interaction.user, member),
      locale: localeOfDiscord(interaction.locale),
    },
    projectId,
  );
  return { projectId, roomId: where?.roomId, person };
}

/**
 * One turn from an interaction (slash command or button), after it was acknowledged:
 * members talk to Buurtbot in their own conversation; others get an honest answer.
 */
export async function interactionTurn(
  env: DiscordEnv,
  interaction: RepliableInteraction,
  mode: AnswerMode,
  turn: { text: string; body: string; button: boolean },
): Promise<{ flowRunning: boolean }> {
  const { projectId, roomId, person } = await whoIsAsking(env, interaction);
  if (person.kind === 'guest' && projectId && roomId) {
    const sink = interactionSink(interaction, mode);
    // A slash command is private: the guest's emergency answer, if any, is for them alone.
    await guestTurn(env, person, projectId, { id: roomId, kind: 'bot' }, turn.text, sink, true);
    if (sink.delivered() === 0)
      await answerInteraction(interaction, t(person.locale, 'discord.link.needed'), mode);
    return { flowRunning: false };
  }
  if (person.kind !== 'member' || !projectId) {
    const key =
      person.kind === 'guest'
        ? 'discord.link.needed'
        : projectId
          ? 'discord.not_member'
          : 'discord.no_project';
    await answerInteraction(interaction, lostText(turn.text, person, key), mode);
    return { flowRunning: false };
  }
  if (!(await withinLimits(env, person))) {
    await answerInteraction(interaction, t(person.locale, 'discord.slow_down'), mode);
    return { flowRunning: false };
  }
  const { place } = await recordTurn(env, person, projectId, {
    clientId: `discord:${interaction.id}`,
    body: turn.body,
    ...(turn.button ? { choice: turn.text } : {}),
  });
  const sink = interactionSink(interaction, mode);
  const { result } = await env.bot.runtime.converse(
    memberInput(person, projectId, place, turn.text, turn.button ? { button: true } : {}),
    { sink },
  );
  if (sink.delivered() === 0)
    await answerInteraction(interaction, t(person.locale, 'discord.failed'), mode);
  return { flowRunning: result.state.flow !== null };
}

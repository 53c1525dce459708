import {
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Message,
  type RepliableInteraction,
} from 'discord.js';
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
import { MIRRORED, optionTextOf } from './commands';
import type { DiscordEnv } from './env';
import {
  authorIdOf,
  discordNameOf,
  localeOfDiscord,
  personIn,
  whereIs,
  type Person,
} from './people';
import { replyPayload, truncate } from './render';
import { answerInteraction, directSink, interactionSink, lostText, type AnswerMode } from './sinks';

type Member = Extract<Person, { kind: 'member' }>;

/** A room (or the person's own Buurtbot channel) that Buurtbot hears the message in. */
interface Place {
  id: string;
  kind: ChannelKind;
}

/**
 * Buurtbot on Discord: slash commands, button presses, direct messages and mentions in bridged
 * rooms go to the same runtime as the web chat. What Buurtbot says privately reaches the person
 * as an ephemeral reply or a direct message, never the public channel. Unlinked people get an
 * emergency answer when they need one, and otherwise the way to link their account.
 */
export function createConversations(env: DiscordEnv) {
  const { deps, bot } = env;
  const { db, clock, dispatcher, limiters } = deps;

  /** The same budget as typing in the web chat. */
  async function withinLimits(person: Member): Promise<boolean> {
    try {
      await consume(limiters.messages, person.userId);
      return true;
    } catch (error) {
      if (error instanceof AppError) return false;
      throw error;
    }
  }

  /** Stores what the person said or pressed in their own Buurtbot channel (their record, as on the web). */
  async function recordTurn(
    person: Member,
    projectId: string,
    turn: { clientId: string; body: string; choice?: string },
  ): Promise<{ created: boolean; place: Place }> {
    const { conversation, created: opened } = await conversationOf(db, projectId, person.userId);
    for (const event of opened) await dispatcher.publish(event);
    const { message, created } = await storeMessage(db, clock, {
      channelId: conversation.channelId,
      authorId: person.userId,
      clientId: turn.clientId,
      body: truncate(turn.body, MESSAGE_MAX_LENGTH) || '…',
      meta: { source: 'discord', ...(turn.choice ? { choice: turn.choice } : {}) },
    });
    if (created) {
      const stored = await findStoredMessage(db, message.id);
      if (stored)
        await dispatcher.publish({
          type: 'message.created',
          message: stored,
          projectId,
          channelKind: 'bot',
        });
    }
    await rememberProject(db, person.discordUserId, projectId);
    return { created, place: { id: conversation.channelId, kind: 'bot' } };
  }

  function memberInput(
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
  async function guestTurn(
    person: Extract<Person, { kind: 'guest' }>,
    projectId: string,
    place: Place,
    text: string,
    sink: ReplySink,
    addressed: boolean,
  ): Promise<void> {
    const userId = await authorIdOf(db, person);
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
    await bot.runtime.converse(input, {
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

  async function whoIsAsking(interaction: RepliableInteraction) {
    const where = await whereIs(db, {
      channelId: interaction.channelId,
      guildId: interaction.guildId,
      discordUserId: interaction.user.id,
    });
    const projectId = where?.projectId;
    const member = interaction.inCachedGuild() ? interaction.member : null;
    const person = await personIn(
      db,
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
  async function interactionTurn(
    interaction: RepliableInteraction,
    mode: AnswerMode,
    turn: { text: string; body: string; button: boolean },
  ): Promise<{ flowRunning: boolean }> {
    const { projectId, roomId, person } = await whoIsAsking(interaction);
    if (person.kind === 'guest' && projectId && roomId) {
      const sink = interactionSink(interaction, mode);
      // A slash command is private: the guest's emergency answer, if any, is for them alone.
      await guestTurn(person, projectId, { id: roomId, kind: 'bot' }, turn.text, sink, true);
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
    if (!(await withinLimits(person))) {
      await answerInteraction(interaction, t(person.locale, 'discord.slow_down'), mode);
      return { flowRunning: false };
    }
    const { place } = await recordTurn(person, projectId, {
      clientId: `discord:${interaction.id}`,
      body: turn.body,
      ...(turn.button ? { choice: turn.text } : {}),
    });
    const sink = interactionSink(interaction, mode);
    const { result } = await bot.runtime.converse(
      memberInput(person, projectId, place, turn.text, turn.button ? { button: true } : {}),
      { sink },
    );
    if (sink.delivered() === 0)
      await answerInteraction(interaction, t(person.locale, 'discord.failed'), mode);
    return { flowRunning: result.state.flow !== null };
  }

  return {
    /** `/melding`, `/hulp`, ...: the same command as typed in the web chat, answered privately. */
    async onSlashCommand(interaction: ChatInputCommandInteraction): Promise<void> {
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      const option = optionTextOf(interaction);
      const text = `/${interaction.commandName} ${option}`.trim();
      const { flowRunning } = await interactionTurn(interaction, 'edit-first', {
        text,
        body: text,
        button: false,
      });
      if (flowRunning && interaction.inGuild()) {
        const locale = localeOfDiscord(interaction.locale);
        await interaction.followUp({
          content: t(locale, 'discord.continue_in_dm'),
          flags: MessageFlags.Ephemeral,
        });
      }
    },

    /**
     * A Buurtbot button. On a private message (ephemeral, DM) its buttons are taken away once
     * pressed; on a public one they stay for others, and the answer is ephemeral.
     */
    async onChoice(interaction: ButtonInteraction, value: string): Promise<void> {
      // Read before the buttons are taken off: in a DM the cached message is edited in place,
      // and with it the pressed component would be gone.
      const component = interaction.component as ButtonInteraction['component'] | null;
      const label = (component && 'label' in component ? component.label : undefined) ?? value;
      const privateMessage =
        !interaction.inGuild() || interaction.message.flags.has(MessageFlags.Ephemeral);
      if (privateMessage) {
        await interaction.deferUpdate();
        await interaction.editReply({ components: [] });
      } else {
        await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      }
      await interactionTurn(interaction, privateMessage ? 'follow-up' : 'edit-first', {
        text: value,
        body: label,
        button: true,
      });
    },

    /** A direct message to Buurtbot: the person's own conversation. */
    async onDirectMessage(message: Message): Promise<void> {
      const projectId = (
        await whereIs(db, { channelId: null, guildId: null, discordUserId: message.author.id })
      )?.projectId;
      const person = await personIn(
        db,
        { id: message.author.id, name: discordNameOf(message.author), locale: 'nl' },
        projectId,
      );
      const text = message.content.trim();
      if (person.kind !== 'member' || !projectId) {
        const key = person.kind === 'guest' ? 'discord.link.needed' : 'discord.not_member';
        await message.author.send(replyPayload(lostText(text, person, key)));
        return;
      }
      if (text === '') return;
      if (!(await withinLimits(person))) {
        await message.author.send(replyPayload(t(person.locale, 'discord.slow_down')));
        return;
      }
      const { created, place } = await recordTurn(person, projectId, {
        clientId: `discord:${message.id}`,
        body: text,
      });
      if (!created) return; // seen before (a replay after a reconnect)
      await bot.runtime.converse(memberInput(person, projectId, place, text), {
        sink: directSink(message.author, false),
      });
    },

    /**
     * A message bridged into a shared room: Buurtbot hears it as it hears the web chat (quiet
     * unless addressed, emergency words always). Private answers go by direct message.
     */
    async onRoomMessage(
      message: Message,
      person: Person,
      room: { id: string; kind: ChannelKind; projectId: string },
      text: string,
    ): Promise<void> {
      if (room.kind !== 'common' && room.kind !== 'activities') return;
      const addressed = message.client.user
        ? message.mentions.users.has(message.client.user.id)
        : false;
      const place = { id: room.id, kind: room.kind };
      const sink = directSink(message.author, true);
      if (person.kind === 'member') {
        await bot.runtime.converse(
          memberInput(
            person,
            room.projectId,
            place,
            text,
            addressed ? { addressedToBot: true } : {},
          ),
          { sink },
        );
      } else if (person.kind === 'guest') {
        await guestTurn(person, room.projectId, place, text, sink, addressed);
      } else if (addressed) {
        await message.author.send(replyPayload(lostText(text, person, 'discord.not_member')));
      }
    },

    /** Activity names for `/aanmelden`, from the same read as the bot's (only for members). */
    async autocomplete(interaction: AutocompleteInteraction): Promise<void> {
      const focused = interaction.options.getFocused(true);
      const command = MIRRORED.find((c) => c.name === interaction.commandName);
      if (!command?.autocomplete || focused.name !== command.option) {
        await interaction.respond([]);
        return;
      }
      const projectId = (
        await whereIs(db, {
          channelId: interaction.channelId,
          guildId: interaction.guildId,
          discordUserId: interaction.user.id,
        })
      )?.projectId;
      const person = await personIn(
        db,
        { id: interaction.user.id, name: interaction.user.username, locale: 'nl' },
        projectId,
      );
      if (person.kind !== 'member' || !projectId) {
        await interaction.respond([]);
        return;
      }
      const typed = String(focused.value).toLowerCase();
      const activities = await bot.ports.upcomingActivities(projectId, person.userId);
      await interaction.respond(
        activities
          .filter((a) => !a.signedUp && a.title.toLowerCase().includes(typed))
          .slice(0, 25)
          .map((a) => ({ name: truncate(a.title, 100), value: truncate(a.title, 100) })),
      );
    },
  };
}

export type Conversations = ReturnType<typeof createConversations>;

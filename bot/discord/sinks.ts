import { MessageFlags, type RepliableInteraction, type User } from 'discord.js';
import { t } from '../../server/i18n/catalogue';
import { detectEmergency } from '../engine/safety/emergency';
import { adviceKeys } from '../engine/safety/emergency-reply';
import type { BotReply } from '../../server/protocol/bot-reply';
import type { ReplySink } from '../runtime/runtime';
import type { Person } from './people';
import { replyPayload } from './render';

/**
 * Where Buurtbot's replies go on Discord: an interaction's (ephemeral) replies, or direct
 * messages. Never the public channel: room replies reach it through the bridge.
 */

/** How a deferred interaction is answered: fill in the reply first, or only follow up. */
export type AnswerMode = 'edit-first' | 'follow-up';

/** Without a project to work in: the link hint, and the 112 advice if it is needed. */
export function lostText(
  text: string,
  person: Person,
  key: 'discord.link.needed' | 'discord.not_member' | 'discord.no_project',
): string {
  const lines = adviceKeys(detectEmergency(text)).map((advice) => t(person.locale, advice));
  lines.push(t(person.locale, key));
  return lines.join('\n');
}

/** Replies to an interaction: the first fills in the deferred reply, the rest follow up. */
export function interactionSink(
  interaction: RepliableInteraction,
  mode: AnswerMode,
): ReplySink & { delivered(): number } {
  let sent = 0;
  const ephemeral = interaction.inGuild();
  return {
    async deliver(reply: BotReply) {
      const payload = replyPayload(reply.text, reply.choices);
      if (sent === 0 && mode === 'edit-first') await interaction.editReply(payload);
      else
        await interaction.followUp({
          ...payload,
          ...(ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}),
        });
      sent += 1;
    },
    delivered: () => sent,
  };
}

/** Private replies as direct messages (room replies reach Discord through the bridge). */
export function directSink(user: User, onlyPrivate: boolean): ReplySink {
  return {
    async deliver(reply) {
      if (onlyPrivate && reply.visibility !== 'private') return;
      await user.send(replyPayload(reply.text, reply.choices));
    },
  };
}

export async function answerInteraction(
  interaction: RepliableInteraction,
  text: string,
  mode: AnswerMode,
) {
  const payload = replyPayload(text);
  if (mode === 'edit-first') await interaction.editReply(payload);
  else
    await interaction.followUp({
      ...payload,
      ...(interaction.inGuild() ? { flags: MessageFlags.Ephemeral as const } : {}),
    });
}

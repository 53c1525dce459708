import type { Tx } from '../../../db/database';
import type { Deps } from '../../deps';
import type { DomainEvent } from '../../domain/events';
import { flagMessage, hideMessage } from '../../domain/moderation/moderation';
import { t } from '../../i18n/catalogue';
import type { Locale } from '../../i18n/locale';
import { consume } from '../../limits/limiters';
import type { Message } from '../../protocol/messages';
import type { FlagResult } from '../../protocol/moderation';
import { presentMessage } from '../../presenters/message';

/** Who asks: their id, name (for the team room) and language (for their own answer). */
export interface Caller {
  id: string;
  name: string;
  locale: Locale;
}

/**
 * Flag and hide, shared by the HTTP routes and the socket events: a rate-limit token, the domain
 * function in one transaction, its events published after commit (the hidden message reaches
 * every client in the room as `message:updated`, the alert reaches staff live).
 */
export function moderationService(deps: Deps) {
  const { db, clock, dispatcher, limiters } = deps;

  async function run<T>(work: (tx: Tx) => Promise<{ result: T; events: DomainEvent[] }>) {
    const { result, events } = await db.transaction(work);
    for (const event of events) await dispatcher.publish(event);
    return result;
  }

  return {
    async flag(caller: Caller, input: { messageId: string; note?: string }): Promise<FlagResult> {
      await consume(limiters.actions, caller.id);
      return run(async (tx) => {
        const { events } = await flagMessage(tx, clock, {
          userId: caller.id,
          userName: caller.name,
          messageId: input.messageId,
          note: input.note,
        });
        return {
          result: {
            messageId: input.messageId,
            notice: t(caller.locale, 'moderation.flag_thanks'),
          },
          events,
        };
      });
    },

    async hide(caller: Caller, input: { messageId: string; reason: string }): Promise<Message> {
      await consume(limiters.actions, caller.id);
      return run(async (tx) => {
        const { message, events } = await hideMessage(tx, clock, {
          userId: caller.id,
          userName: caller.name,
          messageId: input.messageId,
          reason: input.reason,
        });
        return { result: presentMessage(message), events };
      });
    },
  };
}

export type ModerationService = ReturnType<typeof moderationService>;

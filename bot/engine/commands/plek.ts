import { yesNo } from '../entities/volunteer';
import { offerAnswer, offeredActivities } from '../flows/offer';
import type { Command, Outcome } from './command';
import { commandArgs } from './command';

/**
 * `/plek`: answer a place offered from the waitlist ("/plek ja <id>" from the offer's buttons,
 * or typed: "/plek ja"). Without an answer it asks.
 */
export default {
  name: 'plek',
  aliases: ['place'],
  description: 'bot.commands.plek',
  schema: commandArgs,
  async handle(ctx, args): Promise<Outcome> {
    const [word = '', id = ''] = args.text.trim().split(/\s+/);
    const offered = await offeredActivities(ctx);
    const target =
      offered.find((a) => a.id === id) ?? (offered.length === 1 ? offered[0] : undefined);
    if (!target) {
      // A button from an old offer: the place went on, or it was already answered.
      return { replies: [{ visibility: 'private', text: ctx.t('bot.offer.none') }], actions: [] };
    }
    const accept = yesNo(word);
    if (accept === undefined) {
      return {
        replies: [],
        actions: [],
        start: { flow: 'offer', step: 'answer', data: { activityId: target.id } },
      };
    }
    const result = offerAnswer(ctx, target.id, accept);
    return result.kind === 'done'
      ? { replies: result.replies, actions: result.actions }
      : { replies: [], actions: [] };
  },
} satisfies Command;

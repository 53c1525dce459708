import { cancelFor, cancelTarget, signedUpActivities } from '../flows/cancel';
import type { Command } from './command';
import { commandArgs } from './command';

/**
 * `/afmelden`: cancel a sign-up. The English alias is `/withdraw`, not `/cancel`: "cancel" on its
 * own ends any running flow, and one word must not mean two things.
 */
export default {
  name: 'afmelden',
  aliases: ['withdraw'],
  description: 'bot.commands.afmelden',
  schema: commandArgs,
  async handle(ctx, args) {
    const mine = await signedUpActivities(ctx);
    if (mine.length === 0)
      return {
        replies: [{ visibility: 'private', text: ctx.t('bot.cancel.not_signed_up') }],
        actions: [],
      };
    const named = args.text.trim() === '' ? undefined : await cancelTarget(ctx, args.text);
    if (named) {
      const result = await cancelFor(ctx, named.id);
      if (result.kind === 'done') return { replies: result.replies, actions: result.actions };
    }
    return { replies: [], actions: [], start: { flow: 'cancel', step: 'which', data: {} } };
  },
} satisfies Command;

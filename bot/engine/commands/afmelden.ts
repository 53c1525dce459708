import { cancelTarget, signedUpActivities } from '../flows/cancel';
import type { FlowStart } from '../flows/flow';
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
    // Named ("ik kan zaterdag niet"): straight to "are you sure?"; otherwise first which one.
    const start: FlowStart = named
      ? { flow: 'cancel', step: 'confirm', data: { activityId: named.id } }
      : { flow: 'cancel', step: 'which', data: {} };
    return { replies: [], actions: [], start };
  },
} satisfies Command;

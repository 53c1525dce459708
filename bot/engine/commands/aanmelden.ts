import { signupFor, signupTarget } from '../flows/signup';
import type { Command } from './command';
import { commandArgs } from './command';

/** `/aanmelden`: sign up for an activity; the server gives a place or a waitlist spot. */
export default {
  name: 'aanmelden',
  aliases: ['signup', 'join'],
  description: 'bot.commands.aanmelden',
  schema: commandArgs,
  async handle(ctx, args) {
    const upcoming = await ctx.ports.upcomingActivities(
      ctx.input.projectId,
      ctx.input.author.userId,
    );
    if (upcoming.length === 0)
      return { replies: [{ visibility: 'private', text: ctx.t('bot.signup.none') }], actions: [] };
    if (upcoming.every((a) => a.signedUp)) {
      return {
        replies: [{ visibility: 'private', text: ctx.t('bot.signup.all_done') }],
        actions: [],
      };
    }
    const named = args.text.trim() === '' ? undefined : await signupTarget(ctx, args.text);
    if (named) {
      const result = await signupFor(ctx, named.id);
      if (result.kind === 'done') return { replies: result.replies, actions: result.actions };
    }
    return { replies: [], actions: [], start: { flow: 'signup', step: 'which', data: {} } };
  },
} satisfies Command;

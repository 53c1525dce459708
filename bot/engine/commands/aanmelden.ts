import type { BotAction } from '../actions';
import type { EngineContext } from '../context';
import { extractActivity } from '../entities/activity';
import { extractGuests } from '../entities/guests';
import { signupFor, signupTarget } from '../flows/signup';
import type { Command } from './command';
import { commandArgs } from './command';

function signupAction(ctx: EngineContext, activityId: string, guests: number): BotAction {
  return {
    type: 'activity.signup',
    projectId: ctx.input.projectId,
    userId: ctx.input.author.userId,
    activityId,
    guests,
  };
}

/**
 * `/aanmelden`: sign up for an activity, by name or number, with guests when said ("met 2
 * kinderen"); the server gives a place or a waitlist spot and says which. Saying it again with
 * another number of guests changes the sign-up.
 */
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
    const guests = extractGuests(args.text);
    if (guests !== undefined) {
      const already = extractActivity(
        args.text,
        upcoming.filter((a) => a.signedUp),
      );
      if (already) return { replies: [], actions: [signupAction(ctx, already.id, guests)] };
    }
    if (upcoming.every((a) => a.signedUp)) {
      return {
        replies: [{ visibility: 'private', text: ctx.t('bot.signup.all_done') }],
        actions: [],
      };
    }
    const named = args.text.trim() === '' ? undefined : await signupTarget(ctx, args.text);
    if (named) {
      const result = await signupFor(ctx, named.id, guests);
      if (result.kind === 'done') return { replies: result.replies, actions: result.actions };
      if (result.kind === 'next')
        return {
          replies: [],
          actions: [],
          start: { flow: 'signup', step: result.step, data: result.data },
        };
    }
    return { replies: [], actions: [], start: { flow: 'signup', step: 'which', data: {} } };
  },
} satisfies Command;

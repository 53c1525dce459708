import { extractActivity } from '../entities/activity';
import { callFor, needingHelp } from '../flows/volunteer-call';
import type { Command, Outcome } from './command';
import { commandArgs } from './command';

/**
 * `/vrijwilligers`: Buurtbot posts a call for help in the activities room (coordinators,
 * staff). When no task needs helpers it says why (all filled, or none made yet) and where the
 * tasks are made: the activities page, "Taak toevoegen" on an activity.
 */
export default {
  name: 'vrijwilligers',
  aliases: ['helpers'],
  description: 'bot.commands.vrijwilligers',
  roles: ['coordinator', 'staff', 'admin'],
  schema: commandArgs,
  async handle(ctx, args): Promise<Outcome> {
    const list = await needingHelp(ctx);
    if (list.length === 0) {
      const upcoming = await ctx.ports.upcomingActivities(
        ctx.input.projectId,
        ctx.input.author.userId,
      );
      const filled = upcoming.some((a) => (a.tasks ?? 0) > 0);
      const text = filled ? ctx.t('bot.call.all_filled') : ctx.t('bot.call.none');
      return { replies: [{ visibility: 'private', text }], actions: [] };
    }
    const named = args.text.trim() === '' ? undefined : extractActivity(args.text, list);
    if (named) {
      const done = callFor(ctx, named.id);
      if (done.kind === 'done') return { replies: [], actions: done.actions };
    }
    return { replies: [], actions: [], start: { flow: 'volunteer-call', step: 'which', data: {} } };
  },
} satisfies Command;

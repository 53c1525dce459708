import { extractActivity } from '../entities/activity';
import { callFor, needingHelp } from '../flows/volunteer-call';
import type { Command, Outcome } from './command';
import { commandArgs } from './command';

/** `/vrijwilligers`: Buurtbot posts a call for help in the activities room (coordinators, staff). */
export default {
  name: 'vrijwilligers',
  aliases: ['helpers'],
  description: 'bot.commands.vrijwilligers',
  roles: ['coordinator', 'staff', 'admin'],
  schema: commandArgs,
  async handle(ctx, args): Promise<Outcome> {
    const list = await needingHelp(ctx);
    if (list.length === 0)
      return { replies: [{ visibility: 'private', text: ctx.t('bot.call.none') }], actions: [] };
    const named = args.text.trim() === '' ? undefined : extractActivity(args.text, list);
    if (named) {
      const done = callFor(ctx, named.id);
      if (done.kind === 'done') return { replies: [], actions: done.actions };
    }
    return { replies: [], actions: [], start: { flow: 'volunteer-call', step: 'which', data: {} } };
  },
} satisfies Command;

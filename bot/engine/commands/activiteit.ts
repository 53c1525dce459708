import type { FlowData } from '../state';
import type { Command, Outcome } from './command';
import { commandArgs } from './command';

/** `/activiteit`: create an activity. Only the residents' association and staff may. */
export default {
  name: 'activiteit',
  aliases: ['newactivity', 'create'],
  description: 'bot.commands.activiteit',
  roles: ['coordinator', 'staff', 'admin'],
  schema: commandArgs,
  async handle(_ctx, args): Promise<Outcome> {
    const empty: FlowData = {};
    const title = args.source === 'command' ? args.text.trim() : '';
    if (title.length >= 3 && title.length <= 80) {
      return {
        replies: [],
        actions: [],
        start: { flow: 'create-activity', step: 'date', data: { title } },
      };
    }
    return {
      replies: [],
      actions: [],
      start: { flow: 'create-activity', step: 'title', data: empty },
    };
  },
} satisfies Command;

import { openTasks, taskTarget, volunteerFor } from '../flows/volunteer';
import type { Command, Outcome } from './command';
import { commandArgs } from './command';

/** `/helpen`: volunteer for a task of an activity (from a call-for-help button, or by name). */
export default {
  name: 'helpen',
  aliases: ['volunteer'],
  description: 'bot.commands.helpen',
  schema: commandArgs,
  async handle(ctx, args): Promise<Outcome> {
    const tasks = await openTasks(ctx);
    const text = args.text.trim();
    // A button from a call for help carries the task id, also when the task just filled up:
    // the server then explains.
    if (args.source === 'button' && /^[0-9a-f-]{36}$/i.test(text)) {
      const done = volunteerFor(ctx, text);
      return done.kind === 'done'
        ? { replies: [], actions: done.actions }
        : { replies: [], actions: [] };
    }
    if (tasks.length === 0)
      return {
        replies: [{ visibility: 'private', text: ctx.t('bot.volunteer.none') }],
        actions: [],
      };
    const named = text === '' ? undefined : await taskTarget(ctx, text);
    if (named) {
      const done = volunteerFor(ctx, named.id);
      if (done.kind === 'done') return { replies: done.replies, actions: done.actions };
    }
    return { replies: [], actions: [], start: { flow: 'volunteer', step: 'which', data: {} } };
  },
} satisfies Command;

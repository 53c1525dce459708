import type { Command } from './command';
import { commandArgs } from './command';

/** `/stop`: ends the running flow. Nothing is sent on. */
export default {
  name: 'stop',
  aliases: ['quit', 'annuleer'],
  description: 'bot.commands.stop',
  schema: commandArgs,
  async handle(ctx) {
    const running = ctx.state.flow !== null;
    // In the ladder conversation the report is already stored: it stays, only the choice waits.
    const key =
      ctx.state.flow?.id === 'ladder'
        ? 'concerns.bot.ladder_stopped'
        : running
          ? 'bot.flow.stopped'
          : 'bot.flow.nothing_to_stop';
    return {
      replies: [{ visibility: 'private', text: ctx.t(key) }],
      actions: [],
      endFlow: true,
    };
  },
} satisfies Command;

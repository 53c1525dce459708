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
    return {
      replies: [
        {
          visibility: 'private',
          text: ctx.t(running ? 'bot.flow.stopped' : 'bot.flow.nothing_to_stop'),
        },
      ],
      actions: [],
      endFlow: true,
    };
  },
} satisfies Command;

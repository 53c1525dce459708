import { extractCardTopic } from '../entities/card-topic';
import { cardText } from '../replies';
import type { Command } from './command';
import { commandArgs } from './command';

/** `/buurtkaart`: who to call for what, and tips. A question ("wie bel ik bij lekkage?") gets only the matching contacts. */
export default {
  name: 'buurtkaart',
  aliases: ['card'],
  description: 'bot.commands.buurtkaart',
  schema: commandArgs,
  async handle(ctx, args) {
    const card = await ctx.ports.card(ctx.input.projectId);
    const topic = args.text.trim() === '' ? undefined : extractCardTopic(args.text);
    return {
      replies: [{ visibility: ctx.roomVisibility, text: cardText(ctx, card, topic) }],
      actions: [],
    };
  },
} satisfies Command;
